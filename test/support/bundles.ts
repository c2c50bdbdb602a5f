import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LOCK = join(ROOT, 'dist', '.build-lock');

/**
 * Builds the api and worker bundles if the sources changed, for tests that spawn real Chorus
 * processes. A lock directory keeps parallel test files from building at the same time.
 */
export async function ensureBundlesBuilt(): Promise<void> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Another test has held ${LOCK} for 3 minutes; remove it if no build is running.`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'start.js'), 'build-backend'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
