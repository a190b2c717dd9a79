import { isExternal, looseKey, matchKey, plainOrQuoted, planTasks, reportStatuses, targetsById, timeframeSuggestions, type PlanAnalysis, type ReportTaskInfo, type Task } from '@kehoach/core';
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Site } from './completion-site.js';
import type { DocContext, ServiceContext } from './context.js';
import { agencyMarkdown, kindLabel, legalRefMarkdown, timeframeMarkdown, timeframeSummary } from './describe.js';
import { taskMarkdown } from './describe-task.js';
import { asLegalBasis } from './plan-facts.js';
import { REPORT_MESSAGES, groupIds, infoDetail, infoMarkdown, readingOf, reportPlan, say, stateLabel, statusContext, statusEnglish, targetMarkdown, targetWording, taskHover, taskInfos } from './report.js';
import { agencyKey, docOf, enumValues, keyDocMarkdown, schemaAt, valueKind } from './value-kinds.js';
import { valueLabel } from './value-labels.js';

type ValueSite = Extract<Site, { type: 'value' }>;

/** Every word of the query begins some word of the text, ignoring diacritics ("quy ii" ~ "Quý II/2024"). */
export function looseMatch(query: string, text: string): boolean {
  const q = looseKey(query).split(/[^a-z0-9]+/).filter(Boolean);
  if (q.length === 0) return true;
  const words = looseKey(text).split(/[^a-z0-9]+/).filter(Boolean);
  return q.every((w) => words.some((x) => x.startsWith(w)));
}

/** The value as YAML at the site: quoted the way the author started, or when the text needs it. */
export function yamlValue(text: string, site: ValueSite): string {
  if (site.quote === '"') return JSON.stringify(text);
  if (site.quote === "'") return `'${text.replace(/'/g, "''")}'`;
  if (site.flow && /[,[\]{}]/.test(text)) return JSON.stringify(text);
  return plainOrQuoted(text);
}

function item(dc: DocContext, site: ValueSite, label: string, insert: string, order: number, extra: Partial<CompletionItem>, names: readonly string[] = []): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Value,
    // The server matched diacritics-insensitively; the client filters again as the author
    // types on (before or without asking again): the names without diacritics come first
    // ("phong noi" keeps "Phòng Nội vụ"), then as written, then what was typed when asked.
    filterText: filterText(label, names, site.typed),
    sortText: String(order).padStart(4, '0'),
    textEdit: { range: dc.rangeOf({ start: site.start, end: site.end }), newText: site.lead + yamlValue(insert, site) },
    ...extra,
  };
}

function filterText(label: string, names: readonly string[], typed: string): string {
  const words = [looseKey(label), label, ...names.flatMap((n) => [looseKey(n), n]), typed].filter((w) => w !== '');
  return [...new Set(words)].join(' ');
}

const ID_LIKE = /^[a-z0-9]+(?:[-./][a-z0-9]*)+$/;

export async function valueItems(ctx: ServiceContext, dc: DocContext, site: ValueSite): Promise<CompletionItem[]> {
  const kind = dc.doc.kind ?? 'plan';
  const root = dc.analysis.source.root;
  const out: CompletionItem[] = [];
  switch (valueKind(kind, site.path, root)) {
    case 'agency':
      out.push(...agencyItems(ctx, dc, site));
      break;
    case 'task-ref':
      out.push(...taskRefItems(dc, site));
      break;
    case 'timeframe':
      out.push(...timeframeItems(dc, site));
      break;
    case 'implements':
      out.push(...implementsItems(dc, site));
      break;
    case 'legal-ref':
      out.push(...(await legalRefItems(ctx, dc, site)));
      break;
    case 'parent-ref':
      out.push(...(await planNumberItems(ctx, dc, site)));
      break;
    case 'report-task':
      out.push(...reportTaskItems(dc, site));
      break;
    case 'report-target':
      out.push(...reportTargetItems(dc, site));
      break;
    case 'report-status':
      // The statuses as core lists them, not the schema's enum a second time.
      return statusItems(dc, site);
    default:
      break;
  }
  const key = agencyKey(site.path);
  enumValues(schemaAt(kind, site.path, root)).forEach((v, i) => {
    const label = valueLabel(key, v, dc.locale);
    if (!looseMatch(site.prefix, v) && !(label && looseMatch(site.prefix, label))) return;
    out.push(item(dc, site, v, v, 900 + i, { kind: CompletionItemKind.EnumMember, ...(label ? { detail: label, labelDetails: { description: label } } : {}) }));
  });
  return out;
}

