import { Logger as NestLogger } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** How often the statement counts are written to their file. */
const COUNTS_WRITE_MS = 500;

/**
 * TypeORM's messages through Nest's logger (so they become structured lines with the request
 * id), without query parameters: those can hold personal data and token ciphertexts.
 * Given a file (`DB_STATEMENT_COUNTS_FILE`, for benchmarks), it also counts the statements this
 * process sends, by their first word (`begin` for `START TRANSACTION`), and keeps the counts
 * there as JSON.
 */
export class QueryLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');
  private readonly counts: Record<string, number> = {};
  private written = -1;
  private total = 0;

  constructor(private readonly countsFile: string | null = null) {
    if (!countsFile) return;
    this.flush();
    setInterval(() => this.flush(), COUNTS_WRITE_MS).unref();
    process.once('exit', () => this.flush());
  }

  logQuery(query: string): void {
    if (!this.countsFile) return;
    const word = /^\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? 'other';
    const kind = word === 'start' ? 'begin' : word;
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    this.total++;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ msg: `Query failed: ${error instanceof Error ? error.message : error}`, query: query.slice(0, 500) });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: `Slow query (${time} ms)`, query: query.slice(0, 500) });
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }

  /** Writes the counts now (also done twice a second and at exit; a signal's death skips `exit`). */
  flush(): void {
    if (!this.countsFile || this.written === this.total) return;
    writeFileSync(this.countsFile, JSON.stringify({ total: this.total, ...this.counts }));
    this.written = this.total;
  }
}
