import type { Block } from '../clean/block.js';
import type { Draft } from '../draft.js';
import { readRecipients, readSignature } from './closing.js';
import { readHeader, readTitle } from './header.js';
import { placeIntro, readIntroParts } from './legal-bases.js';
import { FOOTNOTE_RE, type DecisionZones } from './zones.js';

/**
 * "QUYẾT ĐỊNH Ban hành Kế hoạch ...": number, date, title, the authority line, bases,
 * articles ("Điều 1.", "Điều 2." are numbered by place), recipients and signature.
 */
export function readDecision(z: DecisionZones, draft: Draft): void {
  draft.plan.decision = {};
  const at = ['decision'];
  readHeader(z.header, draft, at);
  readTitle(z.kind, z.title, draft, at);
  const decision = draft.plan.decision as Record<string, unknown>;
  if (z.authority) {
    decision.authority = z.authority.text;
    draft.source([...at, 'authority'], z.authority.lines, z.authority.text);
    draft.use(z.authority);
  }
  const parts = readIntroParts(z.intro);
  placeIntro(parts, draft, at);
  draft.use(...z.intro.filter((b) => parts.bases.some((p) => p.lines.some((l) => b.lines.includes(l)))));
  if (z.decides) draft.use(z.decides);
  const articles: { text: string; more: string[]; lines: number[] }[] = [];
  for (const b of z.articles) {
    const m = /^Điều\s+\d+\s*[.:]?\s*(.*)$/u.exec(b.text);
    const last = articles[articles.length - 1];
    if (m) articles.push({ text: (m[1] as string).trim(), more: [], lines: [...b.lines] });
    else if (last) {
      last.more.push(b.text);
      last.lines.push(...b.lines);
    } else continue;
    draft.use(b);
  }
  if (articles.length) {
    decision.articles = articles.map((a) => (a.more.length ? { text: a.text, items: a.more } : a.text));
    articles.forEach((a, i) => draft.source([...at, 'articles', i], a.lines, a.text));
  }
  readRecipients(z.recipients, draft, at);
  readSignature(z.signature, draft, at);
}

/** "[1] Trong đó: ..." notes at the end; the text's "[1]" marks become "[^1]". */
export function readFootnotes(blocks: readonly Block[], draft: Draft): void {
  const notes: { mark: string; text: string }[] = [];
  for (const b of blocks) {
    const m = FOOTNOTE_RE.exec(b.text);
    if (!m || !(m[2] as string).trim()) continue;
    draft.source(['footnotes', notes.length], b.lines);
    draft.source(['footnotes', notes.length, 'text'], b.lines, m[2] as string);
    notes.push({ mark: m[1] as string, text: (m[2] as string).trim() });
    draft.use(b);
  }
  if (!notes.length) return;
  draft.plan.footnotes = notes;
  const marks = new Set(notes.map((n) => n.mark));
  const mark = (s: string): string => s.replace(/\[(\d{1,3})\]/gu, (whole, n: string) => (marks.has(n) ? `[^${n}]` : whole));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return mark(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' || k === 'task' ? x : walk(x)]));
    return v;
  };
  for (const k of ['legalBases', 'preamble', 'sections', 'appendices', 'closing', 'decision'] as const) if (draft.plan[k] !== undefined) draft.plan[k] = walk(draft.plan[k]);
}
