import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface ReceivedMessage {
  at: number;
  path: string;
  body: Record<string, unknown>;
}

export interface ChatReceiver {
  url: string;
  received: ReceivedMessage[];
  close(): Promise<void>;
}

/**
 * A stand-in for a Slack or Teams webhook on 127.0.0.1: it records every POST and answers
 * with the next scripted answer, repeating the last one once the script is used up.
 */
export async function startChatReceiver(script: ScriptedAnswer[]): Promise<ChatReceiver> {
  const received: ReceivedMessage[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ at: Date.now(), path: request.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> });
      const answer = script[Math.min(received.length - 1, script.length - 1)];
      response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      response.end(answer.body ?? (answer.status < 300 ? 'ok' : ''));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/T000/B000/receiver-secret`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
