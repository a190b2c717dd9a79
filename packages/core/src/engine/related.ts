import type { AgencyResolver } from '../agencies/resolver.js';
import type { RelatedLocation } from '../diagnostics.js';
import type { Message } from '../i18n/message.js';
import type { PlanAnalysis } from '../model/analysis.js';
import type { AgencyEntry } from '../schema/registry.js';
import type { Locator } from './define.js';
import { locate } from './locate.js';

/** A place in another (or the same) analysed file, for a diagnostic's related locations. */
export function relatedIn(analysis: PlanAnalysis, at: Locator, message: Message): RelatedLocation {
  const offsets = locate(analysis.source, at);
  return { uri: analysis.uri, offsets, range: analysis.source.lines.range(offsets), message };
}

/** Where a registry entry is defined, when it comes from a file. */
export function relatedAgency(agencies: AgencyResolver, entry: AgencyEntry, message: Message): RelatedLocation | undefined {
  const loc = agencies.locate(entry);
  if (!loc) return undefined;
  return { uri: loc.uri, offsets: loc.offsets, range: loc.source.lines.range(loc.offsets), message };
}
