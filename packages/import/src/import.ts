import { lintText } from '@kehoach/core';
import type { Block, CellSource } from './clean/block.js';
import { cleanText } from './clean/clean.js';
import { groupTables } from './clean/tables.js';
import { linkRepeats, placeBody, readAppendix, readSections } from './body/sections.js';
import { placeLineLabels } from './body/line-labels.js';
import { docxToText } from './docx.js';
import { Draft } from './draft.js';
import { emitYaml } from './emit/yaml.js';
import { AgencyMatcher } from './extract/agencies.js';
import { readClosing, readRecipients, readSignature } from './extract/closing.js';
import { readDecision, readFootnotes } from './extract/decision.js';
import { inferIssuer, readHeader, readTitle } from './extract/header.js';
import { IdPool } from './extract/ids.js';
import { placeIntro, readIntroParts, readParent } from './extract/legal-bases.js';
import { splitZones } from './extract/zones.js';
import { InputTooLargeError, limitsOf, textParagraphs } from './limits.js';
import { assertPlanText } from './refuse.js';
import { summarize } from './summary.js';
import type { ImportInput, ImportOptions, ImportReport, ImportResult } from './types.js';

/**
 * Plain text (or DOCX bytes) to a YAML draft of the plan, with a report of what was found
 * where. Throws `NotAPlanError` when the input is not a plan (binary, HTML, unrelated text),
 * `InputTooLargeError` when it is over the limits (`IMPORT_LIMITS`, or `options.limits`),
 * before reading it.
 */
export async function importPlan(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const limits = limitsOf(options.limits);
  if ('text' in input) {
    const paragraphs = textParagraphs(input.text);
    if (paragraphs > limits.paragraphs) throw new InputTooLargeError('paragraphs', paragraphs, limits.paragraphs);
    return importText(input.text, options);
  }
  if (input.docx.length > limits.fileBytes) throw new InputTooLargeError('file', input.docx.length, limits.fileBytes);
  const { text, warnings, cells } = await docxToText(input.docx, limits);
  return importText(text, options, 'docx', warnings, cells);
}

function unplacedReason(block: Block): string {
  if (/^kính gửi\s*:/iu.test(block.text)) return 'dòng "Kính gửi" (kế hoạch không có trường này)';
  return /^(?:[IVXL]+|\d{1,2})[.)]\s/u.test(block.text) ? 'mục không nhận ra' : 'đoạn không thuộc mục nào đã nhận ra';
}

