import type { z } from 'zod';

/**
 * Bilingual documentation attached to every schema key. The Vietnamese text is the
 * JSON Schema `description` (what editors show first); the English text rides along
 * under `x-description-en` so hover and completion can switch locale.
 */
export type KeyDoc = {
  /** Short Vietnamese label, e.g. "Cơ quan chủ trì". */
  title: string;
  description: string;
  'x-description-en': string;
  /** Short English label. */
  'x-title-en': string;
};

export function doc<T extends z.ZodType>(
  schema: T,
  title: string,
  vi: string,
  titleEn: string,
  en: string,
): T {
  const meta: KeyDoc = { title, description: vi, 'x-title-en': titleEn, 'x-description-en': en };
  return schema.meta(meta) as T;
}
