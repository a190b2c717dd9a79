import { lintText } from '@kehoach/core';
import { renderPlan } from '@kehoach/render';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { SEEDS, seedText } from './measure.js';

describe.each(SEEDS)('import -> validate -> render: %s', (seed) => {
  const { yaml } = importText(seedText(seed), { fileName: `${seed}.txt` });
  const lint = lintText(yaml, { uri: `${seed}.kehoach.yaml` });

  it('renders Markdown and DOCX without losing the title', async () => {
    const md = await renderPlan(lint.analysis, { format: 'md' });
    expect(md).toContain(String((lint.analysis.plan as { title: string }).title));
    const docx = await renderPlan(lint.analysis, { format: 'docx' });
    expect(docx.byteLength).toBeGreaterThan(1000);
  });
});
