import { Writable } from 'node:stream';
import pino, { DestinationStream } from 'pino';

/** Where log lines go; tests replace it to read what was logged. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const SHOWN = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg', 'context', 'req', 'res', 'responseTime', 'requestId']);

/** One JSON line per entry on stdout: what log collectors read (distributed mode). */
export function jsonDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: true });
}

/**
 * A readable line per entry for a person at a terminal (embedded mode's default):
 * `12:00:01 INFO  [Chorus] Chorus is running at …`, extra fields after the message.
 */
export function prettyDestination(out: NodeJS.WritableStream = process.stdout): DestinationStream {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() !== '') out.write(`${prettyLine(line)}\n`);
      }
      done();
    },
  });
}

export function prettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = new Date(typeof entry.time === 'number' ? entry.time : Date.now()).toISOString().slice(11, 19);
  const level = (LEVEL_NAMES[entry.level as number] ?? String(entry.level)).padEnd(5);
  const context = entry.context ? `[${String(entry.context)}] ` : '';
  const request = entry.req as { method?: string; url?: string } | undefined;
  const response = entry.res as { statusCode?: number } | undefined;
  const message = request && response ? `${request.method} ${request.url} ${response.statusCode} ${String(entry.responseTime ?? '')}ms` : String(entry.msg ?? '');
  const extra = Object.entries(entry)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${time} ${level} ${context}${message}${extra ? ` ${extra}` : ''}`;
}
