import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A built bundle (`dist/apps/<app>/main.js`) as its own process, as an operator runs it, with
 * the tail of what it printed for a failure's message.
 */
export class BundleProcess {
  private readonly child: ChildProcess;
  private output = '';

  constructor(
    readonly name: string,
    app: 'embedded' | 'api' | 'worker' | 'linkedin-sandbox',
    env: Record<string, string>,
    args: string[] = [],
    /** Options for node itself, e.g. `--cpu-prof`. */
    nodeArgs: string[] = [],
  ) {
    this.child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist', 'apps', app, 'main.js'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-10_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  get log(): string {
    return `--- ${this.name} ---\n${this.output}`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Until `url` answers 200; throws with the process's output if it exits or takes over two minutes. */
  async waitFor(url: string): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`${this.name} exited (code ${this.child.exitCode}) while starting:\n${this.log}`);
      try {
        if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.name} was not ready at ${url} after two minutes:\n${this.log}`);
  }

  /** SIGTERM, then SIGKILL if it has not exited within 15 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
