import { hasTemplateBlank } from '../overlay/blank.js';
import type { TextEdit } from '../diagnostics.js';
import { defineRule, type FixInput } from '../engine/define.js';
import { plainOrQuoted, replaceFlowItemsEdit, replaceScalarEdit } from '../engine/edits.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { formatMessage } from '../i18n/message.js';
import type { AgencyResolver } from '../agencies/resolver.js';
import { agencyRefGroups, agencyRefLocator, agencyRefs, type AgencyRef } from '../model/agency-refs.js';
import type { RegistryIndex } from '../agencies/registry-index.js';
import { compareIso, formatViDate, isoDate, parseDate } from '../parse/date.js';
import type { AgencyEntry } from '../schema/registry.js';
import { detectEol, type OffsetRange } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';
import { ObjectMemo } from '../text/object-memo.js';

const REPLACE = { vi: 'Đổi thành "{name}"', en: 'Change to "{name}"' };
/**
 * Below this, a "did you mean" misleads more than it helps: "Ban Chỉ đạo chuyển đổi
 * số" shares only "ban" with "Ủy ban nhân dân huyện" (0.55), while real slips
 * ("Phòng Tư Pháp huyện", "Phòng Văn hóa Thông tin") score 0.75 and more.
 */
const MIN_SCORE = 0.65;
const QUOTE = { vi: 'Đặt "{name}" trong dấu ngoặc kép', en: 'Quote "{name}"' };
const SPLIT = { vi: 'Tách thành {count} cơ quan', en: 'Split into {count} agencies' };

