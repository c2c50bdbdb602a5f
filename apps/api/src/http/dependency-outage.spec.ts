import { QueryFailedError } from 'typeorm';
import { dependencyPorts, outageOf } from './dependency-outage';

const DISTRIBUTED = { database: 5432, queue: 6380 };
const socketError = (code: string, port: number) => Object.assign(new Error(`connect ${code} 127.0.0.1:${port}`), { code, port, address: '127.0.0.1' });

describe('outageOf', () => {
  it('names the database for PostgreSQL connection failures: refused, reset, timed out, shut down', () => {
    expect(outageOf(socketError('ECONNREFUSED', 5432), DISTRIBUTED)).toBe('database');
    expect(outageOf(new Error('Connection terminated unexpectedly'), DISTRIBUTED)).toBe('database');
    expect(outageOf(new Error('timeout exceeded when trying to connect'), DISTRIBUTED)).toBe('database');
    const terminated = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    expect(outageOf(terminated, DISTRIBUTED)).toBe('database');
  });

  it('names the job queue for Redis commands that cannot be sent', () => {
    expect(outageOf(new Error("Stream isn't writeable and enableOfflineQueue options is false"), DISTRIBUTED)).toBe('queue');
    expect(outageOf(Object.assign(new Error('Reached the max retries per request limit (which is 2). Refer to "maxRetriesPerRequest" option for details.'), { name: 'MaxRetriesPerRequestError' }), DISTRIBUTED)).toBe('queue');
    expect(outageOf(socketError('ECONNREFUSED', 6380), DISTRIBUTED)).toBe('queue');
  });

  it('leaves bugs, query errors and sockets of anything else alone', () => {
    expect(outageOf(new Error('Cannot read properties of undefined'), DISTRIBUTED)).toBeNull();
    expect(outageOf(new QueryFailedError('SELECT', [], Object.assign(new Error('duplicate key'), { code: '23505' })), DISTRIBUTED)).toBeNull();
    expect(outageOf(socketError('ECONNREFUSED', 443), DISTRIBUTED)).toBeNull();
    expect(outageOf('Connection terminated', DISTRIBUTED)).toBeNull();
  });

  it('never names a dependency that embedded mode does not have', () => {
    const embedded = dependencyPorts({ database: { type: 'sqlite', path: '/tmp/x.sqlite' }, redis: null });
    expect(embedded).toEqual({ database: null, queue: null });
    expect(outageOf(new Error('Connection terminated unexpectedly'), embedded)).toBeNull();
    expect(outageOf(new Error("Stream isn't writeable and enableOfflineQueue options is false"), embedded)).toBeNull();
  });

  it('reads the ports from the configured URLs, with the defaults where they name none', () => {
    expect(dependencyPorts({ database: { type: 'postgres', url: 'postgres://u@db.internal/chorus' }, redis: { url: 'redis://cache:6390', prefix: 'c' } })).toEqual({ database: 5432, queue: 6390 });
  });
});
