import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, tempWorkspace } from './client.js';

// The fixture workspace (registry, config, province plan, a commune plan) with six more
// commune plans in folders of their own, and YAML files and folders that are not the
// project's: with `maxFiles: 5`, the scan keeps the registry, the config, the province
// plan, xa.kehoach.yaml... in the listing's order (names sorted), and stops at xa-c/.
const ws = tempWorkspace();
const write = (name: string, text: string): void => {
  mkdirSync(dirname(ws.path(name)), { recursive: true });
  writeFileSync(ws.path(name), text);
};
const commune = readFileSync(ws.path('xa.kehoach.yaml'), 'utf8').replace('path: ./tinh.kehoach.yaml', 'path: ../tinh.kehoach.yaml');
for (const x of ['a', 'b', 'c', 'd', 'e', 'f']) write(`xa-${x}/ke-hoach.kehoach.yaml`, commune.replace('xã Bình Trị', `xã Bình ${x.toUpperCase()}`));
// Not the project's files, listed before the plans: none of them counts.
for (let i = 0; i < 40; i++) write(`ci/service-${String(i).padStart(2, '0')}.yaml`, `name: service-${i}\nimage: node:20\n`);
for (let i = 0; i < 40; i++) mkdirSync(ws.path(`bieu-mau/trong-${i}`), { recursive: true });
write('.github/workflows/ci.yml', 'on: push\n');

// Listed in this order; the first five are kept.
const kept = ['agencies.yaml', 'kehoach.config.yaml', 'tinh.kehoach.yaml', 'xa-a/ke-hoach.kehoach.yaml', 'xa-b/ke-hoach.kehoach.yaml'];
const left = ['xa-c/ke-hoach.kehoach.yaml', 'xa-d/ke-hoach.kehoach.yaml', 'xa-e/ke-hoach.kehoach.yaml', 'xa-f/ke-hoach.kehoach.yaml', 'xa.kehoach.yaml'];

let client: LspClient;

/** Until `ready()` holds (a generous guard against a hang, not a timing). */
async function until(ready: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(client.logs.map((l) => l.message))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const cutMessages = (): string[] => client.logs.map((l) => l.message).filter((m) => m.includes('kehoach.maxFiles'));

beforeAll(async () => {
  client = LspClient.start();
  client.settings = { maxFiles: 5 };
  await client.initialize(ws.dir);
});

afterAll(async () => {
  if (client.process.exitCode === null) client.process.kill();
  rmSync(ws.dir, { recursive: true, force: true });
});

describe('the workspace scan keeps at most kehoach.maxFiles of the project’s files', () => {
  it('counts only the project’s files, checks the first ones, and tells the user once where it stopped', async () => {
    for (const name of kept) await client.waitForDiagnostics(ws.uri(name));
    await until(() => cutMessages().length === 1, 'the log of the limit');
    expect(client.logs.map((l) => l.message).filter((m) => m.startsWith(`[kehoach] 5 kế hoạch/báo cáo/danh mục/cấu hình trong ${ws.dir} (`))).toHaveLength(1);
    const shown = client.messages.filter((m) => m.message.includes('kehoach.maxFiles'));
    expect(shown).toHaveLength(1);
    const message = (shown[0] as { type: number; message: string }).message;
    // A warning, Vietnamese first, then English, naming the folder the scan stopped at.
    expect(shown[0]?.type).toBe(2);
    expect(message.startsWith(`kehoach: thư mục làm việc có hơn 5 tệp kế hoạch/báo cáo; chỉ 5 tệp đầu được kiểm tra, từ thư mục ${ws.path('xa-c')} trở đi thì không.`)).toBe(true);
    expect(message).toContain(` / The workspace holds more than 5 plan/report files; only the first 5 are checked, none from the folder ${ws.path('xa-c')} on.`);
  });

  it('raising the limit lists the workspace again and checks the rest, with no new message', async () => {
    const from = client.published.length;
    client.settings = { maxFiles: 100 };
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    for (const name of left) await client.waitForDiagnostics(ws.uri(name), () => true, from);
    expect(client.messages.filter((m) => m.message.includes('kehoach.maxFiles'))).toHaveLength(1);
  });

  it('lowered again, the files past the limit have their diagnostics cleared; the message is logged, not shown again', async () => {
    const from = client.published.length;
    client.settings = { maxFiles: 5 };
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    for (const name of left) await client.waitForDiagnostics(ws.uri(name), (p) => p.diagnostics.length === 0, from);
    await until(() => cutMessages().length === 2, 'the second log of the limit');
    expect(client.messages.filter((m) => m.message.includes('kehoach.maxFiles'))).toHaveLength(1);
  });

  it('never published anything for the files that are not the project’s', async () => {
    expect(await client.stop()).toBe(0);
    const uris = new Set(client.published.map((p) => p.uri));
    expect([...uris].sort()).toEqual([...kept, ...left].map((n) => ws.uri(n)).sort());
  });
});
