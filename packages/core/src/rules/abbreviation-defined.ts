import { z } from 'zod';
import { defineRule, type Locator } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { relatedIn } from '../engine/related.js';
import { type AbbreviationUse, nthTokenOffset, scanAbbreviations, tokenOrdinal, WELL_KNOWN_ABBREVIATIONS } from '../text/abbreviations.js';
import { ObjectMemo } from '../text/object-memo.js';

const options = z.strictObject({
  /** More abbreviations every reader knows (added to the built-in list). */
  known: z.array(z.string()).default([]).describe('Chữ viết tắt quen thuộc thêm vào danh sách có sẵn / abbreviations every reader knows, added to the built-in list'),
});

/**
 * Keys whose values are not prose: names of agencies (checked by agency-known),
 * document numbers, dates and timeframes ("Quý II"), ids, and the header, signature
 * and recipient blocks, which use the conventional short forms of the document format.
 */
const NOT_PROSE = new Set([
  'kind', 'extends', 'patch', 'remove', 'registry', 'agencies', 'rules', 'issuer', 'number', 'place', 'date', 'year',
  'parent', 'lead', 'coordinators', 'agency', 'from', 'to', 'via', 'id', 'implements', 'recipients', 'archive',
  'signature', 'layout', 'verb', 'type', 'ref', 'timeframe', 'due', 'cadence', 'deadline', 'unit', 'comparator', 'per',
  'value', 'after', 'before', 'request', 'numbering', 'number', 'period', 'proposer', 'field', 'colspan', 'rowspan',
  'landscape', 'mark', 'authority', 'chain', 'for', 'capacity', 'task', 'label',
]);

interface Use {
  token: string;
  at: Locator;
  /** Where in the value's text, to point at the word itself. */
  value: string;
  index: number;
}

