import { Env } from '@chorus/config';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * A real Chorus process from the built bundle, as an operator runs it: `worker` (distributed
 * mode) or `all` (embedded mode's single process). Killed with SIGKILL to simulate a crash.
 */
export class ChorusProcess {
  private child: ChildProcess | null = null;
  private output = '';

  constructor(
    private readonly kind: 'worker' | 'all',
    private readonly env: Env,
  ) {}

  start(): void {
    const bundle = join(ROOT, 'dist', 'apps', this.kind === 'worker' ? 'worker' : 'embedded', 'main.js');
    this.child = spawn(process.execPath, [bundle], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...this.env, LOG_LEVEL: 'warn', PORT: '0', WORKER_HEALTH_PORT: '0', SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  /** What the process printed lately, for a failing test's message. */
  get log(): string {
    return this.output;
  }

  crash(): Promise<void> {
    return this.stop('SIGKILL');
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
