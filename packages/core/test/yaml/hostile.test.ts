import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { YamlSource } from '../../src/yaml/source.js';
import { MAX_NESTING } from '../../src/yaml/nesting.js';

/** Files of issue 18 (item 5): one small file used to abort the whole run. */
const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url)), 'utf8');

describe('hostile YAML never throws', () => {
  it.each(['nested-brackets.kehoach.yaml', 'nested-maps.kehoach.yaml'])('%s: refused as too deep, at the deepest point', (name) => {
    const text = fixture(name);
    const { diagnostics } = lintText(text);
    const syntax = diagnostics.filter((d) => d.ruleId === 'yaml-syntax');
    expect(syntax.map((d) => d.messageId)).toEqual(['tooDeep']);
    expect(syntax[0]!.range.start.line).toBe(6);
    expect(syntax[0]!.message.vi).toContain(String(MAX_NESTING));
  });

  it('reads indentation nested past the limit as too deep too', () => {
    const lines = Array.from({ length: MAX_NESTING }, (_, i) => `${' '.repeat(i * 2 + 2)}- `);
    const source = new YamlSource('/p.yaml', `objectives:\n${lines.join('\n')}x\n`);
    expect(source.problems.map((p) => p.code)).toEqual(['TOO_DEEP']);
    expect(source.value).toBeUndefined();
  });

  it('keeps a plan nested as deep as the format goes', () => {
    const depth = 40;
    let text = 'kind: plan\nsections:\n';
    for (let i = 0; i < depth; i++) text += `${'  '.repeat(i * 2 + 1)}- heading: Mục ${i}\n${'  '.repeat(i * 2 + 2)}items:\n`;
    text += `${'  '.repeat(depth * 2 + 1)}- Đoạn cuối.\n`;
    const source = new YamlSource('/p.yaml', text);
    expect(source.problems).toEqual([]);
  });

  it('reads a !!binary timeframe as the text written, with a syntax error on the tag', () => {
    const { diagnostics, analysis } = lintText(fixture('binary-timeframe.kehoach.yaml'));
    const syntax = diagnostics.filter((d) => d.ruleId === 'yaml-syntax');
    expect(syntax.map((d) => [d.messageId, d.message.en.includes('"!!binary"')])).toEqual([['unsupportedTag', true]]);
    expect(analysis.plan?.tasks?.[0]?.timeframe).toBe('aGVsbG8=');
  });
});
