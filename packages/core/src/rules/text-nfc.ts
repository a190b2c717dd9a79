import { z } from 'zod';
import { defineRule, type FixInput } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { formatMessage } from '../i18n/message.js';
import { isNfc, toTonePlacement, tonePlacementOf, type TonePlacementStyle } from '../text/normalize.js';
import { CleanVersions } from '../yaml/clean-versions.js';
import type { SourceHistory } from '../yaml/source.js';

const options = z.strictObject({
  /**
   * Where tone marks sit in open "oa", "oe", "uy": `classic` ("hóa, thủy"), `reformed`
   * ("hoá, thuỷ"), or `any` (both accepted, the default: real offices mix them).
   */
  tonePlacement: z
    .enum(['any', 'classic', 'reformed'])
    .default('any')
    .describe('Vị trí dấu thanh trong "oa, oe, uy": classic ("hóa, thủy"), reformed ("hoá, thuỷ") hoặc any (không kiểm tra) / tone-mark placement'),
  /** Above this many places, one diagnostic with one fix for the whole file. */
  maxReports: z.number().int().min(1).default(20).describe('Quá số chỗ này thì báo một lần cho cả tệp / above this many places, one report for the whole file'),
});

type Kind = 'notNfc' | 'eth' | 'tonePlacement';

