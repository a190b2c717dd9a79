import vi from '../l10n/bundle.l10n.vi.json';

export type UiLocale = 'vi' | 'en';

const VI: Readonly<Record<string, string>> = vi;

/**
 * UI text: English source strings (as `vscode.l10n.t` keys them) with their Vietnamese
 * in l10n/bundle.l10n.vi.json. The language follows `kehoach.locale`, so the extension
 * speaks Vietnamese even in an English VS Code; `{0}` marks an argument.
 */
export function format(locale: UiLocale, english: string, ...args: Array<string | number>): string {
  const text = locale === 'vi' ? (VI[english] ?? english) : english;
  return text.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));
}

/** `kehoach.locale` if set, else Vietnamese (the server's default too). */
export function uiLocale(setting: unknown): UiLocale {
  return setting === 'en' ? 'en' : 'vi';
}
