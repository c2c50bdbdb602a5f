import { Writable } from 'node:stream';

/** Keeps the log lines a test application writes, so a test can read them (and stdout stays quiet). */
export class MemoryLogSink extends Writable {
  private lines: string[] = [];

  constructor(private readonly keep = 50_000) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') this.lines.push(line);
    if (this.lines.length > this.keep) this.lines = this.lines.slice(-this.keep);
    done();
  }

  /** Every line so far, as written (JSON). */
  get text(): string {
    return this.lines.join('\n');
  }

  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  clear(): void {
    this.lines = [];
  }
}
