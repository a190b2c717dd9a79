import { lintText } from '@kehoach/core';
import type { Block } from './clean/block.js';
import { cleanText } from './clean/clean.js';
import { docxToText } from './docx.js';
import { Draft } from './draft.js';
import { emitYaml } from './emit/yaml.js';
import { AgencyMatcher } from './extract/agencies.js';
import { readClosing, readRecipients, readSignature } from './extract/closing.js';
import { inferIssuer, readHeader, readTitle } from './extract/header.js';
import { readIntro, readParent } from './extract/legal-bases.js';
import { BodyReader } from './extract/sections.js';
import { splitZones } from './extract/zones.js';
import { buildOutline } from './outline.js';
import type { ImportInput, ImportOptions, ImportReport, ImportResult } from './types.js';

/** Plain text (or DOCX bytes) to a YAML draft of the plan, with a report of what was found where. */
export async function importPlan(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  if ('text' in input) return importText(input.text, options);
  const { text, warnings } = await docxToText(input.docx);
  return importText(text, options, 'docx', warnings);
}

function unplacedReason(block: Block): string {
  return /^(?:[IVXL]+|\d{1,2})[.)]\s/u.test(block.text) ? 'mục không nhận ra' : 'đoạn không thuộc mục nào đã nhận ra';
}

export function importText(
  source: string,
  options: ImportOptions = {},
  format: 'text' | 'docx' = 'text',
  warnings: string[] = [],
): ImportResult {
  const cleaned = cleanText(source);
  const draft = new Draft(new AgencyMatcher(options.agencies));
  if (options.registryPath) draft.plan.registry = options.registryPath;
  if (options.extendsTemplate) draft.plan.extends = options.extendsTemplate;
  const zones = splitZones(cleaned.blocks);
  readHeader(zones.header, draft);
  readTitle(zones.kind, zones.title, draft);
  readIntro(zones.intro, draft);
  inferIssuer(draft);
  readParent(draft);
  const year = draft.plan.year as number | undefined;
  const body = new BodyReader(draft, year);
  body.read(buildOutline(zones.body));
  if (zones.appendix.length) body.readAppendix(buildOutline(zones.appendix));
  readClosing(zones.closing, draft);
  readRecipients(zones.recipients, draft);
  readSignature(zones.signature, draft);
  checkRequired(draft);

  for (const block of cleaned.blocks) {
    if (!draft.isUsed(block)) draft.unplaced.push({ text: block.text, lines: block.lines, reason: unplacedReason(block) });
  }
  const unit = format === 'docx' ? 'đoạn' : 'dòng';
  const header = [
    `Bản nháp do \`kehoach import\` tạo${options.fileName ? ` từ ${options.fileName}` : ''}: mỗi giá trị ghi ${unit} nguồn trong văn bản gốc.`,
    'Draft made by `kehoach import`: each value notes its source line. Review it, then run `kehoach validate`.',
  ];
  if (format === 'docx') header.push('Với DOCX, "đoạn N" là đoạn văn thứ N của văn bản (paragraph N).');
  const yaml = emitYaml(draft, { unit, header, unplaced: draft.unplaced });
  const lint = lintText(yaml, { uri: options.fileName ? `${options.fileName}.kehoach.yaml` : undefined, agencies: options.agencies });
  const report: ImportReport = {
    source: { fileName: options.fileName, format, lines: cleaned.lineCount, warnings },
    found: draft.found,
    missing: draft.missing.map(({ field, message }) => ({ field, message })),
    agencies: draft.agencies,
    unmatchedAgencies: options.agencies?.length ? draft.agencies.filter((a) => !a.id) : [],
    unplaced: draft.unplaced,
    cleaning: { dropped: cleaned.dropped, joined: cleaned.joined },
    counts: counts(draft.plan),
    diagnostics: lint.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
  return { yaml, plan: draft.plan, report };
}

/** Keys the schema requires: left out when the text does not state them, with a comment. */
function checkRequired(draft: Draft): void {
  const issuer = draft.plan.issuer as Record<string, unknown> | undefined;
  if (!issuer?.name) draft.miss(['issuer'], 'không tìm thấy cơ quan ban hành (phần tiêu đề hoặc câu dẫn)');
  else if (!issuer.level) draft.miss(['issuer', 'level'], 'không xác định được cấp (province, district, commune)');
  if (draft.plan.year === undefined) draft.miss(['year'], 'không thấy năm kế hoạch trong trích yếu');
  if (!draft.plan.number) draft.miss(['number'], 'văn bản không có số, ký hiệu (điền khi ban hành)');
  if (!draft.plan.date) draft.miss(['date'], 'văn bản không có ngày ban hành');
  if (!draft.plan.reporting) draft.miss(['reporting'], 'văn bản không nêu chế độ báo cáo (gửi ai, qua ai, hạn nào)');
  if (issuer && !issuer.name) delete draft.plan.issuer;
}

function counts(plan: Record<string, unknown>): ImportReport['counts'] {
  const len = (v: unknown): number => (Array.isArray(v) ? v.length : 0);
  const duties = (plan.duties ?? []) as { tasks?: unknown[] }[];
  return {
    legalBases: len(plan.legalBases),
    tasks: len(plan.tasks),
    duties: duties.length,
    dutyTasks: duties.reduce((n, d) => n + len(d.tasks), 0),
    reporting: len(plan.reporting),
    recipients: len(plan.recipients),
  };
}