const REPORTING = `reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

export const agencyKnown = defineRule({
  meta: {
    id: 'agency-known',
    category: 'agencies',
    severity: 'error',
    fixable: 'safe',
    description: {
      vi: 'Mọi cơ quan ghi trong kế hoạch (chủ trì, phối hợp, mục "Tổ chức thực hiện", báo cáo từ/cho/qua) phải có trong danh mục cơ quan đang dùng; tên sai được gợi ý tên gần nhất.',
      en: 'Every agency the plan names (lead, coordinators, duty sections, report from/to/via) must be in the agency registry in effect; a wrong name gets the closest names suggested.',
    },
    rationale: {
      vi: 'Nhiệm vụ chỉ có người chịu trách nhiệm khi cơ quan chủ trì là một cơ quan có thật, xác định được. Tên được so khớp như người đọc so: không phân biệt Unicode dựng sẵn/tổ hợp, chữ hoa/thường, vị trí dấu thanh ("hoá" = "hóa"), loại dấu gạch ("–" = "-"), "&" = "và", và "UBND", "HĐND" được hiểu là "Ủy ban nhân dân", "Hội đồng nhân dân". Ghi mã (ví dụ `phong-vhtt`) hoặc bất kỳ tên, tên viết tắt, tên gọi khác nào có trong danh mục đều được. Cơ quan đã giải thể, hợp nhất trước năm kế hoạch (ví dụ sau ngày 01/7/2025) cũng bị báo. Trong danh sách [ ], YAML tách tên có dấu phẩy ("UBND các xã, thị trấn") thành hai mục: chỗ này được sửa tự động bằng cách đặt tên trong dấu ngoặc kép. Tên gợi ý ("Có phải là ...?") chỉ được `kehoach validate --fix` áp dụng khi đó là tên gần đúng duy nhất và chỉ khác dấu hoặc tối đa hai ký tự; các tên gợi ý khác hiện trong trình soạn thảo để người viết chọn.',
      en: 'A task has someone responsible only when its lead is a real, identifiable agency. Names are compared the way a reader compares them: Unicode form, letter case, tone-mark placement ("hoá" = "hóa"), dash kind ("–" = "-"), "&" = "và" do not matter, and "UBND", "HĐND" read as "Ủy ban nhân dân", "Hội đồng nhân dân". An id (e.g. `phong-vhtt`) or any name, short name or alias in the registry works. An agency dissolved or merged before the plan year (e.g. after 1 July 2025) is reported too. Inside [ ], YAML splits a name containing a comma ("UBND các xã, thị trấn") into two items: that is fixed automatically by quoting the name. A suggested name ("Did you mean ...?") is applied by `kehoach validate --fix` only when it is the only candidate and differs by tone marks or at most two letters; other suggestions are offered in the editor, for the author to choose.',
    },
    messages: {
      unknown: {
        vi: 'Cơ quan "{name}" không có trong danh mục cơ quan. Ghi đúng tên hoặc mã trong danh mục, hoặc thêm cơ quan vào danh mục (registry) hay mục "agencies" của kế hoạch.',
        en: 'Agency "{name}" is not in the agency registry. Write a name or id from the registry, or add the agency to the registry or to the plan\'s "agencies".',
      },
      didYouMean: {
        vi: 'Cơ quan "{name}" không có trong danh mục cơ quan. Có phải là "{suggestion}"?',
        en: 'Agency "{name}" is not in the agency registry. Did you mean "{suggestion}"?',
      },
      splitByComma: {
        vi: 'Tên cơ quan "{name}" bị dấu phẩy tách thành {count} mục của danh sách [ ]: đặt tên trong dấu ngoặc kép.',
        en: 'The agency name "{name}" is split by its comma into {count} items of the [ ] list: put the name in double quotes.',
      },
      severalInOne: {
        vi: '"{name}" là {count} cơ quan ({agencies}) viết chung một dòng: ghi thành danh sách, mỗi cơ quan một mục.',
        en: '"{name}" is {count} agencies ({agencies}) written as one: make it a list, one agency per item.',
      },
      noRegistry: {
        vi: 'Chưa có danh mục cơ quan nên không kiểm tra được cơ quan "{name}" và các cơ quan khác: khai báo "registry" trong kế hoạch hoặc trong kehoach.config.yaml.',
        en: 'No agency registry is in effect, so agency "{name}" and the others cannot be checked: set "registry" in the plan or in kehoach.config.yaml.',
      },
      dissolved: {
        vi: '"{name}" ({official}) chỉ tồn tại đến ngày {validTo}, trước năm kế hoạch {year}.{successor}',
        en: '"{name}" ({official}) existed only until {validTo}, before the plan year {year}.{successorEn}',
      },
      notYetEstablished: {
        vi: '"{name}" ({official}) chỉ có từ ngày {validFrom}, sau năm kế hoạch {year}.',
        en: '"{name}" ({official}) exists only from {validFrom}, after the plan year {year}.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số gắn với cải cách hành chính
    lead: Phòng Văn hoá và Thông tin
    coordinators:
      - Trung tâm Truyền thông – Văn hóa – Thể thao
      - phong-noi-vu
    timeframe: Trong Quý II năm 2024
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số gắn với cải cách hành chính
    lead: Phòng Văn hóa Thông tin
    timeframe: Trong Quý II năm 2024
`,
      ],
    },
  },
  check(ctx) {
    // A template blank ("<Cơ quan chủ trì>") is template-placeholder's to report.
    const usable = (r: AgencyRef): boolean => r.text.trim() !== '' && !hasTemplateBlank(r.text);
    if (ctx.agencies.size === 0) {
      const first = agencyRefs(ctx.plan).find(usable);
      if (!first) return;
      // A registry that is named but cannot be read is reference-resolvable's to report.
      if (ctx.links.some((l) => l.kind === 'registry' && l.status !== 'ok')) return;
      ctx.report({ messageId: 'noRegistry', data: { name: first.text.trim() }, at: agencyRefLocator(first) });
      return;
    }
    // A task's verdict depends only on the task, the registry and the year: a task found
    // clean before (the same object, after an edit elsewhere) is not looked at again.
    const index = ctx.agencies.index;
    const year = ctx.year;
    const seenClean = (task: object): boolean => {
      const seen = clean.get(task);
      return seen !== undefined && seen.index === index && seen.year === year;
    };
    for (const group of agencyRefGroups(ctx.plan, seenClean)) {
      const reported = checkRefs(ctx, group.refs.filter(usable));
      if (group.task && reported === 0) clean.set(group.task, { index, year });
    }
  },
});

const clean = new ObjectMemo<object, { index: RegistryIndex; year: number | undefined }>();

type AgencyKnownContext = Parameters<typeof agencyKnown.check>[0];

