import type { AddressInfo } from 'node:net';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { LinkedinSandboxModule } from './linkedin-sandbox.module';
import type { SandboxOptions } from './sandbox-options';
import { SandboxState } from './state/sandbox-state.service';

export interface RunningLinkedinSandbox {
  app: INestApplication;
  /** Origin to point the LinkedIn client at, e.g. `http://127.0.0.1:3001`. */
  url: string;
  state: SandboxState;
  close(): Promise<void>;
}

/** Starts the sandbox on `options.port` (0 or omitted: a free port) and `options.host` (127.0.0.1). */
export async function startLinkedinSandbox(options: SandboxOptions = {}): Promise<RunningLinkedinSandbox> {
  const app = await NestFactory.create<NestExpressApplication>(LinkedinSandboxModule.forRoot(options), {
    logger: options.logger ?? false,
    abortOnError: false,
    // Close keep-alive sockets on shutdown so tests and embedded mode stop promptly.
    forceCloseConnections: true,
  });
  const host = options.host ?? '127.0.0.1';
  await app.listen(options.port ?? 0, host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    url: `http://${urlHost(host)}:${port}`,
    state: app.get(SandboxState),
    close: () => app.close(),
  };
}

/** The standalone server (`npm run start:sandbox`). */
export async function bootstrapStandalone(options: SandboxOptions & { port: number }): Promise<RunningLinkedinSandbox> {
  const sandbox = await startLinkedinSandbox({ host: '127.0.0.1', logger: ['log', 'warn', 'error'], ...options });
  sandbox.app.enableShutdownHooks();
  new Logger('LinkedinSandbox').log(`LinkedIn sandbox listening on ${sandbox.url} (${sandbox.state.listMembers().length} members)`);
  return sandbox;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') {
    return '127.0.0.1';
  }
  return host.includes(':') ? `[${host}]` : host;
}
