import { planCitations } from '../model/walk.js';
import { defineRule, type FixInput, type Locator } from '../engine/define.js';
import { replaceScalarEdit } from '../engine/edits.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { formatMessage } from '../i18n/message.js';
import {
  ADMIN_TYPE_CODES,
  LEGACY_ADMIN_TYPE_CODES,
  NORMATIVE_TYPE_CODES,
  PARTY_TYPE_CODES,
  typeCodeForName,
  type TypeCodeTable,
} from '../parse/document-types.js';
import { parseLegalRef, type LegalRef, type RefKind } from '../parse/legal-ref.js';
import { matchKey } from '../text/normalize.js';

const REWRITE = { vi: 'Viết lại thành "{canonical}"', en: 'Rewrite as "{canonical}"' };

/** A plan number before issuance: the number is left blank ("/KH-UBND", " /KH-UBND", "..../KH-UBND"). */
const UNISSUED = /^(\s*(?:\.{2,}|…+)?\s*)(\/.*)$/su;

const TABLES: Record<Exclude<RefKind, 'official-letter'>, readonly TypeCodeTable[]> = {
  administrative: [ADMIN_TYPE_CODES, LEGACY_ADMIN_TYPE_CODES],
  normative: [NORMATIVE_TYPE_CODES],
  party: [PARTY_TYPE_CODES],
};

