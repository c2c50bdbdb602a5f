import { DataSource } from 'typeorm';
import { startWorker } from '../../apps/worker/src/start-worker';
import { TestApp } from '../support/test-app';

/**
 * The worker's own health port, over real HTTP as an orchestrator probes it: liveness says the
 * process runs, readiness says it can work (database, and Redis in distributed mode).
 */
describe('the worker health port', () => {
  let api: TestApp;

  beforeAll(async () => {
    // The api process runs the migrations; the worker shares its database (and Redis prefix).
    api = await TestApp.start({}, { role: 'api' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers live and ready on its own port, and ready 503 naming the database once it is gone', async () => {
    // In-process jobs: this is about the health port; a second set of BullMQ workers on the api's
    // prefix, closed while its database is gone, reports Redis errors after the test has moved on.
    const worker = await startWorker({ ...api.config, redis: null, workerHealthPort: 0 });
    try {
      expect(worker.healthPort).toEqual(expect.any(Number));
      const base = `http://127.0.0.1:${worker.healthPort}`;
      const live = await fetch(`${base}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });

      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      const checks = (await ready.json()) as { status: string; info: Record<string, { status: string }> };
      expect(checks.status).toBe('ok');
      expect(checks.info.database).toEqual({ status: 'up', type: api.config.database.type === 'sqlite' ? 'better-sqlite3' : 'postgres' });

      // Only the health endpoints: the worker serves no API.
      expect((await fetch(`${base}/api/v1/me`)).status).toBe(404);

      await worker.app.get(DataSource).destroy();
      const down = await fetch(`${base}/health/ready`);
      expect(down.status).toBe(503);
      expect(JSON.stringify(await down.json())).toContain('database');
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    } finally {
      await worker.app.close().catch(() => undefined);
    }
  });

  it('serves no HTTP at all with WORKER_HEALTH_PORT=off', async () => {
    const worker = await startWorker({ ...api.config, redis: null, workerHealthPort: null });
    try {
      expect(worker.healthPort).toBeNull();
    } finally {
      await worker.app.close();
    }
  });
});