/** Task ids of this plan at `task:` (the same task shown again), groups included. */
function taskRefItems(dc: DocContext, site: ValueSite): CompletionItem[] {
  const plan = dc.analysis.plan;
  if (!plan) return [];
  const views = new Map(dc.analysis.tasks().map((v) => [v.task, v]));
  return planTasks(plan)
    .map((v) => v.item as Task)
    .filter((t) => typeof t.id === 'string' && looseMatch(site.prefix, `${t.id} ${t.title ?? ''}`))
    .map((t, i) => {
      const view = views.get(t);
      const tf = view?.timeframe ? dc.analysis.timeframe(view.timeframe.value) : undefined;
      return item(dc, site, t.id, t.id, i, {
        kind: CompletionItemKind.Reference,
        detail: t.title ?? (Array.isArray(t.lead) ? t.lead.join(', ') : (t.lead ?? '')),
        ...(view ? { documentation: { kind: MarkupKind.Markdown, value: taskMarkdown(view, tf, dc.locale) } } : {}),
      });
    });
}

/**
 * At a report result's `task:`: the plan's tasks, the reporter's first — those due in
 * the period and not reported yet before the others — then its task groups, each with
 * lead, timeframe and deadline.
 */
function reportTaskItems(dc: DocContext, site: ValueSite): CompletionItem[] {
  const reading = readingOf(dc);
  if (!reading) return [];
  const tasks = taskInfos(reading).filter((info) => looseMatch(site.prefix, `${info.id} ${info.title}`));
  const groups = groupIds(reading).filter((g) => looseMatch(site.prefix, `${g.id} ${g.title}`));
  const out: CompletionItem[] = [];
  const addTask = (info: ReportTaskInfo): void => {
    out.push(
      item(dc, site, info.id, info.id, out.length, {
        kind: CompletionItemKind.Reference,
        detail: infoDetail(info, dc.locale),
        labelDetails: { description: stateLabel(info, dc.locale) },
        documentation: { kind: MarkupKind.Markdown, value: infoMarkdown(info, reading, dc.locale) },
      }, [info.title]),
    );
  };
  const addGroup = (group: { id: string; title: string }): void => {
    out.push(
      item(dc, site, group.id, group.id, out.length, {
        kind: CompletionItemKind.Folder,
        detail: group.title,
        labelDetails: { description: say(REPORT_MESSAGES.labelGroup, dc.locale) },
        documentation: { kind: MarkupKind.Markdown, value: taskHover(dc, group.id) },
      }, [group.title]),
    );
  };
  // The reporter's tasks, then its groups; then the rest of the plan.
  tasks.filter((i) => i.mine).forEach(addTask);
  groups.filter((g) => g.mine).forEach(addGroup);
  tasks.filter((i) => !i.mine).forEach(addTask);
  groups.filter((g) => !g.mine).forEach(addGroup);
  return out;
}

/** At `target:` (a result's or a figure's): the plan's targets, the reporter's first. */
function reportTargetItems(dc: DocContext, site: ValueSite): CompletionItem[] {
  const plan = reportPlan(dc);
  if (!plan) return [];
  const reading = readingOf(dc);
  const mine = (lead: unknown): boolean => !!reading && [lead].flat().some((l) => typeof l === 'string' && reading.concerns(l));
  const visits = [...targetsById(plan)].map(([id, visit]) => ({ id, visit, mine: mine((visit.target as { lead?: unknown }).lead) }));
  const ordered = [...visits.filter((v) => v.mine), ...visits.filter((v) => !v.mine)];
  return ordered
    .filter((v) => looseMatch(site.prefix, `${v.id} ${targetWording(v.visit)}`))
    .map((v, i) =>
      item(dc, site, v.id, v.id, i, {
        kind: CompletionItemKind.Reference,
        detail: targetWording(v.visit),
        documentation: { kind: MarkupKind.Markdown, value: targetMarkdown(v.visit, dc.locale) },
      }, [targetWording(v.visit)]),
    );
}

/** At a result's `status:`: the statuses core knows, with the result's task and its deadline to choose by. */
function statusItems(dc: DocContext, site: ValueSite): CompletionItem[] {
  const index = site.path[site.path.length - 2];
  const context = statusContext(dc, typeof index === 'number' ? index : undefined);
  const key = keyDocMarkdown('status', docOf(schemaAt('report', site.path)), dc.locale);
  const documentation = { kind: MarkupKind.Markdown, value: context ? `${context}\n\n${key}` : key };
  return reportStatuses()
    .filter((s) => looseMatch(site.prefix, s))
    .map((s, i) => {
      const en = statusEnglish(s);
      return item(dc, site, s, s, i, {
        kind: CompletionItemKind.EnumMember,
        ...(dc.locale === 'en' && en ? { detail: en, labelDetails: { description: en } } : {}),
        documentation,
      });
    });
}

