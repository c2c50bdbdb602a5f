import { Agent, request } from 'node:http';

/** One request to 127.0.0.1: its status and, when asked for, its body. */
export function get(agent: Agent, port: number, path: string, headers: Record<string, string>, keepBody = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      if (keepBody) res.on('data', (chunk: Buffer) => chunks.push(chunk));
      else res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: keepBody ? Buffer.concat(chunks).toString('utf8') : '' }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** What one route did under load. */
export interface LoadRun {
  route: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Map<number, number>;
}

/**
 * Drives one route from this process for `seconds` with `connections` keep-alive connections,
 * each sending its next request as soon as the last one's answer has been read.
 */
export async function drive(route: string, port: number, connections: number, seconds: number, next: () => { path: string; headers: Record<string, string> }): Promise<LoadRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const end = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const { path, headers } = next();
        const t0 = process.hrtime.bigint();
        const { status } = await get(agent, port, path, headers);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { route, requests: latencies.length, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), statuses };
}

/** `200×1234 404×2` */
export function answers(run: LoadRun): string {
  return [...run.statuses].map(([status, n]) => `${status}×${n}`).join(' ');
}
