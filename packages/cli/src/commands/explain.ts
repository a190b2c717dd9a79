import { builtinRules, pick, rankSuggestions, type AnyRule, type Locale } from '@kehoach/core';
import { exampleCode, type RuleExample } from '@kehoach/core/internal';
import { localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { CliError } from '../errors.js';
import { helpText } from '../help.js';
import { t } from '../messages.js';
import { displayWidth } from '../format/snippet.js';

const DOCS = 'https://github.com/kehoach/kehoach/blob/main/packages/core/docs/rules';

const CATEGORY: Record<string, { vi: string; en: string }> = {
  core: { vi: 'luật thứ nhất (chủ trì, thời gian, báo cáo)', en: 'first law (lead, timeframe, report path)' },
  agencies: { vi: 'cơ quan', en: 'agencies' },
  timeframe: { vi: 'thời gian', en: 'timeframes' },
  legal: { vi: 'văn bản căn cứ', en: 'legal references' },
  text: { vi: 'chữ viết', en: 'text' },
  structure: { vi: 'cấu trúc tệp', en: 'file structure' },
  hierarchy: { vi: 'kế hoạch cấp trên, cấp dưới', en: 'parent and child plans' },
  report: { vi: 'báo cáo kết quả thực hiện', en: 'progress reports' },
};

/** `kehoach explain RULE` / `--list`: a rule's docs in the terminal, from its meta. */
export async function explainCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'explain',
    argv,
    { list: { type: 'boolean' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  const locale = (ctx.locale = await resolveLocale(ctx, localeOption(values.locale)));
  const rules = ctx.options.rules ?? builtinRules;
  if (values.help) {
    ctx.io.stdout(helpText('explain', locale));
    return 0;
  }
  if (values.list) {
    ctx.io.stdout(listRules(rules, locale));
    return 0;
  }
  if (positionals.length > 1) throw new CliError('unexpectedArgument', { value: positionals[1] as string });
  const id = positionals[0];
  if (id === undefined) throw new CliError('explainMissing');
  const rule = rules.get(id);
  if (!rule) {
    const ranked = rankSuggestions(id, [...rules.keys()], (k) => [k], { limit: 3, minScore: 0.3 });
    const lines = [t(locale, 'unknownRule', { id })];
    if (ranked.length) lines.push(t(locale, 'didYouMean', { list: ranked.map((r) => r.item).join(', ') }));
    ctx.io.stderr(`${lines.join('\n')}\n`);
    return 2;
  }
  ctx.io.stdout(explainRule(rule, locale));
  return 0;
}

function severityLabel(severity: string, locale: Locale): string {
  return t(locale, `severity_${severity}` as 'severity_error');
}

export function explainRule(rule: AnyRule, locale: Locale): string {
  const m = rule.meta;
  const fixable = m.fixable === 'safe' ? 'fixSafe' : m.fixable === 'suggestion' ? 'fixSuggestion' : 'fixNone';
  const category = CATEGORY[m.category];
  const out = [
    m.id,
    '='.repeat(m.id.length),
    '',
    `${t(locale, 'labelDescription')}: ${pick(m.description, locale)}`,
    `${t(locale, 'labelSeverity')}: ${severityLabel(m.severity, locale)}`,
    `${t(locale, 'labelCategory')}: ${category ? `${pick(category, locale)} (${m.category})` : m.category}`,
    `${t(locale, 'labelFixable')}: ${t(locale, fixable)}`,
    `${t(locale, 'labelScope')}: ${t(locale, m.scope === 'project' ? 'scopeProject' : 'scopeFile')}`,
    '',
    `${t(locale, 'labelRationale')}:`,
    indent(pick(m.rationale, locale)),
    '',
  ];
  out.push(...examples(t(locale, 'labelInvalid'), m.examples.invalid));
  out.push(...examples(t(locale, 'labelValid'), m.examples.valid));
  out.push(`${t(locale, 'labelDocs')}: ${DOCS}/${m.id}.md`, '');
  return out.join('\n');
}

function examples(label: string, list: readonly RuleExample[]): string[] {
  if (list.length === 0) return [];
  const out = [`${label}:`, ''];
  for (const e of list) {
    if (typeof e !== 'string' && e.files) {
      for (const [path, text] of Object.entries(e.files)) out.push(`    # ${path}`, indent(text.trimEnd(), '    '), '');
      out.push(`    # ${e.path ?? '/work/plan.kehoach.yaml'}`);
    }
    out.push(indent(exampleCode(e).trimEnd(), '    '), '');
  }
  return out;
}

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');
}

function listRules(rules: ReadonlyMap<string, AnyRule>, locale: Locale): string {
  const rows = [...rules.values()].map((r) => ({ id: r.meta.id, sev: severityLabel(r.meta.severity, locale), desc: pick(r.meta.description, locale) }));
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const sevWidth = Math.max(...rows.map((r) => displayWidth(r.sev)));
  return `${rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.sev}${' '.repeat(sevWidth - displayWidth(r.sev))}  ${r.desc}`).join('\n')}\n`;
}