interface Spot {
  kind: Kind;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const ETH = /[\u00D0\u00F0]/;
const STYLE_VI: Record<TonePlacementStyle, string> = { classic: 'cũ ("hóa", "thủy")', reformed: 'mới ("hoá", "thuỷ")' };
const STYLE_EN: Record<TonePlacementStyle, string> = { classic: 'classic ("hóa", "thủy")', reformed: 'reformed ("hoá", "thuỷ")' };
const FIX = { vi: 'Sửa thành "{fixed}"', en: 'Change to "{fixed}"' };
const FIX_ALL = { vi: 'Sửa cả {count} chỗ trong tệp', en: 'Fix all {count} places in the file' };

/** The last version of each file found in NFC and without "Ð" (see CleanVersions). */
const cleanVersions = new CleanVersions();

/**
 * Whether the whole text is in NFC and has no Eth. Normalisation never reaches across
 * a line break (LF has no mark to take and composes with nothing), so a text is in NFC
 * when each of its lines is. A 3 MB plan costs a few milliseconds to normalise whole.
 */
function cleanText(history: SourceHistory, text: string): boolean {
  return cleanVersions.clean(history, text, (span) => isNfc(span) && !ETH.test(span));
}

function fixWord(word: string, style: TonePlacementStyle | undefined): string {
  const nfc = word.normalize('NFC').replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111');
  return style ? toTonePlacement(nfc, style) : nfc;
}

export const textNfc = defineRule({
  meta: {
    id: 'text-nfc',
    category: 'text',
    severity: 'warn',
    fixable: 'safe',
    options,
    appliesTo: ['plan', 'registry', 'template', 'report'],
    description: {
      vi: 'Chữ tiếng Việt phải ở dạng Unicode dựng sẵn (NFC), không dùng "Ð" (Eth) thay cho "Đ"; tùy chọn: thống nhất cách đặt dấu thanh ("hóa" hay "hoá").',
      en: 'Vietnamese text must be in precomposed Unicode (NFC), without "Ð" (Eth) for "Đ"; optionally, one tone-mark placement ("hóa" or "hoá").',
    },
    rationale: {
      vi: 'Văn bản chép từ PDF hay từ một số bộ gõ có chữ ở dạng tổ hợp (NFD): nhìn giống hệt nhưng tìm kiếm, sắp xếp và so khớp tên cơ quan trong các công cụ khác sẽ trượt. Sửa tự động an toàn vì chữ hiển thị không đổi. Kiểu đặt dấu "hóa"/"hoá" đều đúng chính tả và văn bản thực tế dùng lẫn cả hai, nên mặc định không kiểm tra; cơ quan muốn thống nhất thì đặt tùy chọn "tonePlacement".',
      en: 'Text copied from PDFs or some input methods arrives decomposed (NFD): it looks identical, but searching, sorting and matching agency names in other tools fails. The automatic fix is safe because the visible text does not change. Both tone placements ("hóa"/"hoá") are correct spelling and real documents mix them, so they are not checked by default; an office that wants one sets the "tonePlacement" option.',
    },
    messages: {
      notNfc: {
        vi: '"{text}" không ở dạng Unicode dựng sẵn (NFC): chữ trông giống nhau nhưng tìm kiếm và so khớp sẽ sai.',
        en: '"{text}" is not in precomposed Unicode (NFC): it looks the same, but searching and matching fail.',
      },
      eth: {
        vi: '"{text}" dùng chữ "Ð" (Eth, U+00D0) thay cho chữ "Đ" tiếng Việt (U+0110).',
        en: '"{text}" uses "Ð" (Eth, U+00D0) instead of the Vietnamese "Đ" (U+0110).',
      },
      tonePlacement: {
        vi: '"{text}" đặt dấu thanh khác kiểu đã chọn, kiểu {style}: viết "{fixed}".',
        en: '"{text}" places its tone mark unlike the chosen {styleEn} style: write "{fixed}".',
      },
      many: {
        vi: 'Tệp có {count} chỗ chữ viết cần chuẩn hóa (dạng NFC, chữ "Đ", cách đặt dấu), chỗ đầu tiên là "{text}": dùng sửa tự động để sửa tất cả.',
        en: 'The file has {count} places whose text needs normalising (NFC, "Đ", tone placement), the first being "{text}": use the automatic fix to fix them all.',
      },
    },
    examples: {
      valid: [`${EXAMPLE_HEAD}place: Bình Sơn\n`],
      invalid: [`${EXAMPLE_HEAD}place: ${'Bình Sơn'.normalize('NFD')}\n`],
    },
  },
  check(ctx) {
    const text = ctx.source.text;
    const style = ctx.options.tonePlacement === 'any' ? undefined : ctx.options.tonePlacement;
    if (!style && cleanText(ctx.source.history, text)) return;
    const spots: Spot[] = [];
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      const start = m.index;
      const kind = kindOf(word, style);
      if (!kind || commentLine(text, start)) continue;
      spots.push({ kind, start, end: start + word.length });
    }
    if (spots.length === 0) return;
    const fixSpan = (start: number, end: number): string => text.slice(start, end).replace(WORD, (w) => (kindOf(w, style) ? fixWord(w, style) : w));

    if (spots.length > ctx.options.maxReports) {
      const first = spots[0] as Spot;
      const edits = spots.map((s) => ({ range: { start: s.start, end: s.end }, newText: fixSpan(s.start, s.end) }));
      ctx.report({
        messageId: 'many',
        data: { count: spots.length, text: text.slice(first.start, first.end) },
        at: { range: { start: first.start, end: first.end } },
        fix: { title: formatMessage(FIX_ALL, { count: spots.length }), edits },
      });
      return;
    }
    // One diagnostic per line and kind: "Phòng Văn hóa" in NFD is one problem, not three.
    const groups: Spot[] = [];
    for (const s of spots) {
      const last = groups[groups.length - 1];
      if (last && last.kind === s.kind && !/[\r\n]/.test(text.slice(last.end, s.start))) last.end = s.end;
      else groups.push({ ...s });
    }
    for (const g of groups) {
      const original = text.slice(g.start, g.end);
      const fixed = fixSpan(g.start, g.end);
      const fix: FixInput = { title: formatMessage(FIX, { fixed }), edits: [{ range: { start: g.start, end: g.end }, newText: fixed }] };
      const data = { text: original, fixed, style: style ? STYLE_VI[style] : '', styleEn: style ? STYLE_EN[style] : '' };
      ctx.report({ messageId: g.kind, data, at: { range: { start: g.start, end: g.end } }, fix });
    }
  },
});

function kindOf(word: string, style: TonePlacementStyle | undefined): Kind | undefined {
  if (word.normalize('NFC') !== word) return 'notNfc';
  if (ETH.test(word)) return 'eth';
  if (style) {
    const used = tonePlacementOf(word);
    if (used && used !== style) return 'tonePlacement';
  }
  return undefined;
}

/** A line that is only a comment: the author's notes are not checked for style. */
function commentLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*#/.test(text.slice(lineStart, offset + 1));
}
