import type { Location, Position } from 'vscode-languageserver-types';
import { docContext, type ServiceContext } from './context.js';
import { eachPlaceLoaded, referencesOf, targetAt, type Place } from './targets.js';

async function toLocation(ctx: ServiceContext, place: Place): Promise<Location | undefined> {
  const loaded = await ctx.ws.analyze(place.path);
  if (!loaded) return undefined;
  return { uri: ctx.ws.uriOf(place.path), range: loaded.analysis.source.lines.range(place.range) };
}

export async function definition(ctx: ServiceContext, uri: string, position: Position): Promise<Location[]> {
  const dc = await docContext(ctx, uri);
  if (!dc) return [];
  const target = await targetAt(ctx, dc, dc.offsetAt(position));
  if (!target) return [];
  if (target.kind === 'file') {
    const exists = (await ctx.ws.kindOf(target.path)) !== undefined || ctx.ws.hasFile(target.path);
    const start = { line: 0, character: 0 };
    return exists ? [{ uri: ctx.ws.uriOf(target.path), range: { start, end: start } }] : [];
  }
  if (!target.def) return [];
  const loc = await toLocation(ctx, target.def);
  return loc ? [loc] : [];
}

export async function references(ctx: ServiceContext, uri: string, position: Position, includeDeclaration: boolean): Promise<Location[]> {
  const dc = await docContext(ctx, uri);
  if (!dc) return [];
  const target = await targetAt(ctx, dc, dc.offsetAt(position));
  if (!target || target.kind === 'file') return [];
  const places = await referencesOf(ctx, target);
  if (includeDeclaration && target.def) places.unshift(target.def);
  const out: Location[] = [];
  await eachPlaceLoaded(ctx, places, (p, loaded) => {
    out.push({ uri: ctx.ws.uriOf(p.path), range: loaded.analysis.source.lines.range(p.range) });
  });
  return out;
}
