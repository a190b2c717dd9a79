import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from '../../src/engine/apply-edits.js';
import { defineRule, type AnyRule } from '../../src/engine/define.js';
import { builtinRules } from '../../src/rules/index.js';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

const TEMPLATE = `kind: template
id: commune
level: commune
registry: ./agencies.yaml
issuer:
  level: commune
  code: UBND
reporting:
  - to: UBND xã
tasks:
  - id: tap-huan
    title: Tập huấn nghiệp vụ cải cách hành chính
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
`;
const AGENCIES = `kind: registry
agencies:
  - { id: ubnd-xa, name: Ủy ban nhân dân xã, short: UBND xã, kind: people-committee, level: commune }
  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, level: commune }
  - { id: ubnd-cac-xa, name: "UBND các xã, thị trấn", kind: people-committee, level: commune }
`;
const PLAN = `kind: plan
extends: ./mau.template.yaml
issuer:
  name: Ủy ban nhân dân xã Bình Hòa
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
tasks:
  - id: tuyen-truyen
    title: Tuyên truyền cải cách hành chính
    lead: Phòng Nội vụ
    coordinators: [UBND các xã, thị trấn, Phòng Nội vụ] # giữ chú thích
    timeframe: Trong năm 2024
`;

async function splitFix(plan: string) {
  const host = new MemoryHost({ '/w/mau.template.yaml': TEMPLATE, '/w/agencies.yaml': AGENCIES, '/w/p.kehoach.yaml': plan }, '/w');
  const check = (await new Project(host).check('/w/p.kehoach.yaml'))!;
  return check.diagnostics.find((d) => d.messageId === 'splitByComma');
}

describe('fixes edit only the span they parsed', () => {
  it('a comma-split agency name in a plan extending a template keeps the other coordinators', async () => {
    const d = await splitFix(PLAN);
    expect(d?.fix).toBeDefined();
    const fixed = applyEdits(PLAN, d!.fix!.edits).text;
    expect(fixed).toContain('coordinators: ["UBND các xã, thị trấn", Phòng Nội vụ] # giữ chú thích');
    expect(parse(fixed).tasks[0].coordinators).toEqual(['UBND các xã, thị trấn', 'Phòng Nội vụ']);
    // The diagnostic sits on the two items, not on the whole list.
    expect(PLAN.slice(d!.offsets.start, d!.offsets.end)).toBe('UBND các xã, thị trấn');
  });

  it('a comma-split name across a comment between items gets no safe fix', async () => {
    const plan = PLAN.replace('[UBND các xã, thị trấn, Phòng Nội vụ] # giữ chú thích', '[UBND các xã, # tách dòng\n      thị trấn, Phòng Nội vụ]');
    const d = await splitFix(plan);
    expect(d).toBeDefined();
    expect(d?.fix).toBeUndefined();
  });
});

/** A rule whose fix covers whatever range the test gives: the engine must refuse the careless ones. */
function coarseRule(range: (text: string) => { start: number; end: number }): AnyRule {
  return defineRule({
    meta: {
      id: 'coarse-fix',
      category: 'structure',
      severity: 'error',
      fixable: 'safe',
      description: { vi: 'thử', en: 'test' },
      rationale: { vi: 'thử', en: 'test' },
      messages: { m: { vi: 'thử', en: 'test' } },
      examples: { valid: [], invalid: [] },
    },
    check(ctx) {
      const r = range(ctx.source.text);
      ctx.report({ messageId: 'm', at: { range: r }, fix: { title: { vi: 'sửa', en: 'fix' }, edits: [{ range: r, newText: '"x"' }] } });
    },
  });
}

async function coarseFix(range: (text: string) => { start: number; end: number }) {
  const PLAIN = PLAN.replace('extends: ./mau.template.yaml\n', '');
  const rules = new Map([...builtinRules, ['coarse-fix', coarseRule(range)]]);
  const project = new Project(new MemoryHost({ '/w/p.kehoach.yaml': PLAIN }, '/w'), { rules });
  const check = (await project.check('/w/p.kehoach.yaml'))!;
  return { text: PLAIN, d: check.diagnostics.find((x) => x.ruleId === 'coarse-fix')! };
}

describe('the engine drops fixes that would lose data', () => {
  it('a fix replacing a whole list is dropped (the diagnostic stays)', async () => {
    const { d } = await coarseFix((t) => ({ start: t.indexOf('['), end: t.indexOf(']') + 1 }));
    expect(d).toBeDefined();
    expect(d.fix).toBeUndefined();
  });
  it('a fix whose range swallows a comment is dropped', async () => {
    const { d } = await coarseFix((t) => ({ start: t.indexOf('Phòng Nội vụ]'), end: t.indexOf('chú thích') }));
    expect(d.fix).toBeUndefined();
  });
  it('a fix inside one scalar is kept', async () => {
    const { text, d } = await coarseFix((t) => ({ start: t.indexOf('Phòng Nội vụ]'), end: t.indexOf('Phòng Nội vụ]') + 'Phòng Nội vụ'.length }));
    expect(applyEdits(text, d.fix!.edits).text).toContain('thị trấn, "x"] # giữ chú thích');
  });
});
