import { describe, expect, it } from 'vitest';
import { renderPlan } from '../src/index.js';
import { docxParts, runsOf } from './helpers/docx-xml.js';
import { analyzeYaml, HEAD } from './helpers/inline.js';

/** Characters no XML 1.0 document may hold, not even as a character reference. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&#x?0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]|[bcef]|1[0-9a-f]|fffe|ffff);/iu;

/** Text with what XML forbids: U+FFFE, U+FFFF, NUL, ESC, a vertical tab, a lone surrogate. */
const HOSTILE = 'Tuyên\uFFFE truyền\uFFFF cải\u0000 cách\u001B hành\u000B chính\uD800 năm 2024';

describe('text the DOCX cannot hold', () => {
  it('drops the characters XML 1.0 forbids, so every part of the DOCX is well-formed', async () => {
    const yaml = `${HEAD.replace(/^title: .*$/m, `title: "${escapeYaml(HOSTILE)}"`)}objectives: ["${escapeYaml(`Mục tiêu\u0007 một\uFFFF`)}"]\n`;
    const bytes = await renderPlan(await analyzeYaml(yaml), { format: 'docx' });
    const parts = docxParts(bytes);
    for (const [name, xml] of parts) expect(FORBIDDEN.test(xml), name).toBe(false);
    const texts = runsOf(parts.get('word/document.xml') ?? '').map((r) => r.text);
    // The words around the dropped characters are all there.
    expect(texts.join('\n')).toContain('Tuyên truyền cải cách hành chính năm 2024');
    expect(texts.join('\n')).toContain('Mục tiêu một.');
    expect(parts.get('docProps/core.xml')).toContain('Tuyên truyền cải cách hành chính năm 2024');
  });

  it('drops them from HTML and Markdown too', async () => {
    const yaml = HEAD.replace(/^title: .*$/m, `title: "${escapeYaml(HOSTILE)}"`);
    const analysis = await analyzeYaml(yaml);
    for (const format of ['html', 'md'] as const) {
      const text = await renderPlan(analysis, { format });
      expect(FORBIDDEN.test(text), format).toBe(false);
      expect(text, format).toContain('Tuyên truyền cải cách hành chính năm 2024');
    }
  });
});

/** A YAML double-quoted escape for every character outside printable ASCII and Vietnamese letters. */
function escapeYaml(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}
