import type { z } from 'zod';
import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { keyDoc, knownKeys, childSchema } from '../schema/navigate.js';
import { looseKey } from '../text/normalize.js';
import { rankSuggestions } from '../text/similarity.js';
import { formatMessage } from '../i18n/message.js';

const RENAME = { vi: 'Đổi thành "{suggestion}"', en: 'Rename to "{suggestion}"' };

export const unknownKey = defineRule({
  meta: {
    id: 'unknown-key',
    category: 'structure',
    severity: 'error',
    appliesTo: ['plan', 'registry', 'config', 'template', 'report'],
    description: {
      vi: 'Chỉ dùng các khóa có trong mẫu kế hoạch; khóa gõ sai được gợi ý khóa đúng.',
      en: 'Only keys the plan format knows are allowed; a mistyped key gets the right one suggested.',
    },
    rationale: {
      vi: 'Một khóa gõ sai ("coordinator" thay vì "coordinators") làm thông tin bị bỏ qua một cách âm thầm: không kiểm tra, không in ra văn bản.',
      en: 'A mistyped key ("coordinator" for "coordinators") silently drops information: it is neither checked nor rendered.',
    },
    messages: {
      unknown: {
        vi: 'Khóa "{key}" không có trong mẫu kế hoạch ở vị trí này.',
        en: 'Key "{key}" is not part of the plan format here.',
      },
      didYouMean: {
        vi: 'Khóa "{key}" không có trong mẫu kế hoạch ở vị trí này. Có phải là "{suggestion}" ({title})?',
        en: 'Key "{key}" is not part of the plan format here. Did you mean "{suggestion}" ({titleEn})?',
      },
    },
    fixable: 'suggestion',
    examples: {
      valid: [`${EXAMPLE_HEAD}place: Bình Sơn\n`],
      invalid: [`${EXAMPLE_HEAD}palce: Bình Sơn\n`],
    },
  },
  check(ctx) {
    for (const p of ctx.schemaProblems) {
      if (p.kind !== 'unknown-key' || !p.anchor) continue;
      const key = String(p.path.at(-1));
      const owner = p.anchor.container;
      const range = ctx.source.keyRange(owner, key);
      const at = range ? { range } : { node: owner, part: 'head' as const };
      const best = p.expected ? suggestionFor(p.expected, key) : undefined;
      if (!best || !range) {
        ctx.report({ messageId: 'unknown', data: { key }, at });
        continue;
      }
      const docs = p.expected ? keyDoc(childSchema(p.expected, best)) : undefined;
      const data = { key, suggestion: best, title: docs?.title ?? best, titleEn: docs?.['x-title-en'] ?? best };
      ctx.report({
        messageId: 'didYouMean',
        data,
        at,
        suggestions: [{ title: formatMessage(RENAME, { suggestion: best }), edits: [{ range, newText: best }] }],
      });
    }
  },
});

/**
 * The key to suggest for `key` where `expected` applies, remembered per schema: the
 * same mistyped key is met again at every check while the author edits elsewhere, and
 * ranking it against every known key and title is the costly part of this rule.
 */
const suggestions = new WeakMap<z.ZodType, Map<string, string | undefined>>();
const MAX_REMEMBERED = 2000;

function suggestionFor(expected: z.ZodType, key: string): string | undefined {
  let byKey = suggestions.get(expected);
  if (!byKey) suggestions.set(expected, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key);
  const best = bestKey(key, knownKeys(expected), (k) => {
    const docs = keyDoc(childSchema(expected, k));
    return docs ? [k, docs.title, docs['x-title-en']] : [k];
  });
  if (byKey.size >= MAX_REMEMBERED) byKey.clear();
  byKey.set(key, best);
  return best;
}

/**
 * Authors who are not programmers often type the Vietnamese name of a field
 * ("chủ trì", "thoi gian"): match against the keys' Vietnamese and English titles too.
 */
function bestKey(key: string, candidates: string[], namesOf: (k: string) => string[]): string | undefined {
  const loose = looseKey(key.replace(/[_]/g, ' '));
  for (const c of candidates) {
    if (namesOf(c).some((n) => looseKey(n) === loose)) return c;
  }
  const ranked = rankSuggestions(key, candidates, namesOf, { limit: 1, minScore: 0.5 });
  return ranked[0]?.item;
}
