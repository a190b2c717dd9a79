import { lintText } from '@kehoach/core';
import { buildDocument, renderPlan, renderText } from '@kehoach/render';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { expectedOf, SEEDS, seedText } from './measure.js';

const norm = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/hoá/g, 'hóa').replace(/\s+/g, ' ');

describe.each(SEEDS)('import -> validate -> render: %s', (seed) => {
  const { yaml } = importText(seedText(seed), { fileName: `${seed}.txt` });
  const lint = lintText(yaml, { uri: `${seed}.kehoach.yaml` });

  it('renders every task of the source with its lead and timeframe', () => {
    // The rendered document's words (the renderer adds no task table the plan does not state).
    const text = norm(renderText(buildDocument(lint.analysis)));
    const expected = expectedOf(seed);
    const wanted = [
      ...expected.tasks.map((t) => ({ title: t.title, lead: t.lead, timeframe: t.timeframe as string | undefined })),
      ...expected.duties.flatMap((d) => d.tasks.map((t) => ({ title: t.title, lead: d.agency, timeframe: t.timeframe }))),
    ];
    expect(wanted.length).toBeGreaterThan(0);
    for (const want of wanted) {
      expect(text).toContain(norm(want.title));
      for (const name of want.lead) expect(text).toContain(norm(name));
      if (want.timeframe) expect(text).toContain(norm(want.timeframe));
    }
  });

  it('renders Markdown and DOCX without losing the title', async () => {
    const md = await renderPlan(lint.analysis, { format: 'md' });
    expect(md).toContain(String((lint.analysis.plan as { title: string }).title));
    const docx = await renderPlan(lint.analysis, { format: 'docx' });
    expect(docx.byteLength).toBeGreaterThan(1000);
  });
});
