import { describe, expect, it } from 'vitest';
import { EXAMPLE_AGENCIES } from '../../src/engine/example-registry.js';
import { lintText } from '../../src/lint.js';
import { basisObject, itemKind, planCitations, planTargets, walkPlan } from '../../src/model/walk.js';

/**
 * The document-shaped plan (docs/plan-format.md): tasks inside headings and groups,
 * requests, appendix tables, periods. Plans here are written in our own words.
 */
const HEAD = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
`;

const PLAN = `${HEAD}period: { from: 2026, to: 2030, text: giai đoạn 2026 - 2030 }
title: Chuyển đổi số trong cơ quan hành chính giai đoạn 2026 - 2030
legalBases:
  - Căn cứ Quyết định số 2249/QĐ-UBND ngày 28/12/2023 của UBND huyện về kế hoạch chuyển đổi số;
sections:
  - heading: MỤC ĐÍCH, YÊU CẦU
    items:
      - Hoàn thành chuyển đổi số các thủ tục hành chính của huyện.
  - heading: NHIỆM VỤ
    items:
      - id: ha-tang
        title: Về hạ tầng số
        lead: Phòng Văn hóa và Thông tin
        coordinators: Phòng Nội vụ
        items:
          - id: mang-noi-bo
            title: Nâng cấp mạng nội bộ của các cơ quan.
            timeframe: Năm 2027
          - id: may-chu
            title: Thay máy chủ của Trung tâm.
            lead: Trung tâm Truyền thông - Văn hóa - Thể thao
      - target: Đến năm 2030, 100% thủ tục hành chính được giải quyết trực tuyến
        value: 100
        unit: "%"
        timeframe: Đến năm 2030
  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - id: phong-noi-vu
        lead: Phòng Nội vụ
        items:
          - id: theo-doi
            title: Theo dõi, đôn đốc việc thực hiện.
      - id: de-nghi-mttq
        title: Đề nghị Ủy ban MTTQ Việt Nam huyện
        request: Ủy ban MTTQ Việt Nam huyện
        items:
          - id: giam-sat
            title: Giám sát việc thực hiện tại cơ sở.
      - reporting:
          from: Các phòng, ban
          to: [UBND huyện, Phòng Văn hóa và Thông tin]
          due: [trước ngày 15/6 hằng năm, trước ngày 15/12 hằng năm]
appendices:
  - title: DANH MỤC NHIỆM VỤ
    items:
      - table:
          columns: [{ field: order, header: STT }, { field: title, header: Nhiệm vụ }, { field: lead, header: Chủ trì }]
          rows:
            - heading: HẠ TẦNG
              items:
                - task: mang-noi-bo
                - id: bao-mat
                  title: Đánh giá an toàn thông tin hằng năm.
                  lead: Phòng Văn hóa và Thông tin
                  timeframe: Hằng năm
