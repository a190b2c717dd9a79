import { EXAMPLE_AGENCIES, MemoryHost, Project, type PlanAnalysis } from '@kehoach/core';
import { buildDocument, loadForRender, type RenderDocument } from '../../src/index.js';

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

/** Every text of the document, one per line, in reading order. */
export function textsOf(doc: RenderDocument): string[] {
  const out: string[] = [];
  const h = doc.header;
  if (h.governingBody) out.push(h.governingBody);
  out.push(...h.issuerLines, h.number, h.nationalTitle, h.motto, h.placeDate, doc.title.kind, doc.title.summary, ...doc.bases);
  if (doc.preamble) out.push(doc.preamble);
  const walk = (blocks: RenderDocument['sections'][number]['blocks']): void => {
    for (const b of blocks) {
      out.push(b.kind === 'paragraph' ? b.text : `${b.marker} ${b.text}`);
      if (b.kind === 'item') walk(b.children);
    }
  };
  for (const s of doc.sections) {
    out.push(`${s.numeral}. ${s.title}`);
    walk(s.blocks);
  }
  if (doc.closing) out.push(doc.closing);
  out.push(...doc.signature.lines, doc.signature.name, doc.recipients.heading, ...doc.recipients.items);
  return out;
}
