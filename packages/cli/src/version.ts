import { readFileSync } from 'node:fs';

/**
 * The package's version, read at run time from package.json: from src/ (tests) and from
 * dist/ (the built bin) it is one folder up either way.
 */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
