import { basisObject, matchKey, parseLegalRef, type LegalBasisObject } from '@kehoach/core';
import type { BuildContext } from './context.js';
import { shortDate } from './header.js';
import { clean, endWith } from './text.js';

const VERBS = { 'can-cu': 'Căn cứ', 'thuc-hien': 'Thực hiện', 'trien-khai': 'Triển khai', 'theo-de-nghi': 'Theo đề nghị của', 'xet-de-nghi': 'Xét đề nghị của' } as const;
const STARTS_WITH_VERB = /^(căn cứ|thực hiện|triển khai|theo|xét)\b/iu;

/**
 * The legal bases, one line each, as Phụ lục I lays them out: each ends with ';' and
 * the last with '.'. The parent plan is cited too when no basis names it.
 */
export function buildBases(ctx: BuildContext): string[] {
  const bases: LegalBasisObject[] = Array.isArray(ctx.plan.legalBases) ? ctx.plan.legalBases.map(basisObject) : [];
  const parent = ctx.plan.parent;
  if (parent?.ref && !bases.some((b) => citesRef(b, parent.ref))) {
    bases.push({ verb: 'thuc-hien', type: 'Kế hoạch', ref: parent.ref, ...(parent.issuer ? { issuer: parent.issuer } : {}) });
  }
  const lines: string[] = [];
  let verb: string = VERBS['can-cu'];
  for (const basis of bases) {
    if (basis.verb) verb = VERBS[basis.verb];
    const body = basisText(basis);
    if (!body) continue;
    lines.push(STARTS_WITH_VERB.test(body) ? body : `${verb} ${body}`);
  }
  return lines.map((line, i) => endWith(line, i === lines.length - 1 ? '.' : ';'));
}

/** "Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của UBND tỉnh Quảng Ngãi ban hành ...". */
export function basisText(basis: LegalBasisObject): string {
  const text = clean(basis.text);
  if (text) return text;
  const ref = clean(basis.ref);
  const parsed = ref ? parseLegalRef(ref) : undefined;
  const type = clean(basis.type) || (parsed?.ok ? (parsed.value.typeName?.vi ?? '') : '');
  const date = shortDate(basis.date) || clean(basis.date);
  return [
    type,
    ref ? `số ${ref}` : '',
    date ? `ngày ${date}` : '',
    clean(basis.issuer) ? `của ${clean(basis.issuer)}` : '',
    clean(basis.summary),
  ]
    .filter(Boolean)
    .join(' ');
}

function citesRef(basis: LegalBasisObject, ref: string): boolean {
  const key = matchKey(ref).replace(/\s+/g, '');
  const own = matchKey(clean(basis.ref)).replace(/\s+/g, '');
  return own === key || matchKey(clean(basis.text)).replace(/\s+/g, '').includes(key);
}