function agencyItems(ctx: ServiceContext, dc: DocContext, site: ValueSite): CompletionItem[] {
  const agencies = dc.analysis.agencies;
  const wantsId = ID_LIKE.test(site.prefix);
  // An agency defined in more than one registry in effect (the plan's and its template's)
  // is offered once: the nearest definition, which the search gives first.
  const seen = new Set<string>();
  let found = agencies.search(site.prefix, 100).filter((m) => {
    const key = m.entry.id || m.entry.name;
    if (seen.has(key) || seen.has(m.entry.name)) return false;
    seen.add(key);
    seen.add(m.entry.name);
    return true;
  });
  // A request asks bodies outside the issuer's authority: those come first.
  if (agencyKey(site.path) === 'request') found = [...found.filter((m) => isExternal(m.entry)), ...found.filter((m) => !isExternal(m.entry))];
  return found.map((m, i) => {
    const e = m.entry;
    const insert = wantsId && e.id.startsWith(site.prefix) ? e.id : e.name;
    return item(dc, site, e.name, insert, i, {
      kind: e.kind === 'collective' ? CompletionItemKind.Folder : CompletionItemKind.Module,
      detail: `${kindLabel(e.kind, dc.locale)} · ${e.id}`,
      labelDetails: { ...(e.short ? { detail: ` ${e.short}` } : {}), description: kindLabel(e.kind, dc.locale) },
      documentation: { kind: MarkupKind.Markdown, value: agencyMarkdown(e, agencies, dc.locale, ctx.ws.root) },
    }, [e.short ?? '', e.id, ...(e.aliases ?? [])]);
  });
}

function timeframeItems(dc: DocContext, site: ValueSite): CompletionItem[] {
  const year = dc.analysis.year ?? new Date().getFullYear();
  return timeframeSuggestions(year)
    .filter((s) => looseMatch(site.prefix, s.text))
    .map((s, i) => {
      const parsed = dc.analysis.timeframe(s.text);
      const dates = timeframeSummary(parsed, dc.locale);
      return item(dc, site, s.text, s.text, i, {
        kind: CompletionItemKind.Event,
        detail: dc.locale === 'en' ? s.en : (dates ?? s.en),
        ...(dates ? { labelDetails: { description: dates } } : {}),
        documentation: { kind: MarkupKind.Markdown, value: timeframeMarkdown(s.text, parsed, dc.locale) },
      });
    });
}

function parentOf(dc: DocContext): PlanAnalysis | undefined {
  const p = dc.loaded.parent;
  return p.status === 'resolved' || p.status === 'ref-mismatch' ? p.parent : undefined;
}

function implementsItems(dc: DocContext, site: ValueSite): CompletionItem[] {
  const parent = parentOf(dc);
  if (!parent) return [];
  return parent
    .tasks()
    .filter((v) => looseMatch(site.prefix, `${v.task.id} ${v.task.title ?? ''}`))
    .map((v, i) => {
      const tf = v.timeframe ? parent.timeframe(v.timeframe.value) : undefined;
      return item(dc, site, v.task.id, v.task.id, i, {
        kind: CompletionItemKind.Reference,
        detail: v.task.title ?? '',
        documentation: { kind: MarkupKind.Markdown, value: taskMarkdown(v, tf, dc.locale) },
      });
    });
}

async function legalRefItems(ctx: ServiceContext, dc: DocContext, site: ValueSite): Promise<CompletionItem[]> {
  const seen = new Map<string, CompletionItem>();
  for (const plan of await ctx.ws.allPlanFacts()) {
    const found = plan.legalBases.map((b) => ({ ref: b.ref, basis: b }));
    if (plan.number) {
      found.push({ ref: plan.number, basis: asLegalBasis(plan) });
    }
    for (const { ref, basis } of found) {
      if (!ref || seen.has(matchKey(ref)) || !looseMatch(site.prefix, `${ref} ${basis.type ?? ''} ${basis.summary ?? ''}`)) continue;
      seen.set(
        matchKey(ref),
        item(dc, site, ref, ref, seen.size, {
          kind: CompletionItemKind.Reference,
          detail: [basis.type, basis.date, basis.issuer].filter(Boolean).join(' · '),
          documentation: { kind: MarkupKind.Markdown, value: legalRefMarkdown(ref, basis, dc.locale) },
        }),
      );
    }
  }
  return [...seen.values()];
}

async function planNumberItems(ctx: ServiceContext, dc: DocContext, site: ValueSite): Promise<CompletionItem[]> {
  const out: CompletionItem[] = [];
  for (const plan of await ctx.ws.allPlanFacts()) {
    if (!plan.number || plan.path === dc.doc.path) continue;
    if (!looseMatch(site.prefix, `${plan.number} ${plan.title ?? ''}`)) continue;
    out.push(
      item(dc, site, plan.number, plan.number, out.length, {
        kind: CompletionItemKind.Reference,
        detail: plan.title ?? '',
        documentation: { kind: MarkupKind.Markdown, value: legalRefMarkdown(plan.number, asLegalBasis(plan), dc.locale) },
      }),
    );
  }
  return out;
}