export const legalRefFormat = defineRule({
  meta: {
    id: 'legal-ref-format',
    category: 'legal',
    severity: 'error',
    fixable: 'safe',
    description: {
      vi: 'Số, ký hiệu của văn bản căn cứ, của kế hoạch cấp trên và của chính kế hoạch phải đúng cách ghi: "84/KH-UBND", "61/2018/NĐ-CP", "186-KH/HU", "12/UBND-VP"; ký hiệu loại phải khớp loại văn bản.',
      en: 'Numbers of legal bases, of the parent plan and of the plan itself must be well formed: "84/KH-UBND", "61/2018/NĐ-CP", "186-KH/HU", "12/UBND-VP"; the type code must match the document type.',
    },
    rationale: {
      vi: 'Số, ký hiệu là cách duy nhất để tìm lại văn bản. Ký hiệu loại văn bản lấy theo Phụ lục III Nghị định 30/2020/NĐ-CP ("CV" không phải ký hiệu: công văn không có ký hiệu loại); văn bản quy phạm pháp luật ghi năm ban hành trong số; văn bản của Đảng ghi "số-loại/cơ quan". Khác biệt chỉ về cách viết (khoảng trắng, loại dấu gạch, chữ hoa) được sửa tự động.',
      en: 'The number is the only way to find a document again. Type codes follow Decree 30/2020/NĐ-CP, Appendix III ("CV" is not a code: an official letter has none); normative documents carry their year in the number; Party documents read "number-type/issuer". Differences in spelling only (spaces, dash kind, letter case) are fixed automatically.',
    },
    messages: {
      notCanonical: {
        vi: '"{ref}" nên viết là "{canonical}".',
        en: '"{ref}" should be written "{canonical}".',
      },
      empty: {
        vi: 'Số, ký hiệu văn bản đang để trống: ghi số như "07/KH-UBND".',
        en: 'The document number is empty: write it like "07/KH-UBND".',
      },
      unrecognised: {
        vi: '"{ref}" không phải số, ký hiệu văn bản. Cách ghi đúng: "84/KH-UBND" (văn bản hành chính), "61/2018/NĐ-CP" (văn bản quy phạm pháp luật, có năm), "186-KH/HU" (văn bản của Đảng), "12/UBND-VP" (công văn).',
        en: '"{ref}" is not a document number. Well-formed numbers: "84/KH-UBND" (administrative), "61/2018/NĐ-CP" (normative, with its year), "186-KH/HU" (Party), "12/UBND-VP" (official letter).',
      },
      unknownTypeCode: {
        vi: '"{code}" trong "{ref}" không phải ký hiệu loại văn bản. Các ký hiệu dùng được: {codes}.',
        en: '"{code}" in "{ref}" is not a document type code. Valid codes: {codes}.',
      },
      didYouMean: {
        vi: '"{code}" trong "{ref}" không phải ký hiệu loại văn bản. Có phải là "{suggestion}"?',
        en: '"{code}" in "{ref}" is not a document type code. Did you mean "{suggestion}"?',
      },
      letterCode: {
        vi: '"{ref}": "{code}" không phải ký hiệu loại văn bản. Công văn không có ký hiệu loại; số công văn ghi dạng "12/UBND-VP" (số/cơ quan ban hành-đơn vị soạn thảo).',
        en: '"{ref}": "{code}" is not a document type code. An official letter has no type code; its number reads "12/UBND-VP" (number/issuer-drafting unit).',
      },
      needsYear: {
        vi: '"{ref}": {name} là văn bản quy phạm pháp luật, số phải ghi năm ban hành, ví dụ "61/2018/NĐ-CP".',
        en: '"{ref}": a {nameEn} is a normative document; its number carries the year, e.g. "61/2018/NĐ-CP".',
      },
      badNumber: {
        vi: '"{ref}": số thứ tự "{number}" phải là một số nguyên dương, ví dụ "07/KH-UBND".',
        en: '"{ref}": the number "{number}" must be a positive whole number, e.g. "07/KH-UBND".',
      },
      badYear: {
        vi: '"{ref}": năm "{year}" không hợp lệ; số văn bản quy phạm pháp luật ghi năm ban hành gồm 4 chữ số, ví dụ "61/2018/NĐ-CP".',
        en: '"{ref}": year "{year}" is not valid; a normative number carries the four-digit year of issue, e.g. "61/2018/NĐ-CP".',
      },
      typeMismatch: {
        vi: '"{ref}" mang ký hiệu "{actual}", nhưng loại văn bản (type) ghi là "{type}", có ký hiệu "{expected}". Sửa số hoặc loại văn bản cho khớp.',
        en: '"{ref}" carries the code "{actual}", but the document type is "{type}", whose code is "{expected}". Make the number and the type agree.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}number: /KH-UBND
legalBases:
  - type: Quyết định
    ref: 2249/QĐ-UBND
    date: 28/12/2023
    issuer: UBND huyện
  - type: Kế hoạch
    ref: 186-KH/HU
    date: 08/11/2023
    issuer: Ban Thường vụ Huyện ủy
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}legalBases:
  - type: Quyết định
    ref: 2249/QD-UBND
    date: 28/12/2023
`,
      ],
    },
  },
  check(ctx) {
    const plan = ctx.plan;
    const rewrite = (at: Locator, canonical: string): FixInput => ({
      title: formatMessage(REWRITE, { canonical }),
      edits: [replaceScalarEdit(ctx.source, ctx.rangeOf(at), canonical)],
    });

    /**
     * `written` is the value as the author wrote it; `parsed` what was parsed and
     * `toWritten` turns a parsed form back into the author's (a blank plan number).
     */
    const check = (written: string, at: Locator, type?: string, parsed = written, toWritten = (s: string) => s): void => {
      const result = parseLegalRef(parsed);
      const ref = written.trim();
      if (result.ok) {
        const canonical = toWritten(result.value.canonical);
        if (canonical !== written) ctx.report({ messageId: 'notCanonical', data: { ref: written, canonical }, at, fix: rewrite(at, canonical) });
        if (type !== undefined) checkType(result.value, ref, type, at);
        return;
      }
      const { messageId, data = {} } = result.error;
      const code = String(data.code ?? '');
      if (messageId === 'empty') ctx.report({ messageId: 'empty', at });
      else if (messageId === 'unrecognised') ctx.report({ messageId: 'unrecognised', data: { ref }, at });
      else if (messageId === 'bad-number' && data.year !== undefined) ctx.report({ messageId: 'badYear', data: { ref, year: String(data.year) }, at });
      else if (messageId === 'bad-number') ctx.report({ messageId: 'badNumber', data: { ref, number: String(data.number ?? '') }, at });
      else if (result.suggestion !== undefined) {
        const suggestion = toWritten(result.suggestion);
        ctx.report({ messageId: 'didYouMean', data: { ref, code, suggestion }, at, suggestions: [rewrite(at, suggestion)] });
      } else {
        const shape = shapeOf(parsed);
        const normative = shape === 'administrative' ? normativeOnly(code) : undefined;
        if (shape === 'administrative' && code.toUpperCase() === 'CV') ctx.report({ messageId: 'letterCode', data: { ref, code }, at });
        else if (normative) ctx.report({ messageId: 'needsYear', data: { ref, name: normative.vi, nameEn: normative.en.toLowerCase() }, at });
        else ctx.report({ messageId: 'unknownTypeCode', data: { ref, code, codes: TABLES[shape].flatMap((t) => Object.keys(t)).join(', ') }, at });
      }
    };

    const checkType = (ref: LegalRef, written: string, type: string, at: Locator): void => {
      if (ref.kind === 'official-letter' || ref.typeCode === undefined) return;
      const expected = expectedCodes(ref.kind, type);
      if (expected.length === 0 || expected.includes(ref.typeCode)) return;
      ctx.report({ messageId: 'typeMismatch', data: { ref: written, actual: ref.typeCode, type: type.trim(), expected: expected[0] as string }, at });
    };

    // Numbers in a citation written as a string were found because they read; the
    // type word before them is still checked against their code.
    for (const c of planCitations(plan)) {
      if (!c.written) check(c.ref, c.refAt, c.type);
      else if (c.type !== undefined) {
        const parsed = parseLegalRef(c.ref);
        if (parsed.ok) checkType(parsed.value, c.ref.trim(), c.type, c.refAt);
      }
    }
    if (plan.decision?.number !== undefined && plan.decision.number.trim() !== '') check(plan.decision.number, { node: plan.decision, key: 'number' });
    if (plan.parent?.ref !== undefined) check(plan.parent.ref, { node: plan.parent, key: 'ref' });
    const number = plan.number;
    if (number !== undefined && number.trim() !== '') {
      const at: Locator = { node: plan, key: 'number' };
      const unissued = UNISSUED.exec(number);
      // Before issuance the number is blank ("/KH-UBND"): the codes are checked as if a
      // number were there, and the blank is kept exactly as written.
      if (unissued) {
        const blank = unissued[1] as string;
        check(number, at, undefined, `1${unissued[2] as string}`, (s) => `${blank}${s.slice(1)}`);
      } else check(number, at);
    }
  },
});

/** Which family a number that failed to parse was meant to be, from its shape. */
function shapeOf(ref: string): Exclude<RefKind, 'official-letter'> {
  const s = ref.replace(/[\u2010-\u2015\u2212]/g, '-');
  const slash = s.indexOf('/');
  const dash = s.indexOf('-');
  if (dash >= 0 && (slash < 0 || dash < slash)) return 'party';
  return s.split('/').length > 2 ? 'normative' : 'administrative';
}

/** The name of a normative-only type code ("NĐ", "TT"): such a number needs its year. */
function normativeOnly(code: string): { vi: string; en: string } | undefined {
  const upper = code.toUpperCase();
  if (Object.keys(ADMIN_TYPE_CODES).some((c) => c.toUpperCase() === upper)) return undefined;
  const hit = Object.entries(NORMATIVE_TYPE_CODES).find(([c]) => c.toUpperCase() === upper);
  return hit?.[1];
}

/** Codes a document type name has in the family of the number; any family when that one lacks it. */
function expectedCodes(kind: Exclude<RefKind, 'official-letter'>, type: string): string[] {
  const key = matchKey(type);
  const codes = TABLES[kind].flatMap((t) => Object.entries(t).filter(([, n]) => matchKey(n.vi) === key).map(([c]) => c));
  if (codes.length) return codes;
  const other = typeCodeForName(type);
  return other === undefined ? [] : [other];
}
