import { lintText } from '@kehoach/core';
import { buildDocument, renderPlan } from '@kehoach/render';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { expectedOf, SEEDS, seedText } from './measure.js';

const norm = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/hoá/g, 'hóa').replace(/\s+/g, ' ');

describe.each(SEEDS)('import -> validate -> render: %s', (seed) => {
  const { yaml } = importText(seedText(seed), { fileName: `${seed}.txt` });
  const lint = lintText(yaml, { uri: `${seed}.kehoach.yaml` });

  it('renders a task table with one row per task of the source, with its lead and timeframe', () => {
    const doc = buildDocument(lint.analysis);
    const rows = (doc.appendix?.rows ?? []).filter((r) => r.kind === 'task') as { cells: string[] }[];
    const expected = expectedOf(seed);
    const wanted = [
      ...expected.tasks.map((t) => ({ title: t.title, lead: t.lead, timeframe: t.timeframe as string | undefined })),
      ...expected.duties.flatMap((d) => d.tasks.map((t) => ({ title: t.title, lead: d.agency, timeframe: t.timeframe }))),
    ];
    expect(rows).toHaveLength(wanted.length);
    wanted.forEach((want, i) => {
      const [, title, lead, , timeframe] = rows[i]!.cells;
      expect(norm(title!)).toContain(norm(want.title));
      for (const name of want.lead) expect(norm(lead!)).toContain(norm(name));
      if (want.timeframe) expect(norm(timeframe!)).toContain(norm(want.timeframe));
    });
  });

  it('renders Markdown and DOCX without losing the title', async () => {
    const md = await renderPlan(lint.analysis, { format: 'md' });
    expect(md).toContain(String((lint.analysis.plan as { title: string }).title));
    const docx = await renderPlan(lint.analysis, { format: 'docx' });
    expect(docx.byteLength).toBeGreaterThan(1000);
  });
});
