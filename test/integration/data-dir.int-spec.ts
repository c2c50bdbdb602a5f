import { LoggerService } from '@nestjs/common';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';

// Embedded mode whatever the suite: the SQLite file and generated secrets, not PostgreSQL.
const EMBEDDED = { DATABASE_URL: '', REDIS_URL: '', JWT_SECRET: '', TOKEN_ENCRYPTION_KEYS: '' };

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('DATA_DIR and the SQLite files are private to the owner', () => {
  let parent: string;

  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'chorus-data-dir-'));
  });

  afterEach(() => {
    rmSync(parent, { recursive: true, force: true });
  });

  /** Boots Chorus on `dataDir`, writes through the API, and reads the modes while it runs. */
  async function bootAndWrite(dataDir: string, bootLogger?: LoggerService): Promise<Record<string, string>> {
    const t = await TestApp.start({ ...EMBEDDED, DATA_DIR: dataDir }, { bootLogger });
    try {
      expect(t.config.database).toEqual({ type: 'sqlite', path: join(dataDir, 'chorus.sqlite') });
      await (await t.as('ana@demo.chorus')).post('/api/v1/policies/current/acknowledge').expect(200);
      const db = join(dataDir, 'chorus.sqlite');
      return { dir: modeOf(dataDir), db: modeOf(db), wal: modeOf(`${db}-wal`), shm: modeOf(`${db}-shm`), secrets: modeOf(join(dataDir, 'secrets.json')) };
    } finally {
      await t.close();
    }
  }

  it('creates a fresh DATA_DIR 0700, and the database, its -wal and -shm files 0600', async () => {
    const modes = await bootAndWrite(join(parent, 'not', 'yet', 'there'));
    expect(modes).toEqual({ dir: '700', db: '600', wal: '600', shm: '600', secrets: '600' });
  });

  it('tightens database files an older Chorus left readable, and warns about an open DATA_DIR', async () => {
    const dataDir = join(parent, 'data');
    await bootAndWrite(dataDir);
    const db = join(dataDir, 'chorus.sqlite');
    chmodSync(dataDir, 0o755);
    chmodSync(db, 0o644);

    const warnings: string[] = [];
    const quiet = () => undefined;
    const collect: LoggerService = { log: quiet, error: quiet, debug: quiet, verbose: quiet, warn: (message: unknown) => warnings.push(String(message)) };
    const modes = await bootAndWrite(dataDir, collect);

    expect(modes).toEqual({ dir: '755', db: '600', wal: '600', shm: '600', secrets: '600' });
    expect(warnings).toContainEqual(expect.stringContaining(`The data directory ${dataDir} (mode 755) can be entered or read by other users; run \`chmod 700 ${dataDir}\``));
  });
});
