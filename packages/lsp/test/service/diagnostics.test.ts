import { describe, expect, it } from 'vitest';
import { CheckScheduler } from '../../src/service/scheduler.js';
import { COMMUNE, PROVINCE, ROOT, fixtureFiles, fixtureText, workspace } from '../helpers.js';

const commune = fixtureText(COMMUNE);
const withoutLead = commune.replace('    lead: ubnd-xa\n', '');

describe('debounce', () => {
  it('follows the debounceMs setting when given, else leaves the schedule automatic', async () => {
    const ws = await workspace();
    const path = `${ROOT}/${COMMUNE}`;
    expect(ws.service.settings.debounceMs).toBeUndefined();
    expect(ws.service.debounceFor(path)).toBeUndefined();
    ws.service.configure({ debounceMs: 400 });
    expect(ws.service.debounceFor(path)).toBe(400);
    ws.service.configure({ debounceMs: 0 });
    expect(ws.service.debounceFor(path)).toBe(0);
    // A malformed value keeps the automatic schedule.
    ws.service.configure({ debounceMs: 'vài giây' });
    expect(ws.service.settings.debounceMs).toBeUndefined();
  });
});

describe('check scheduler', () => {
  const flush = () => new Promise((r) => setTimeout(r, 5));

  it('checks an idle file at once and folds changes made during a check into one more check', async () => {
    const runs: string[] = [];
    let release: () => void = () => {};
    const scheduler = new CheckScheduler(
      (path) =>
        new Promise<void>((resolve) => {
          runs.push(path);
          release = resolve;
        }),
      () => undefined,
    );
    scheduler.schedule(['/a']);
    await flush();
    expect(runs).toEqual(['/a']);
    // Three changes while the first check runs: one check after it, not three.
    scheduler.schedule(['/a']);
    scheduler.schedule(['/a']);
    scheduler.schedule(['/a']);
    await flush();
    expect(runs).toEqual(['/a']);
    release();
    await flush();
    expect(runs).toEqual(['/a', '/a']);
    release();
    await flush();
    expect(runs).toEqual(['/a', '/a']);
    expect(scheduler.busy('/a')).toBe(false);
  });

  it('waits the fixed debounce after the last change when one is set', async () => {
    const runs: number[] = [];
    const scheduler = new CheckScheduler(async () => void runs.push(Date.now()), () => 40);
    scheduler.schedule(['/a']);
    await flush();
    scheduler.schedule(['/a']);
    await flush();
    expect(runs).toEqual([]);
    expect(scheduler.busy('/a')).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(runs).toHaveLength(1);
  });

  it('holds checks until released, then runs each path once', async () => {
    const runs: string[] = [];
    const scheduler = new CheckScheduler(async (path) => void runs.push(path), () => undefined);
    scheduler.hold();
    scheduler.schedule(['/a', '/b']);
    scheduler.schedule(['/a']);
    await flush();
    expect(runs).toEqual([]);
    expect(scheduler.busy('/a')).toBe(true);
    scheduler.release();
    await flush();
    expect(runs.sort()).toEqual(['/a', '/b']);
  });

  it('runs a few checks at a time, open documents first', async () => {
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    const scheduler = new CheckScheduler(
      (path) =>
        new Promise<void>((resolve) => {
          started.push(path);
          finish.set(path, resolve);
        }),
      () => undefined,
      { maxRunning: 2, urgent: (path) => path === '/open.kehoach.yaml' },
    );
    scheduler.schedule(['/xa-1', '/xa-2', '/xa-3', '/xa-4']);
    await flush();
    expect(started).toEqual(['/xa-1', '/xa-2']);
    // Only workspace files are being checked: nothing urgent.
    expect(scheduler.idle()).toBe(false);
    expect(scheduler.urgentIdle()).toBe(true);
    // The author types while the workspace is being checked: the open plan goes next.
    scheduler.schedule(['/open.kehoach.yaml']);
    await flush();
    expect(scheduler.busy('/open.kehoach.yaml')).toBe(true);
    expect(scheduler.urgentIdle()).toBe(false);
    finish.get('/xa-1')?.();
    await flush();
    expect(started).toEqual(['/xa-1', '/xa-2', '/open.kehoach.yaml']);
    // Asked again while waiting: still one check.
    scheduler.schedule(['/xa-4']);
    for (const path of ['/xa-2', '/open.kehoach.yaml', '/xa-3', '/xa-4']) {
      await flush();
      finish.get(path)?.();
    }
    await flush();
    expect(started).toEqual(['/xa-1', '/xa-2', '/open.kehoach.yaml', '/xa-3', '/xa-4']);
    expect(scheduler.idle()).toBe(true);
  });

  it('a failing check does not stop the next one', async () => {
    let calls = 0;
    const scheduler = new CheckScheduler(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
    }, () => undefined);
    scheduler.schedule(['/a']);
    await flush();
    scheduler.schedule(['/a']);
    await flush();
    expect(calls).toBe(2);
  });
});

