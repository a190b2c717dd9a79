import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/schema/json-schema.js';
import { detectDocumentKind } from '../../src/model/document-kind.js';
import { lintText } from '../../src/lint.js';

export const REPORT = `kind: report
reporter:
  name: Ủy ban nhân dân xã An Hòa
  level: commune
plan:
  ref: 45/KH-UBND
  path: ../tinh.kehoach.yaml
number: 15/BC-UBND
date: 16/03/2026
period: Quý I/2026
to: Sở Khoa học và Công nghệ
title: Kết quả thực hiện Kế hoạch số 45/KH-UBND quý I năm 2026
results:
  - task: diem-ho-tro
    status: hoàn thành
    completed: 10/02/2026
    done: Mở 3 điểm hỗ trợ nộp hồ sơ trực tuyến tại nhà văn hóa thôn.
    figures:
      - { value: 3, unit: điểm, of: điểm hỗ trợ được mở }
    evidence:
      - { ref: 12/QĐ-UBND, date: 05/02/2026, title: Quyết định mở điểm hỗ trợ }
`;

describe('report files', () => {
  it('are told apart by name and by their first key', () => {
    expect(detectDocumentKind('/w/xa/quy-1.baocao.yaml', 'x: 1')).toBe('report');
    expect(detectDocumentKind('/w/xa/quy-1.yaml', REPORT)).toBe('report');
    expect(detectDocumentKind('/w/xa/quy-1.kehoach.yaml', REPORT)).toBe('plan');
  });

  it('have a JSON Schema matching the committed file, with both languages on every key', async () => {
    const schema = jsonSchema('report') as { properties: Record<string, { description?: string; 'x-description-en'?: string }> };
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('../../schema/report.schema.json');
    expect(Object.entries(schema.properties).filter(([, v]) => !v.description || !v['x-description-en']).map(([k]) => k)).toEqual([]);
  });

  it('the JSON Schema agrees with the zod schema on a report, a misspelt key and an unknown status', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(jsonSchema('report'));
    expect(validate(parse(REPORT)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(parse(REPORT.replace('    done:', '    dnoe:')))).toBe(false);
    expect(validate(parse(REPORT.replace('status: hoàn thành', 'status: xong')))).toBe(false);
  });

  it('a wrong status is a schema error on its line, and a misspelt key gets the right one', () => {
    const diags = lintText(REPORT.replace('status: hoàn thành', 'status: xong').replace('    done:', '    dnoe:'), { uri: 'q1.baocao.yaml' }).diagnostics;
    expect(diags.map((d) => `${d.ruleId} ${d.range.start.line + 1}`)).toEqual(['schema 15', 'unknown-key 17']);
    expect(diags[0]?.message.vi).toContain('chưa triển khai, đang thực hiện, hoàn thành, hoàn thành quá hạn, không thực hiện');
    expect(diags[1]?.message.vi).toContain('"done"');
  });

  it('a valid report has no diagnostics of its own', () => {
    expect(lintText(REPORT, { uri: 'q1.baocao.yaml' }).diagnostics.map((d) => d.message.en)).toEqual([]);
  });
});
