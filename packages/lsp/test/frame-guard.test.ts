import { describe, expect, it } from 'vitest';
import { FrameGuard, contentLength } from '../src/frame-guard.js';

const frame = (m: unknown, header?: string): Buffer => {
  const body = Buffer.from(JSON.stringify(m), 'utf8');
  return Buffer.concat([Buffer.from(header ?? `Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
};

/** What comes out of the guard when `input` arrives in chunks of `size` bytes. */
async function through(input: Buffer, size: number): Promise<{ out: Buffer; dropped: string[] }> {
  const dropped: string[] = [];
  const guard = new FrameGuard((reason) => dropped.push(reason));
  const chunks: Buffer[] = [];
  guard.on('data', (c: Buffer) => chunks.push(c));
  for (let i = 0; i < input.length; i += size) guard.write(input.subarray(i, i + size));
  guard.end();
  await new Promise((r) => guard.on('end', r));
  return { out: Buffer.concat(chunks), dropped };
}

const A = frame({ jsonrpc: '2.0', id: 'a', method: 'workspace/symbol', params: { query: 'Sở Nội vụ' } });
const B = frame({ jsonrpc: '2.0', id: 'b', method: 'workspace/symbol', params: { query: 'Content-Length: 5' } });

describe('FrameGuard: the framing of the language server’s stdin (issue 18, item 10)', () => {
  it('passes well-formed messages through byte for byte, however the chunks fall', async () => {
    for (const size of [1, 2, 7, 64, 4096]) expect((await through(Buffer.concat([A, B, A]), size)).out.equals(Buffer.concat([A, B, A]))).toBe(true);
  });

  it.each([
    ['Content-Length: abc'],
    ['Content-Length: 12x'],
    ['Content-Length: -5'],
    ['Content-Length: '],
    ['Content-Type: application/vscode-jsonrpc'],
    ['Content-Length: 99999999999'],
    ['Content-Length: 5\r\nContent-Length: 5'],
  ])('a header "%s" loses its own message only: the next one comes through whole', async (header) => {
    const bad = frame({ jsonrpc: '2.0', id: 'x', method: 'workspace/symbol', params: { query: 'Content-Length: 7' } }, `${header}\r\n\r\n`);
    for (const size of [1, 3, 4096]) {
      const r = await through(Buffer.concat([bad, B, A]), size);
      expect(r.out.equals(Buffer.concat([B, A])), `${header} in chunks of ${size}`).toBe(true);
      expect(r.dropped).toHaveLength(1);
    }
  });

  it('a length too short for its body: the cut body goes on, the next message still comes through', async () => {
    const bad = frame({ jsonrpc: '2.0', id: 'x', method: 'm' }, 'Content-Length: 10\r\n\r\n');
    const r = await through(Buffer.concat([bad, B]), 5);
    expect(r.out.toString('utf8').endsWith(B.toString('utf8'))).toBe(true);
  });

  it('reads the length the way the protocol writes it', () => {
    expect(contentLength('Content-Length: 52')).toBe(52);
    expect(contentLength('content-length:52\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8')).toBe(52);
    expect(contentLength('Content-Length: 5e3')).toMatch(/not a number/);
  });
});