describe('diagnostics', () => {
  it('the fixture workspace is clean', async () => {
    const ws = await workspace();
    for (const name of [PROVINCE, COMMUNE, 'agencies.yaml', 'kehoach.config.yaml']) {
      expect((await ws.service.diagnostics(`${ROOT}/${name}`)).diagnostics, name).toEqual([]);
    }
  });

  it('reports a missing lead with rule id, docs link, source, Vietnamese message and the version', async () => {
    const ws = await workspace();
    ws.open(COMMUNE, withoutLead, 7);
    const result = await ws.service.diagnostics(`${ROOT}/${COMMUNE}`);
    expect(result.version).toBe(7);
    expect(result.uri).toBe(ws.uri(COMMUNE));
    const [d] = result.diagnostics;
    expect(result.diagnostics).toHaveLength(1);
    expect(d).toMatchObject({
      code: 'task-lead-required',
      source: 'kehoach',
      severity: 1,
      codeDescription: { href: 'file:///docs/rules/task-lead-required.md' },
      message: 'Nhiệm vụ "tap-huan-cchc" chưa có cơ quan chủ trì (lead).',
    });
    const line = withoutLead.split('\n').findIndex((l) => l.includes('id: tap-huan-cchc'));
    expect(d?.range).toEqual({ start: { line, character: 8 }, end: { line, character: 21 } });
    expect(d?.data).toMatchObject({ ruleId: 'task-lead-required', messageId: 'missing', version: 7 });
    expect((d?.data as { suggestions: unknown[] }).suggestions).toHaveLength(1);
  });

  it('speaks English with kehoach.locale = en', async () => {
    const ws = await workspace();
    ws.service.configure({ locale: 'en' });
    ws.open(COMMUNE, withoutLead);
    const [d] = (await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics;
    expect(d?.message).toBe('Task "tap-huan-cchc" has no lead agency (lead).');
  });

  it('merges kehoach.rules over the config; the plan’s own rules still win', async () => {
    const ws = await workspace();
    ws.open(COMMUNE, withoutLead);
    ws.service.configure({ rules: { 'task-lead-required': 'warning' } });
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics[0]?.severity).toBe(2);
    ws.service.configure({ rules: { 'task-lead-required': 'off' } });
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics).toEqual([]);
    ws.open(COMMUNE, withoutLead.replace('kind: plan\n', 'kind: plan\nrules:\n  task-lead-required: info\n'), 2);
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics[0]?.severity).toBe(3);
  });

  it('counts columns in UTF-16 after emoji, as LSP does', async () => {
    const ws = await workspace();
    const line = '  - { title: "🎉🎉 Ngày hội 🇻🇳", id: le-hoi, lead: Sở Nội vụ, timeframe: Quý I/2024, coordinator: Báo Quảng Ngãi }';
    const text = `${commune.split('tasks:')[0]}tasks:\n${line}\nreporting:\n  - to: UBND huyện\n`;
    ws.open(COMMUNE, text);
    // Other rules may fire on this text too (the province's tasks are no longer implemented): pick ours.
    const found = (await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics.filter((x) => x.code === 'unknown-key');
    expect(found).toHaveLength(1);
    const [d] = found;
    const row = text.split('\n').indexOf(line);
    expect(d?.range.start).toEqual({ line: row, character: line.indexOf('coordinator') });
    expect(line.indexOf('coordinator')).toBeGreaterThan([...line.slice(0, line.indexOf('coordinator'))].length);
  });

  it('refuses a 9 MB text with one diagnostic and stays usable', async () => {
    const ws = await workspace();
    const big = `kind: plan\n${'# '.padEnd(99, 'x')}\n`.repeat(95_000);
    const { uri } = ws.open(COMMUNE, big);
    const result = await ws.service.diagnostics(`${ROOT}/${COMMUNE}`);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.code).toBe('yaml-syntax');
    expect(await ws.service.format(uri)).toEqual([]);
    expect(await ws.service.foldingRanges(uri)).toEqual([]);
  });

  it('reports an invalid config on the config file and checks plans with defaults meanwhile', async () => {
    const ws = await workspace();
    ws.open('kehoach.config.yaml', 'registry: [./agencies.yaml\nrules: {task-lead-required: sometimes}\n');
    const config = await ws.service.diagnostics(`${ROOT}/kehoach.config.yaml`);
    expect(config.diagnostics.length).toBeGreaterThan(0);
    expect(config.diagnostics.map((d) => d.code)).toContain('yaml-syntax');
    ws.open(COMMUNE, withoutLead);
    const plan = await ws.service.diagnostics(`${ROOT}/${COMMUNE}`);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['task-lead-required']);
  });

  it('a change to the province plan affects the commune plan that implements it', async () => {
    const ws = await workspace();
    const affected = ws.service.updateDocument(ws.uri(PROVINCE), 2, fixtureText(PROVINCE).replace('cap-nhat-tthc', 'cap-nhat'));
    expect(affected).toEqual([`${ROOT}/${PROVINCE}`, `${ROOT}/${COMMUNE}`]);
  });

  it('a result overtaken by a change of the file, of a file it read, or of the settings is not current (never published)', async () => {
    const ws = await workspace();
    const commune = `${ROOT}/${COMMUNE}`;
    // The province plan changes while the commune plan (not open) is being checked.
    const first = ws.service.diagnostics(commune);
    ws.service.updateDocument(ws.uri(PROVINCE), 2, fixtureText(PROVINCE).replace('Thường xuyên trong năm', 'Trong năm 2024'));
    expect(ws.service.isCurrent(commune, await first)).toBe(false);
    const again = await ws.service.diagnostics(commune);
    expect(ws.service.isCurrent(commune, again)).toBe(true);
    // Its own text changes.
    ws.open(COMMUNE, withoutLead, 3);
    const open = ws.service.diagnostics(commune);
    ws.open(COMMUNE, withoutLead.replace('Tổ chức tập huấn', 'Tập huấn'), 4);
    const overtaken = await open;
    expect(overtaken.version).toBe(3);
    expect(ws.service.isCurrent(commune, overtaken)).toBe(false);
    // The settings change.
    const before = await ws.service.diagnostics(commune);
    expect(ws.service.isCurrent(commune, before)).toBe(true);
    ws.service.configure({ rules: { 'task-lead-required': 'warn' } });
    expect(ws.service.isCurrent(commune, before)).toBe(false);
    // A file nothing depends on does not make others stale.
    const current = await ws.service.diagnostics(commune);
    ws.open('khac.kehoach.yaml', 'kind: plan\nyear: 2024\n');
    expect(ws.service.isCurrent(commune, current)).toBe(true);
  });

  it('a change to the registry affects every plan that uses it', async () => {
    const ws = await workspace();
    const affected = ws.service.updateDocument(ws.uri('agencies.yaml'), 2, fixtureText('agencies.yaml'));
    expect(affected).toEqual(expect.arrayContaining([`${ROOT}/${PROVINCE}`, `${ROOT}/${COMMUNE}`]));
  });

  it('ignores YAML files that are not plans, registries or configs', async () => {
    const ws = await workspace();
    const { uri } = ws.open('docker-compose.yml', 'services:\n  web:\n    image: nginx\n');
    expect((await ws.service.diagnostics(`${ROOT}/docker-compose.yml`)).diagnostics).toEqual([]);
    expect((await ws.service.completion(uri, { line: 1, character: 2 })).items).toEqual([]);
  });

  it('keeps working on a document whose file was deleted', async () => {
    const ws = await workspace();
    ws.open(COMMUNE, withoutLead);
    ws.files.delete(`${ROOT}/${COMMUNE}`);
    await ws.service.fileChanged(`${ROOT}/${COMMUNE}`, 'deleted');
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics.map((d) => d.code)).toEqual(['task-lead-required']);
    ws.service.closeDocument(ws.uri(COMMUNE));
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics).toEqual([]);
  });

  describe('a value inherited from a template', () => {
    const TEMPLATE = `${ROOT}/mau/huyen.template.yaml`;
    const PLAN = `${ROOT}/huyen.kehoach.yaml`;
    const template = `kind: template
id: huyen-2024
level: district
issuer:
  level: district
  code: UBND
tasks:
  # Mẫu quên ghi cơ quan chủ trì.
  - id: tap-huan-cchc
    title: Tổ chức các lớp tập huấn, bồi dưỡng về công tác cải cách hành chính cho cán bộ, công chức, viên chức
    timeframe: Trong năm 2024
`;
    const plan = `kind: plan
extends: ./mau/huyen.template.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
reporting:
  - to: UBND tỉnh
    via: Sở Nội vụ
    due: trước ngày 25/11/2024
`;
    const files = (): Map<string, string> => {
      const f = fixtureFiles();
      f.set(TEMPLATE, template);
      f.set(PLAN, plan);
      return f;
    };

    it('is reported in the plan with the message kehoach validate prints, and points at the template it comes from', async () => {
      const ws = await workspace({ files: files() });
      const { diagnostics } = await ws.service.diagnostics(PLAN);
      expect(diagnostics).toHaveLength(1);
      const [d] = diagnostics;
      expect(d?.code).toBe('task-lead-required');
      expect(d?.message).toBe('Nhiệm vụ "tap-huan-cchc" chưa có cơ quan chủ trì (lead).');
      expect(d?.data).toMatchObject({ origin: 'template' });
      // On the plan's `extends:` value, where the author can act.
      expect(d?.range.start).toEqual({ line: 1, character: 'extends: '.length });
      expect(d?.relatedInformation).toEqual([
        {
          location: { uri: 'file:///ws/mau/huyen.template.yaml', range: { start: { line: 8, character: 8 }, end: { line: 8, character: 21 } } },
          message: 'Giá trị này đến từ mẫu ./mau/huyen.template.yaml',
        },
      ]);
    });

    it('an edit of the template re-checks the plan that extends it, which is not open', async () => {
      const ws = await workspace({ files: files() });
      expect((await ws.service.diagnostics(PLAN)).diagnostics).toHaveLength(1);
      const fixed = template.replace('    timeframe: Trong năm 2024\n', '    lead: Phòng Văn hóa và Thông tin\n    timeframe: Trong năm 2024\n');
      const affected = ws.service.updateDocument(ws.uri('mau/huyen.template.yaml'), 2, fixed);
      expect(affected).toContain(PLAN);
      const after = await ws.service.diagnostics(PLAN);
      expect(after.version).toBeUndefined();
      expect(after.diagnostics).toEqual([]);
    });
  });

  it('a province task for the communes that the commune plan (not open) does not implement is reported there, pointing at the province task', async () => {
    const ws = await workspace();
    const province = fixtureText(PROVINCE).replace(
      'reporting:',
      '  - id: niem-yet-cong-khai\n    title: Niêm yết công khai TTHC tại Bộ phận Một cửa\n    lead: UBND các xã, thị trấn\n    timeframe: Quý II/2024\nreporting:',
    );
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics).toEqual([]);
    const affected = ws.service.updateDocument(ws.uri(PROVINCE), 2, province);
    expect(affected).toContain(`${ROOT}/${COMMUNE}`);
    const [d, ...rest] = (await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics;
    expect(rest).toEqual([]);
    expect(d?.code).toBe('parent-task-implemented');
    const line = province.split('\n').findIndex((l) => l.includes('niem-yet-cong-khai'));
    expect(d?.relatedInformation?.[0]?.location).toEqual({ uri: ws.uri(PROVINCE), range: { start: { line, character: 8 }, end: { line, character: 26 } } });
  });

  it('the same province change re-checks the commune plan while it is open, with its unsaved text and version', async () => {
    const ws = await workspace();
    // The open buffer differs from the file: its own edit must be kept in the new check.
    ws.open(COMMUNE, withoutLead, 5);
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics.map((d) => d.code)).toEqual(['task-lead-required']);
    const province = fixtureText(PROVINCE).replace(
      'reporting:',
      '  - id: niem-yet-cong-khai\n    title: Niêm yết công khai TTHC tại Bộ phận Một cửa\n    lead: UBND các xã, thị trấn\n    timeframe: Quý II/2024\nreporting:',
    );
    expect(ws.service.updateDocument(ws.uri(PROVINCE), 2, province)).toContain(`${ROOT}/${COMMUNE}`);
    const after = await ws.service.diagnostics(`${ROOT}/${COMMUNE}`);
    expect(after.version).toBe(5);
    expect(after.diagnostics.map((d) => d.code).sort()).toEqual(['parent-task-implemented', 'task-lead-required']);
  });
});