export const abbreviationDefined = defineRule({
  meta: {
    id: 'abbreviation-defined',
    category: 'text',
    severity: 'warn',
    options,
    description: {
      vi: 'Chữ viết tắt (như "CCHC") phải được định nghĩa trước lần dùng đầu tiên, như "cải cách hành chính (CCHC)", trừ các chữ viết tắt ai cũng biết (UBND, HĐND, TTHC...).',
      en: 'An abbreviation (like "CCHC") must be defined before its first use, as in "cải cách hành chính (CCHC)", except those every reader knows (UBND, HĐND, TTHC...).',
    },
    rationale: {
      vi: 'Người dân, doanh nghiệp đọc kế hoạch không nhất thiết biết "CCHC", "PCI" là gì. Văn bản đúng thể thức viết đầy đủ ở lần đầu rồi ghi chữ viết tắt trong ngoặc. Kiểm tra theo thứ tự đọc của kế hoạch (trích yếu, căn cứ, lời mở đầu, mục đích, yêu cầu, nội dung, nhiệm vụ...); tên cơ quan, số văn bản, khối nơi nhận và chữ ký không bị kiểm tra. Chữ in hoa toàn bộ dòng (tiêu đề) và số La Mã ("Quý II") không phải chữ viết tắt. Thêm chữ viết tắt quen thuộc của cơ quan mình bằng tùy chọn "known".',
      en: 'Citizens and businesses reading a plan do not necessarily know what "CCHC" or "PCI" stand for. A well-formed document spells a term out on first use with the abbreviation in parentheses. The check follows the plan\'s reading order (title, legal bases, preamble, objectives, requirements, content, tasks...); agency names, document numbers, the recipients and signature blocks are not checked. Lines in capitals (headings) and Roman numerals ("Quý II") are not abbreviations. Add your office\'s familiar abbreviations with the "known" option.',
    },
    messages: {
      undefined: {
        vi: 'Chữ viết tắt "{abbr}" chưa được định nghĩa: lần đầu dùng, viết đầy đủ rồi ghi "({abbr})" sau đó, ví dụ "cải cách hành chính (CCHC)".',
        en: 'Abbreviation "{abbr}" is never defined: on first use, spell it out followed by "({abbr})", e.g. "cải cách hành chính (CCHC)".',
      },
      beforeDefinition: {
        vi: 'Chữ viết tắt "{abbr}" được dùng trước khi định nghĩa (định nghĩa ở dòng {line}): viết đầy đủ ở lần dùng đầu tiên này.',
        en: 'Abbreviation "{abbr}" is used before it is defined (on line {line}): spell it out at this first use.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}preamble: Chủ tịch UBND huyện ban hành Kế hoạch tuyên truyền cải cách hành chính (CCHC) trên địa bàn huyện năm 2024 như sau
objectives:
  - Tuyên truyền các chủ trương, chính sách của Trung ương, của tỉnh về công tác CCHC
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}objectives:
  - Tuyên truyền các chủ trương, chính sách của Trung ương, của tỉnh về công tác CCHC
content:
  - Tuyên truyền về tầm quan trọng, ý nghĩa của cải cách hành chính (CCHC)
`,
      ],
    },
  },
  check(ctx) {
    const known = new Set([...WELL_KNOWN_ABBREVIATIONS, ...ctx.options.known]);
    const defined = new Map<string, Use>();
    const firstUse = new Map<string, Use>();
    for (const { value, at, found } of prose(ctx.plan)) {
      for (const a of found) {
        const use = { token: a.text, at, value, index: a.index };
        if (a.defines) {
          for (const p of [a.text, ...a.parts]) if (!defined.has(p)) defined.set(p, use);
          continue;
        }
        if (known.has(a.text) || defined.has(a.text)) continue;
        const missing = a.parts.filter((p) => !known.has(p) && !defined.has(p));
        if (a.parts.length > 1 && missing.length === 0) continue;
        if (!firstUse.has(a.text)) firstUse.set(a.text, use);
      }
    }

    /** The word itself; the whole value when it cannot be found in the source (text from a template). */
    const locatorOf = (u: Use): Locator => {
      const whole = ctx.rangeOf(u.at);
      const raw = ctx.source.text.slice(whole.start, whole.end);
      const at = nthTokenOffset(raw, u.token, tokenOrdinal(u.value, u.token, u.index));
      return at < 0 ? u.at : { range: { start: whole.start + at, end: whole.start + at + u.token.length } };
    };
    for (const [abbr, use] of firstUse) {
      const def = defined.get(abbr);
      if (!def) {
        ctx.report({ messageId: 'undefined', data: { abbr }, at: locatorOf(use) });
        continue;
      }
      const defAt = locatorOf(def);
      const line = ctx.source.lines.positionAt(ctx.rangeOf(defAt).start).line + 1;
      ctx.report({
        messageId: 'beforeDefinition',
        data: { abbr, line },
        at: locatorOf(use),
        related: [relatedIn(ctx.analysis, defAt, { vi: 'Định nghĩa ở đây', en: 'Defined here' })],
      });
    }
  },
});

/**
 * The plan's sections in the order the issued document reads them. A plan that
 * extends a template has its keys in the template's order, with keys the template
 * lacks at the end, which is not the order a reader meets them.
 */
const READING_ORDER = ['decision', 'title', 'legalBases', 'parent', 'preamble', 'objectives', 'requirements', 'audiences', 'targets', 'content', 'forms', 'tasks', 'budget', 'timeframe', 'duties', 'reporting', 'sections', 'closing', 'appendices', 'footnotes'];

const rank = (key: string): number => {
  const i = READING_ORDER.indexOf(key);
  return i < 0 ? READING_ORDER.length : i;
};

/** A prose string that holds abbreviations, where it is, and what they are. */
interface Prose {
  value: string;
  at: Locator;
  found: AbbreviationUse[];
}

const NONE: readonly Prose[] = [];

/**
 * What each object or list holds, by identity. After an edit inside one task, the
 * plan's other objects are the very objects of the version before (yaml/incremental.ts)
 * and rules never change them: their prose is not walked and scanned again.
 */
const proseOf = new ObjectMemo<object, readonly Prose[]>();

/**
 * The prose strings of the plan that hold abbreviations, in reading order: top-level
 * sections in READING_ORDER, inside them the order of keys as written.
 */
function prose(plan: object): Prose[] {
  const out: Prose[] = [];
  for (const key of Object.keys(plan).sort((a, b) => rank(a) - rank(b))) {
    if (!NOT_PROSE.has(key)) collect(out, plan, key);
  }
  return out;
}

function proseIn(value: object): readonly Prose[] {
  const hit = proseOf.get(value);
  if (hit) return hit;
  const out: Prose[] = [];
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) collect(out, value, index);
  } else {
    for (const key of Object.keys(value)) if (!NOT_PROSE.has(key)) collect(out, value, key);
  }
  const result = out.length ? out : NONE;
  proseOf.set(value, result);
  return result;
}

/** The prose with abbreviations of `node[key]`: the string itself, or what the object under it holds. */
function collect(out: Prose[], node: object, key: string | number): void {
  const v = (node as Record<string | number, unknown>)[key];
  if (typeof v === 'string') {
    const found = scanAbbreviations(v);
    if (found.length) out.push({ value: v, at: typeof key === 'number' ? { node, index: key } : { node, key }, found });
  } else if (v && typeof v === 'object') {
    for (const p of proseIn(v)) out.push(p);
  }
}
