import { asList, matchKey, type Layout, type Plan, type PlanAnalysis } from '@kehoach/core';
import { clean } from './text.js';

/** What the builders share: the analysis, the plan, its layout, and what has been said so far. */
export class BuildContext {
  readonly plan: Partial<Plan>;
  readonly layout: Layout;
  /** Everything written into the body so far (matchKey), to avoid saying a thing twice. */
  private said = '';

  constructor(readonly analysis: PlanAnalysis) {
    const plan = analysis.plan;
    if (!plan) throw new Error('Tệp không phải là kế hoạch (kind: plan) / the file is not a plan');
    this.plan = plan;
    this.layout = isObject(plan.layout) ? plan.layout : {};
  }

  get year(): number | undefined {
    return typeof this.plan.year === 'number' ? this.plan.year : undefined;
  }

  /**
   * An agency as the document prints it: as the plan wrote it, or the registry's
   * official name when the plan wrote an id ("phong-vhtt").
   */
  agencyName(ref: unknown): string {
    const text = clean(ref);
    if (!text) return '';
    const match = this.analysis.agencies.resolve(text);
    return match?.matchedBy === 'id' ? clean(match.entry.name) : text;
  }

  /** The registry's official name of an agency, or the name as written when it does not resolve. */
  officialName(ref: unknown): string {
    const text = clean(ref);
    if (!text) return '';
    return clean(this.analysis.agencies.resolve(text)?.entry.name) || text;
  }

  /** Agencies joined as offices write them: ", " or, when a name holds a comma, "; ". */
  agencies(refs: unknown, name: (ref: unknown) => string = (r) => this.agencyName(r)): string {
    const names = asList(refs as string | string[] | undefined).map(name).filter(Boolean);
    const sep = names.some((n) => n.includes(',')) ? '; ' : ', ';
    return names.join(sep);
  }

  record(text: string): void {
    this.said += ` ${matchKey(text)}`;
  }

  hasSaid(text: string): boolean {
    const key = matchKey(clean(text)).replace(/[.;,:]+$/, '');
    return key !== '' && this.said.includes(key);
  }
}

function isObject(v: unknown): v is Layout {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