/** Report the problems of some references; returns how many were reported. */
function checkRefs(ctx: AgencyKnownContext, refs: readonly AgencyRef[]): number {
  if (refs.length === 0) return 0;
  let reported = 0;
  const report: AgencyKnownContext['report'] = (r) => {
    reported++;
    ctx.report(r);
  };
  const merged = new Set<AgencyRef>();
  for (const run of commaSplitNames(refs, ctx.agencies, ctx.source)) {
    const first = run.items[0] as AgencyRef;
    const last = run.items[run.items.length - 1] as AgencyRef;
    const range = { start: ctx.rangeOf(agencyRefLocator(first)).start, end: ctx.rangeOf(agencyRefLocator(last)).end };
    for (const r of run.items) merged.add(r);
    // The fix replaces exactly the items it joins, found in the parsed list itself (not
    // through the report's location, which may fall back to a larger place).
    const edit = first.list && first.index !== undefined && last.index !== undefined
      ? replaceFlowItemsEdit(ctx.source, first.list, first.index, last.index, JSON.stringify(run.name))
      : undefined;
    report({
      messageId: 'splitByComma',
      data: { name: run.name, count: run.items.length },
      at: { range },
      ...(edit ? { fix: { title: formatMessage(QUOTE, { name: run.name }), edits: [edit] } } : {}),
    });
  }
  const yearStart = ctx.year === undefined ? undefined : isoDate(ctx.year, 1, 1);
  const yearEnd = ctx.year === undefined ? undefined : isoDate(ctx.year, 12, 31);
  for (const ref of refs) {
    if (merged.has(ref)) continue;
    const name = ref.text.trim();
    const at = agencyRefLocator(ref);
    const hit = ctx.agencies.resolve(name);
    if (hit) {
      const entry = hit.entry;
      const validTo = entry.validTo === undefined ? undefined : parseDate(entry.validTo);
      const validFrom = entry.validFrom === undefined ? undefined : parseDate(entry.validFrom);
      if (validTo?.ok && yearStart && compareIso(validTo.date, yearStart) < 0) {
        const successor = entry.successor === undefined ? undefined : ctx.agencies.byId(entry.successor);
        report({
          messageId: 'dissolved',
          data: {
            name,
            official: entry.name,
            validTo: formatViDate(validTo.date),
            year: ctx.year ?? '',
            successor: successor ? ` Cơ quan tiếp nhận: "${successor.name}".` : '',
            successorEn: successor ? ` Its successor is "${successor.name}".` : '',
          },
          at,
          suggestions: successor ? [replaceWith(ctx.source, ctx.rangeOf(at), successor)] : [],
        });
      } else if (validFrom?.ok && yearEnd && compareIso(validFrom.date, yearEnd) > 0) {
        report({
          messageId: 'notYetEstablished',
          data: { name, official: entry.name, validFrom: formatViDate(validFrom.date), year: ctx.year ?? '' },
          at,
        });
      }
      continue;
    }
    const parts = splitAgencies(name, ctx.agencies);
    if (parts) {
      const edit = splitEdit(ctx.source, ctx.rangeOf(at), ref, parts);
      report({
        messageId: 'severalInOne',
        data: { name, count: parts.length, agencies: parts.map((p) => `"${p}"`).join(', ') },
        at,
        suggestions: edit ? [{ title: formatMessage(SPLIT, { count: parts.length }), edits: [edit] }] : [],
      });
      continue;
    }
    const ranked = ctx.agencies.suggest(name, 5).filter((r) => r.score >= MIN_SCORE).slice(0, 3);
    const best = ranked[0]?.item;
    if (!best) {
      report({ messageId: 'unknown', data: { name }, at });
      continue;
    }
    const range = ctx.rangeOf(at);
    report({
      messageId: 'didYouMean',
      data: { name, suggestion: best.name },
      at,
      suggestions: ranked.map((r) => replaceWith(ctx.source, range, r.item)),
    });
  }
  return reported;
}

function replaceWith(source: YamlSource, range: OffsetRange, entry: AgencyEntry): FixInput {
  return { title: formatMessage(REPLACE, { name: entry.name }), edits: [replaceScalarEdit(source, range, entry.name)] };
}