`;

function check(text: string) {
  return lintText(text, { agencies: EXAMPLE_AGENCIES });
}

describe('a plan written as sections', () => {
  it('walks every item in reading order, body then appendices', () => {
    const { analysis } = check(PLAN);
    const kinds: string[] = [];
    walkPlan(analysis.plan!, (v) => kinds.push(`${v.place}:${v.kind}`));
    expect(kinds).toEqual([
      'sections:heading',
      'sections:paragraph',
      'sections:heading',
      'sections:task',
      'sections:task',
      'sections:task',
      'sections:target',
      'sections:heading',
      'sections:task',
      'sections:task',
      'sections:task',
      'sections:task',
      'sections:reporting',
      'appendix:table',
      'appendix:heading',
      'appendix:task-ref',
      'appendix:task',
    ]);
    expect(itemKind('một đoạn văn')).toBe('paragraph');
    expect(itemKind(['ô 1', 'ô 2'])).toBe('cells');
  });

  it('makes the items of a group the tasks, inheriting its lead, coordinators and the plan period', () => {
    const { analysis } = check(PLAN);
    const views = new Map(analysis.tasks().map((v) => [v.task.id, v]));
    // The groups themselves are not tasks.
    expect([...views.keys()]).toEqual(['mang-noi-bo', 'may-chu', 'theo-doi', 'giam-sat', 'bao-mat']);
    const lan = views.get('mang-noi-bo')!;
    expect([lan.leads, lan.leadSource, lan.coordinators]).toEqual([['Phòng Văn hóa và Thông tin'], 'group', ['Phòng Nội vụ']]);
    expect(lan.groups.map((g) => g.id)).toEqual(['ha-tang']);
    const server = views.get('may-chu')!;
    expect([server.leads, server.leadSource]).toEqual([['Trung tâm Truyền thông - Văn hóa - Thể thao'], 'task']);
    // A point of a duty group with no timeframe runs for the plan's period.
    const duty = views.get('theo-doi')!;
    expect(duty.timeframe?.source).toBe('plan-year');
    const tf = analysis.timeframe(duty.timeframe!.value);
    expect(tf.ok && [tf.value.start, tf.value.end]).toEqual(['2026-01-01', '2030-12-31']);
    expect(views.get('bao-mat')!.place).toBe('appendix');
  });

  it('treats a request as asked, not assigned: the first law does not apply to it', () => {
    const { analysis, diagnostics } = check(PLAN);
    const request = analysis.tasks().find((v) => v.task.id === 'giam-sat')!;
    expect([request.request, request.leads]).toEqual([true, ['Ủy ban MTTQ Việt Nam huyện']]);
    const firstLaw = diagnostics.filter((d) => d.ruleId.startsWith('task-'));
    // Only may-chu breaks it: its own lead (a centre, not one of "Các phòng, ban") is
    // covered by no report path, and a task of its own gets no period default.
    expect(firstLaw.map((d) => d.ruleId).sort()).toEqual(['task-report-path-required', 'task-timeframe-required']);
    expect(firstLaw.every((d) => d.message.en.includes('"may-chu"'))).toBe(true);
  });

  it('lets a report path stated for a group of agencies cover its members, with several recipients', () => {
    const { analysis } = check(PLAN);
    const view = analysis.tasks().find((v) => v.task.id === 'theo-doi')!;
    expect(view.report?.value.to).toEqual(['UBND huyện', 'Phòng Văn hóa và Thông tin']);
    // The centre is not a department: the path for "Các phòng, ban" does not cover it.
    expect(analysis.tasks().find((v) => v.task.id === 'may-chu')!.report).toBeUndefined();
  });

  it('reads timeframes inside the period and reports one outside it', () => {
    const outside = PLAN.replace('timeframe: Năm 2027', 'timeframe: Năm 2031');
    const ok = check(PLAN).diagnostics.filter((d) => d.ruleId === 'timeframe-within-year');
    expect(ok).toEqual([]);
    const late = check(outside).diagnostics.filter((d) => d.ruleId === 'timeframe-within-year');
    expect(late.map((d) => d.range.start.line + 1)).toEqual([outside.split('\n').findIndex((l) => l.includes('Năm 2031')) + 1]);
  });

  it('needs no year when the plan states a period', () => {
    const required = check(PLAN).diagnostics.filter((d) => d.ruleId === 'schema');
    expect(required).toEqual([]);
    const neither = check(PLAN.replace(/^period: .*\n/m, '')).diagnostics.filter((d) => d.ruleId === 'schema');
    expect(neither.map((d) => d.message.en)).toEqual(['Required "year" (Năm kế hoạch) is missing.']);
  });

  it('finds targets in the body and documents cited in written legal bases', () => {
    const { analysis } = check(PLAN);
    expect(planTargets(analysis.plan!).map((t) => [t.wordingKey, t.target.value])).toEqual([['target', 100]]);
    expect(planCitations(analysis.plan!).map((c) => [c.ref, c.date, c.written])).toEqual([['2249/QĐ-UBND', '28/12/2023', true]]);
  });

  it('reads the verb and the first document of a basis written as a citation', () => {
    expect(basisObject('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;')).toMatchObject({ verb: 'can-cu' });
    expect(basisObject('Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 15/TTr-STC ngày 02/01/2026.')).toMatchObject({
      verb: 'theo-de-nghi',
      ref: '15/TTr-STC',
      date: '02/01/2026',
    });
    expect(basisObject('Triển khai Kết luận số 12-KL/TU của Tỉnh ủy').verb).toBe('trien-khai');
  });

  it('checks the date of a citation written as a string against its number', () => {
    const wrong = PLAN.replace('ngày 28/12/2023', 'ngày 28/12/2022');
    const d = check(wrong).diagnostics.filter((x) => x.ruleId === 'legal-ref-date-consistent');
    expect(d.map((x) => x.messageId)).toEqual([]);
    const normative = PLAN.replace('Quyết định số 2249/QĐ-UBND ngày 28/12/2023', 'Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2021');
    const n = check(normative).diagnostics.filter((x) => x.ruleId === 'legal-ref-date-consistent');
    expect(n.map((x) => x.messageId)).toEqual(['yearMismatch']);
  });
});

describe('schema problems inside body items', () => {
  it('reports a bad value of a task as the task\'s, at the value, and keeps the rest of the plan', () => {
    const text = PLAN.replace('timeframe: Năm 2027', 'timeframe: [2027]');
    const { diagnostics, analysis } = check(text);
    const schema = diagnostics.filter((d) => d.ruleId === 'schema');
    const line = text.split('\n').findIndex((l) => l.includes('timeframe: [2027]'));
    expect(schema.map((d) => [d.range.start.line, d.message.en.split(' must')[0]])).toEqual([[line, '"timeframe"']]);
    // Only the bad key went: the task and its neighbours are still there.
    expect(analysis.tasks().map((v) => v.task.id)).toContain('mang-noi-bo');
  });

  it('names an unknown key inside a heading item, with the key itself as the range', () => {
    const text = PLAN.replace('  - heading: MỤC ĐÍCH, YÊU CẦU\n', '  - heading: MỤC ĐÍCH, YÊU CẦU\n    numbring: letter\n');
    const unknown = check(text).diagnostics.filter((d) => d.ruleId === 'unknown-key');
    expect(unknown.map((d) => [d.range.start.line + 1, d.range.start.character + 1])).toEqual([[text.split('\n').findIndex((l) => l.includes('numbring')) + 1, 5]]);
  });

  it('asks for the id of an item that is meant as a task', () => {
    const text = PLAN.replace('          - id: may-chu\n            title:', '          - title:');
    const schema = check(text).diagnostics.filter((d) => d.ruleId === 'schema');
    expect(schema.map((d) => d.message.en)).toEqual(['Required "id" (Mã nhiệm vụ) is missing.']);
  });
});
