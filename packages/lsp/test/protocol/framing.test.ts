import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, tempWorkspace } from './client.js';

/**
 * Issue 18, item 10: a message with a malformed Content-Length must cost only itself.
 * vscode-jsonrpc's reader took the body after a header it could not use for the next
 * header, and lost the next message (often every later one); the server now checks the
 * framing of stdin first (src/frame-guard.ts).
 */
const frame = (m: unknown, header?: string): Buffer => {
  const body = Buffer.from(JSON.stringify(m), 'utf8');
  return Buffer.concat([Buffer.from(header ?? `Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
};

/** Writes `bytes` to the server and waits for the reply to request `id` (read from the raw stream). */
function replyTo(client: LspClient, id: string, bytes: Buffer, timeoutMs = 30_000): Promise<{ id: string; result?: unknown }> {
  return new Promise((resolve, reject) => {
    let pending = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const head = pending.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(pending.subarray(0, head).toString('latin1'))?.[1]);
        if (pending.length < head + 4 + length) return;
        const message = JSON.parse(pending.subarray(head + 4, head + 4 + length).toString('utf8')) as { id?: unknown };
        pending = pending.subarray(head + 4 + length);
        if (message.id === id) {
          done();
          resolve(message as { id: string });
          return;
        }
      }
    };
    const done = (): void => {
      clearTimeout(timer);
      client.process.stdout.off('data', onData);
    };
    // A hang guard: before the fix the reply never came.
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no reply to ${id}: the message after the malformed one was swallowed\n${client.stderr.join('')}`));
    }, timeoutMs);
    client.process.stdout.on('data', onData);
    client.process.stdin.write(bytes);
  });
}

describe('a malformed Content-Length loses its own message only', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = LspClient.start();
    await client.initialize(tempWorkspace().dir);
  });
  afterAll(async () => {
    await client.stop();
  });

  let n = 0;
  it.each([['Content-Length: abc'], ['Content-Length: 12x'], ['Content-Length: -5'], ['Content-Length: '], ['Content-Type: application/vscode-jsonrpc'], ['Content-Length: 99999999999'], ['Content-Length: 10']])(
    '"%s": the next request is answered, and the stream stays in step',
    async (header) => {
      const id = `sau-${++n}`;
      const bad = frame({ jsonrpc: '2.0', id: `sai-${n}`, method: 'workspace/symbol', params: { query: 'Sở' } }, `${header}\r\n\r\n`);
      const next = frame({ jsonrpc: '2.0', id, method: 'workspace/symbol', params: { query: 'Phòng' } });
      const reply = await replyTo(client, id, Buffer.concat([bad, next]));
      expect(Array.isArray(reply.result)).toBe(true);
      // The client's own connection still talks to the server.
      expect(Array.isArray(await client.request('workspace/symbol', { query: 'Ủy ban' }))).toBe(true);
      expect(client.stderr.join('')).toContain('bỏ qua một thông điệp có phần đầu sai');
    },
  );
});