/**
 * "Phòng Văn hóa và Thông tin, Văn phòng HĐND&UBND; UBND các xã, thị trấn" as the
 * agencies it lists, when every part resolves; undefined otherwise. Commas also
 * occur inside names ("UBND các xã, thị trấn"), so pieces are joined back when only
 * the joined text is a known name.
 */
export function splitAgencies(text: string, agencies: AgencyResolver): string[] | undefined {
  const pieces = text.split(/([,;])/);
  const words: string[] = [];
  const seps: string[] = [];
  pieces.forEach((p, i) => (i % 2 === 0 ? words.push(p) : seps.push(p)));
  const n = words.length;
  if (n < 2 || n > 40) return undefined;
  // best[i]: fewest parts covering words[i..]; undefined when impossible. Fewer, longer parts win.
  const best: (string[] | undefined)[] = new Array(n + 1);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    let text = '';
    for (let j = i; j < n; j++) {
      text += (j > i ? (seps[j - 1] ?? '') : '') + (words[j] ?? '');
      const rest = best[j + 1];
      const part = text.trim();
      if (!rest || part === '' || !agencies.resolve(part)) continue;
      if (!best[i] || rest.length + 1 < (best[i] as string[]).length) best[i] = [part, ...rest];
    }
  }
  const parts = best[0];
  return parts && parts.length >= 2 ? parts : undefined;
}

/** The parts as list items, in the style of the list (or a flow list for a lone value). */
function splitEdit(source: YamlSource, range: OffsetRange, ref: AgencyRef, parts: string[]): TextEdit | undefined {
  const original = source.text.slice(range.start, range.end);
  if (original.includes('#') || /[\r\n]/.test(original)) return undefined;
  const flowItems = parts.map(flowItem);
  if (ref.list === undefined) return { range, newText: `[${flowItems.join(', ')}]` };
  const node = source.nodeOf(ref.list);
  if (!node) return undefined;
  if (node.flow) return { range, newText: flowItems.join(', ') };
  const items = parts.map(plainOrQuoted);
  const col = source.lines.positionAt(range.start).character;
  const dash = source.text.lastIndexOf('-', range.start);
  const dashCol = dash >= 0 ? source.lines.positionAt(dash).character : col - 2;
  const eol = detectEol(source.text);
  const lead = `${eol}${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, col - dashCol - 1))}`;
  return { range, newText: items.join(lead) };
}

/** A scalar inside [ ]: commas and brackets end a plain scalar there, so such names are quoted. */
function flowItem(s: string): string {
  return /[,[\]{}]/.test(s) ? JSON.stringify(s) : plainOrQuoted(s);
}

interface CommaRun {
  name: string;
  items: AgencyRef[];
}

/**
 * In a flow list "[Các cơ quan, đơn vị liên quan, UBND các xã, thị trấn]" YAML splits
 * names at their commas: consecutive items that only together make a known name.
 */
function commaSplitNames(refs: readonly AgencyRef[], agencies: AgencyResolver, source: YamlSource): CommaRun[] {
  const runs: CommaRun[] = [];
  const lists = new Map<string[], AgencyRef[]>();
  for (const r of refs) {
    if (!r.list || !source.nodeOf(r.list)?.flow) continue;
    let items = lists.get(r.list);
    if (!items) lists.set(r.list, (items = []));
    items.push(r);
  }
  for (const items of lists.values()) {
    const known = items.map((r) => !!agencies.resolve(r.text.trim()));
    let i = 0;
    while (i < items.length) {
      let taken = 0;
      for (let j = items.length - 1; j > i; j--) {
        if (known.slice(i, j + 1).every(Boolean)) continue;
        if ((items[j] as AgencyRef).index !== ((items[i] as AgencyRef).index ?? 0) + (j - i)) continue;
        const name = items.slice(i, j + 1).map((r) => r.text.trim()).join(', ');
        if (!agencies.resolve(name)) continue;
        runs.push({ name, items: items.slice(i, j + 1) });
        taken = j - i + 1;
        break;
      }
      i += taken || 1;
    }
  }
  return runs;
}
