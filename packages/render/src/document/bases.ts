import { basisObject, parseLegalRef, type LegalBasis, type LegalBasisObject } from '@kehoach/core';
import { shortDate } from './header.js';
import { clean, endWith } from './text.js';

const VERBS = {
  'can-cu': 'Căn cứ',
  'thuc-hien': 'Thực hiện',
  'trien-khai': 'Triển khai',
  'theo-de-nghi': 'Theo đề nghị của',
  'xet-de-nghi': 'Xét đề nghị của',
} as const;
const STARTS_WITH_VERB = /^(căn cứ|thực hiện|triển khai|theo|xét)\b/iu;

/**
 * The legal bases, one paragraph each, in the order the plan gives them. A basis
 * written as a string is printed as written. A basis given as fields is worded with its
 * own verb (a basis without one takes the verb of the basis before it, "Căn cứ" first),
 * and ends with ';', the last with '.', as Phụ lục I lays them out.
 */
export function buildBases(list: readonly LegalBasis[] | undefined): string[] {
  const bases = Array.isArray(list) ? list : [];
  const lines: { text: string; written: boolean }[] = [];
  let verb: string = VERBS['can-cu'];
  for (const basis of bases) {
    if (typeof basis === 'string') {
      const text = clean(basis);
      if (text) lines.push({ text, written: true });
      // A citation written out sets the verb the fields after it go on with.
      const own = basisObject(basis).verb;
      if (own) verb = VERBS[own];
      continue;
    }
    if (basis === null || typeof basis !== 'object') continue;
    const fields: LegalBasisObject = basis;
    if (fields.verb !== undefined && Object.hasOwn(VERBS, fields.verb)) verb = VERBS[fields.verb];
    const body = basisText(fields);
    if (!body) continue;
    lines.push({ text: STARTS_WITH_VERB.test(body) ? body : `${verb} ${body}`, written: false });
  }
  return lines.map((line, i) => (line.written ? line.text : endWith(line.text, i === lines.length - 1 ? '.' : ';')));
}

/**
 * "Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của UBND tỉnh Quảng Ngãi ban hành ...";
 * for "Theo đề nghị của": "Giám đốc Sở Tài chính tại Tờ trình số 12/TTr-STC ngày ...".
 */
export function basisText(basis: LegalBasisObject): string {
  const text = clean(basis.text);
  if (text) return text;
  const ref = clean(basis.ref);
  const parsed = ref ? parseLegalRef(ref) : undefined;
  const type = clean(basis.type) || (parsed?.ok ? (parsed.value.typeName?.vi ?? '') : '');
  const date = shortDate(basis.date) || clean(basis.date);
  const document = [type, ref ? `số ${ref}` : '', date ? `ngày ${date}` : ''].filter(Boolean).join(' ');
  if (basis.verb === 'theo-de-nghi' || basis.verb === 'xet-de-nghi') {
    const who = clean(basis.proposer) || clean(basis.issuer);
    return [who, document ? `tại ${document}` : '', clean(basis.summary)].filter(Boolean).join(' ');
  }
  return [document, clean(basis.issuer) ? `của ${clean(basis.issuer)}` : '', clean(basis.summary)].filter(Boolean).join(' ');
}
