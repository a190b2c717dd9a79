import { pathToFileURL } from 'node:url';
import { resolvePlugin } from './resolve.js';

/** Resolve a plugin the way the docs promise (npm name or relative path) and import it. */
export async function importPlugin(specifier: string, base: string): Promise<unknown> {
  const file = resolvePlugin(specifier, base);
  return import(pathToFileURL(file).href);
}
