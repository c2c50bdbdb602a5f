import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's root, for specs that read its source. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..');

/**
 * The server's TypeScript source below `libs/` and `apps/`, relative to the root: no tests, no
 * declarations, no build output, and not the web app (which never talks to the database).
 */
export function serverSourceFiles(): string[] {
  return ['libs', 'apps'].flatMap((dir) => walk(join(REPOSITORY_ROOT, dir))).map((path) => relative(REPOSITORY_ROOT, path));
}

function walk(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (['node_modules', 'dist'].includes(entry.name) || relative(REPOSITORY_ROOT, path) === join('apps', 'web')) continue;
      files.push(...walk(path));
    } else if (/\.tsx?$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      files.push(path);
    }
  }
  return files;
}
