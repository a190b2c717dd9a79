export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** Every user-facing text exists in Vietnamese first, English second. */
export interface Message {
  vi: string;
  en: string;
}

export type MessageData = Record<string, string | number>;

/** Fill `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function fill(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = data[name];
    return v === undefined ? whole : String(v);
  });
}

export function formatMessage(message: Message, data?: MessageData): Message {
  return { vi: fill(message.vi, data), en: fill(message.en, data) };
}

export function pick(message: Message, locale: Locale): string {
  return locale === 'en' ? message.en : message.vi;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
