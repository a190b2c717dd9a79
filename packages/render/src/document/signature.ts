import type { Recipient, Signature } from '@kehoach/core';
import type { BuildContext } from './context.js';
import type { Recipients, SignatureBlock } from './model.js';
import { clean, endWith, upper } from './text.js';

const PEOPLE_COMMITTEE = /^((?:ủy|uỷ) ban nhân dân)/iu;

/**
 * The signature block. A chain prints its capacity lines top to bottom ("TM. ỦY BAN
 * NHÂN DÂN", "KT. CHỦ TỊCH"), then the signer's title and name. Without a chain, TM. (on
 * behalf of the collective) and KT. (for the head) each take a line of their own above
 * the signer's title; Q. (acting) joins the title.
 */
export function buildSignature(ctx: BuildContext, signature: Signature | undefined = ctx.plan.signature): SignatureBlock {
  const sig: Partial<Signature> = signature && typeof signature === 'object' ? signature : {};
  const capacity = upper(sig.capacity ?? '');
  if (Array.isArray(sig.chain) && sig.chain.length) {
    const lines = sig.chain
      .filter((l) => l && typeof l === 'object')
      .map((l) => `${clean(l.authority)}. ${upper(l.for ?? '')}`.trim());
    if (capacity) lines.push(capacity);
    return { lines, name: clean(sig.name) };
  }
  const issuer = clean(ctx.plan.issuer?.name);
  const committee = PEOPLE_COMMITTEE.exec(issuer)?.[1];
  let forWhom = upper(sig.for ?? '');
  const lines: string[] = [];
  switch (sig.authority ?? impliedAuthority(forWhom, capacity)) {
    case 'TM':
      forWhom ||= upper(committee ?? issuer);
      lines.push(`TM. ${forWhom}`.trim());
      if (capacity) lines.push(capacity);
      break;
    case 'KT':
      forWhom ||= committee ? 'CHỦ TỊCH' : '';
      lines.push(`KT. ${forWhom}`.trim());
      if (capacity) lines.push(capacity);
      break;
    case 'Q':
      lines.push(`Q. ${capacity || forWhom}`.trim());
      break;
    case 'TL':
    case 'TUQ':
      lines.push(`${sig.authority}. ${forWhom}`.trim());
      if (capacity) lines.push(capacity);
      break;
    default:
      if (forWhom && forWhom !== capacity) lines.push(forWhom);
      if (capacity) lines.push(capacity);
  }
  return { lines, name: clean(sig.name) };
}

/**
 * A deputy signing for the head ("for: Chủ tịch", "capacity: Phó Chủ tịch") signs
 * "KT." whether or not the plan says so: Nghị định 30/2020, Điều 13 knows no other way.
 */
function impliedAuthority(forWhom: string, capacity: string): 'KT' | undefined {
  return forWhom && capacity === `PHÓ ${forWhom}` ? 'KT' : undefined;
}

/**
 * "Nơi nhận:" with "- ...;" lines and "- Lưu: ..." last: the filing line is the
 * fixed wording of Nghị định 30, with the plan's own filing list (`archive`), else "VT".
 */
export function buildRecipients(
  ctx: BuildContext,
  recipients: readonly Recipient[] | undefined = ctx.plan.recipients,
  archiveList: readonly string[] | undefined = ctx.plan.archive,
): Recipients {
  const items: string[] = [];
  for (const r of Array.isArray(recipients) ? recipients : []) {
    let text: string;
    if (typeof r === 'string') text = ctx.agencyName(r);
    else if (typeof r === 'object' && r !== null) {
      const name = clean(r.name) || ctx.agencyName(r.agency);
      const purpose = clean(r.purpose);
      text = name && purpose && !name.includes(`(${purpose})`) ? `${name} (${purpose})` : name;
    } else continue;
    if (text) items.push(`- ${endWith(text.replace(/^[-–]\s*/, ''), ';')}`);
  }
  const archive = (Array.isArray(archiveList) ? archiveList : []).map(clean).filter(Boolean);
  items.push(`- ${endWith(`Lưu: ${archive.length ? archive.join(', ') : 'VT'}`, '.')}`);
  return { heading: 'Nơi nhận:', items };
}