export function importText(
  source: string,
  options: ImportOptions = {},
  format: 'text' | 'docx' = 'text',
  warnings: string[] = [],
  cells?: ReadonlyMap<number, CellSource[]>,
): ImportResult {
  assertPlanText(source);
  const cleaned = cleanText(source);
  const blocks = groupTables(cleaned.blocks, cells);
  const draft = new Draft(new AgencyMatcher(options.agencies));
  if (options.registryPath) draft.plan.registry = options.registryPath;
  if (options.extendsTemplate) {
    draft.plan.extends = options.extendsTemplate;
    removeInherited(draft, options.templateItems ?? {});
  }
  const zones = splitZones(blocks);
  const plan = zones.plan;
  if (zones.decision) readDecision(zones.decision, draft);
  readHeader(plan.header, draft);
  readTitle(plan.kind, plan.title, draft);
  draft.use(...plan.caption);
  const intro = readIntroParts(plan.intro);
  placeIntro(intro, draft, [], 'preamble');
  draft.use(...plan.intro.filter((b) => !/^kính gửi\s*:/iu.test(b.text)));
  inferIssuer(draft);
  readStatedPeriod(draft, plan.body);
  inferYear(draft);
  readParent(draft);

  const base = { draft, ids: new IdPool(), year: draft.plan.year as number | undefined };
  const body = readSections(plan.body, base);
  const appendices = plan.appendices.map((a) => readAppendix(a, base));
  linkRepeats(body, appendices);
  placeLineLabels(draft, body);
  placeBody(draft, body, appendices);
  readClosing(plan.closing, draft);
  readRecipients(plan.recipients, draft);
  readSignature(plan.signature, draft);
  readFootnotes(zones.footnotes, draft);
  checkRequired(draft);

  for (const block of blocks) {
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
  const { tasks, counts } = summarize(draft);
  const report: ImportReport = {
    source: { fileName: options.fileName, format, lines: cleaned.lineCount, warnings },
    found: draft.found,
    missing: draft.missing.map(({ field, message }) => ({ field, message })),
    agencies: draft.agencies,
    unmatchedAgencies: options.agencies?.length ? draft.agencies.filter((a) => !a.id) : [],
    unplaced: draft.unplaced,
    cleaning: { dropped: [...cleaned.dropped, ...draft.dropped].sort((a, b) => a.line - b.line), joined: cleaned.joined },
    counts,
    tasks,
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

/** The template's own tasks, duty sections and targets, removed by id: the imported document states its own. */
function removeInherited(draft: Draft, items: NonNullable<ImportOptions['templateItems']>): void {
  const remove: Record<string, string[]> = {};
  for (const k of ['tasks', 'duties', 'targets'] as const) if (items[k]?.length) remove[k] = [...(items[k] as string[])];
  if (!Object.keys(remove).length) return;
  draft.plan.remove = remove;
  draft.note(['remove'], 'các nhiệm vụ, mục và chỉ tiêu riêng của mẫu: văn bản gốc không có, nên bản nháp bỏ chúng (xóa dòng tương ứng nếu muốn giữ)');
}

const RANGE_RE = /(?:từ\s+)?năm\s+((?:19|20)\d{2})\s*(?:[-–]|đến(?:\s+hết)?(?:\s+năm)?)\s*((?:19|20)\d{2})(?!\d)/iu;
const UNTIL_RE = /(?:từ nay\s+)?(?<!tháng\s+\d{1,2}\s+)đến\s+(?:hết\s+)?năm\s+((?:19|20)\d{2})(?!\s*[-–\d])/iu;

/**
 * Without a year or period in the title, the period a plan states for itself: "Thời gian
 * thực hiện: từ năm 2026 đến năm 2030", or "đến năm 2030" (in the title, or its "Thời gian"
 * line), which runs from the year the plan is dated in, said in a comment.
 */
function readStatedPeriod(draft: Draft, body: readonly Block[]): void {
  if (draft.plan.year !== undefined || draft.plan.period !== undefined) return;
  const title = String(draft.plan.title ?? '');
  const timeLine = body.find((b) => /^(?:[IVX\d.]+[.)]\s*)?thời gian(?:\s+thực hiện)?\s*:?/iu.test(b.text) && (RANGE_RE.test(b.text) || UNTIL_RE.test(b.text)));
  const sources: { text: string; lines: readonly number[] }[] = [
    { text: title, lines: draft.sourceOf(['title']) ?? [] },
    ...(timeLine ? [{ text: timeLine.text, lines: timeLine.lines }] : []),
  ];
  for (const { text, lines } of sources) {
    const range = RANGE_RE.exec(text);
    if (range && Number(range[2]) > Number(range[1])) {
      draft.plan.period = { from: Number(range[1]), to: Number(range[2]), text: range[0] };
      draft.source(['period'], lines, range[0]);
      return;
    }
    const until = UNTIL_RE.exec(text);
    const decision = draft.plan.decision as Record<string, unknown> | undefined;
    const dated = /(\d{4})$/u.exec(String(draft.plan.date ?? decision?.date ?? ''))?.[1];
    if (until && dated && Number(until[1]) > Number(dated)) {
      draft.plan.period = { from: Number(dated), to: Number(until[1]), text: until[0] };
      draft.source(['period'], lines, until[0]);
      draft.note(['period', 'from'], 'suy ra: năm ban hành; văn bản ghi kỳ kế hoạch "đến năm ..."');
      return;
    }
  }
}

/**
 * A plan states its year or period; when the title states neither, the year is the one the
 * plan is dated in ("ngày 18 tháng 11 năm 2025", or "... năm 2026" of an undated draft), and
 * the draft says it was inferred.
 */
function inferYear(draft: Draft): void {
  if (draft.plan.year !== undefined || draft.plan.period !== undefined) return;
  const decision = draft.plan.decision as Record<string, unknown> | undefined;
  const date = (draft.plan.date ?? decision?.date) as string | undefined;
  const at: (string | number)[] = draft.plan.date ? ['date'] : decision?.date ? ['decision', 'date'] : [];
  const year = date ? /(\d{4})$/u.exec(date)?.[1] : /năm\s+(\d{4})/u.exec(draft.blankDate ?? '')?.[1];
  if (!year) return;
  draft.plan.year = Number(year);
  draft.source(['year'], (at.length ? draft.sourceOf(at) : undefined) ?? [], Number(year));
  draft.note(['year'], 'suy ra: năm ban hành; trích yếu không nêu năm hay giai đoạn của kế hoạch');
}

/** Keys the schema requires, and what a reader expects: left out when the text does not state them, with a comment. */
function checkRequired(draft: Draft): void {
  const issuer = draft.plan.issuer as Record<string, unknown> | undefined;
  if (!issuer?.name) draft.miss(['issuer'], 'không tìm thấy cơ quan ban hành (phần tiêu đề hoặc câu dẫn)');
  else if (!issuer.level) draft.miss(['issuer', 'level'], 'không xác định được cấp (province, district, commune)');
  if (draft.plan.year === undefined && draft.plan.period === undefined) draft.miss(['year'], 'trích yếu không nêu năm hay giai đoạn của kế hoạch');
  if (!draft.plan.decision) {
    if (!draft.plan.number) draft.miss(['number'], draft.blankNumber ? `số ký hiệu để trống trong văn bản gốc ("${draft.blankNumber}")` : 'văn bản không có số, ký hiệu (điền khi ban hành)');
    if (!draft.plan.date) draft.miss(['date'], draft.blankDate ? `ngày tháng để trống trong văn bản gốc ("${draft.blankDate}")` : 'văn bản không có ngày ban hành');
  }
  if (issuer && !issuer.name) delete draft.plan.issuer;
}
