import { EXAMPLE_AGENCIES, MemoryHost, Project, type PlanAnalysis } from '@kehoach/core';
import { buildDocument, loadForRender, type Block, type RenderDocument } from '../../src/index.js';

const REGISTRY = `kind: registry\nagencies: ${JSON.stringify(EXAMPLE_AGENCIES)}\n`;

/** A plan written inline, read through a Project with the Bình Sơn example registry. */
export async function analyzeYaml(yaml: string): Promise<PlanAnalysis> {
  const host = new MemoryHost(
    {
      '/work/registry.yaml': REGISTRY,
      '/work/kehoach.config.yaml': 'registry: ./registry.yaml\n',
      '/work/plan.kehoach.yaml': yaml,
    },
    '/work',
  );
  return loadForRender(new Project(host), '/work/plan.kehoach.yaml');
}

export async function documentOf(yaml: string): Promise<RenderDocument> {
  return buildDocument(await analyzeYaml(yaml));
}

/** The head every small plan starts with. */
export const HEAD = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
`;

/** The parts of the body: each level-1 heading ("I. MỤC ĐÍCH, YÊU CẦU") with the blocks up to the next. */
export function partsOf(doc: RenderDocument): { title: string; blocks: Block[] }[] {
  const parts: { title: string; blocks: Block[] }[] = [];
  for (const b of doc.body) {
    if (b.kind === 'heading' && b.level === 1) parts.push({ title: [b.marker, b.text].filter(Boolean).join(' '), blocks: [] });
    else parts.at(-1)?.blocks.push(b);
  }
  return parts;
}

/** A block as one line: "marker text", a paragraph's text, a table's rows as "cell | cell". */
export function lineOf(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [[b.label, b.text].filter(Boolean).join(' ')];
    case 'table':
      return [...b.head, ...b.rows.map((r) => r.cells)].map((cells) => cells.map((c) => c.text).join(' | '));
    default:
      return [[b.marker, b.text].filter(Boolean).join(' ')];
  }
}

/** The body's blocks as lines, children after their parent, in reading order. */
export function bodyLines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    out.push(...lineOf(b));
    if (b.kind === 'item') out.push(...bodyLines(b.children));
  }
  return out;
}

/** Every text of the document, one per line, in reading order. */
export function textsOf(doc: RenderDocument): string[] {
  const out: string[] = [];
  const h = doc.header;
  if (h?.governingBody) out.push(h.governingBody);
  if (h) out.push(...h.issuerLines, h.number, h.nationalTitle, h.motto, h.placeDate);
  out.push(doc.title.kind, doc.title.summary, ...doc.bases);
  if (doc.preamble) out.push(doc.preamble);
  out.push(...bodyLines(doc.body));
  if (doc.closing) out.push(doc.closing);
  if (doc.signature) out.push(...doc.signature.lines, doc.signature.name);
  if (doc.recipients) out.push(doc.recipients.heading, ...doc.recipients.items);
  return out;
}
