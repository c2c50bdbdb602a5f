import { Logger } from '@nestjs/common';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const logger = new Logger('Database');

/**
 * The SQLite file holds password hashes, sessions and the encrypted OAuth tokens, so it is
 * the owner's alone: its directory is created 0700 and the file is created 0600 before
 * better-sqlite3 opens it. SQLite creates the `-wal` and `-shm` files lazily (first write,
 * first reader) with the database file's own permissions, so they end up 0600 too; files
 * left by an older, laxer Chorus are tightened here. An existing directory is the operator's:
 * it is only warned about, since a backup group may be meant to read it.
 */
export function prepareSqliteFiles(path: string): void {
  const directory = dirname(path);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const directoryMode = statSync(directory).mode & 0o777;
  if (directoryMode & 0o077) {
    logger.warn(
      `The data directory ${directory} (mode ${directoryMode.toString(8)}) can be entered or read by other users; run \`chmod 700 ${directory}\` unless that is intended. The database files in it are kept owner-only.`,
    );
  }
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
}
