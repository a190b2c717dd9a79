import type { Message } from '@kehoach/core';

/**
 * How large an input `importPlan` reads. Measured on 2 cores (bench/results/README.md,
 * "Import and render at size"): mammoth, which reads a DOCX, holds the whole of its
 * word/document.xml as a DOM and its own tree, about 110 bytes for each byte of the XML
 * it is given (the formatting it does not write out left out: `slimDocumentXml`); the
 * peak of an import is about 100 MB + 110 × that XML (9,900 paragraphs of 4 runs each in
 * two formats, 3.2 MiB, took 460 MB). Within these limits an import stays under 500 MB.
 * Real plans have a few hundred to a few thousand paragraphs and 0.05 to 1 MiB of that
 * XML (a DOCX kehoach renders: about 0.2 KiB a paragraph).
 */
export interface ImportLimits {
  /** Bytes of the file as given (DOCX or text). */
  fileBytes: number;
  /** Paragraphs: non-empty lines of a text, `w:p` elements of a DOCX (table cells included, as Word counts). */
  paragraphs: number;
  /** Bytes of a DOCX's word/document.xml once unzipped, as the zip declares them (a zip bomb is refused unread). */
  unzippedBytes: number;
  /** Bytes of word/document.xml mammoth is given (without the formatting it does not write out): what its memory grows with. */
  contentBytes: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  fileBytes: 64 * 1024 * 1024,
  paragraphs: 10_000,
  unzippedBytes: 64 * 1024 * 1024,
  contentBytes: 3 * 1024 * 1024,
};

export type LimitKind = 'file' | 'paragraphs' | 'unzipped' | 'content';

const number = (n: number, locale: 'vi' | 'en'): string => n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US');
const megabytes = (bytes: number, locale: 'vi' | 'en'): string =>
  `${(bytes / 1024 / 1024).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 })} MB`;

const SPLIT: Message = {
  vi: 'hãy tách văn bản (ví dụ: các phụ lục) thành những tệp nhỏ hơn rồi nhập từng tệp.',
  en: 'split the document (its appendices, say) into smaller files and import each.',
};

/** The input is larger than `importPlan` reads: `reason` says by how much, in Vietnamese and English. */
export class InputTooLargeError extends Error {
  readonly reason: Message;

  constructor(
    readonly kind: LimitKind,
    readonly actual: number,
    readonly limit: number,
  ) {
    const say = (locale: 'vi' | 'en'): string => {
      switch (kind) {
        case 'file':
          return locale === 'vi'
            ? `tệp nặng ${megabytes(actual, locale)}, quá giới hạn ${megabytes(limit, locale)} của kehoach import; ${SPLIT.vi}`
            : `the file is ${megabytes(actual, locale)}, over kehoach import's limit of ${megabytes(limit, locale)}; ${SPLIT.en}`;
        case 'paragraphs':
          return locale === 'vi'
            ? `văn bản có ${number(actual, locale)} đoạn, quá giới hạn ${number(limit, locale)} đoạn của kehoach import; ${SPLIT.vi}`
            : `the document has ${number(actual, locale)} paragraphs, over kehoach import's limit of ${number(limit, locale)}; ${SPLIT.en}`;
        case 'unzipped':
          return locale === 'vi'
            ? `phần văn bản của tệp (word/document.xml) giải nén ra ${megabytes(actual, locale)}, quá giới hạn ${megabytes(limit, locale)} của kehoach import; ${SPLIT.vi}`
            : `the document part of the file (word/document.xml) unzips to ${megabytes(actual, locale)}, over kehoach import's limit of ${megabytes(limit, locale)}; ${SPLIT.en}`;
        case 'content':
          return locale === 'vi'
            ? `phần văn bản của tệp (word/document.xml, không kể định dạng) nặng ${megabytes(actual, locale)}, quá giới hạn ${megabytes(limit, locale)} của kehoach import; ${SPLIT.vi}`
            : `the document part of the file (word/document.xml, formatting aside) is ${megabytes(actual, locale)}, over kehoach import's limit of ${megabytes(limit, locale)}; ${SPLIT.en}`;
      }
    };
    const reason = { vi: say('vi'), en: say('en') };
    super(reason.en);
    this.name = 'InputTooLargeError';
    this.reason = reason;
  }
}

/** Limits in effect: the defaults, with any given instead (a host with more memory, or a test). */
export function limitsOf(given: Partial<ImportLimits> | undefined): ImportLimits {
  return { ...IMPORT_LIMITS, ...given };
}

/** Paragraphs of a text: its non-empty lines. */
export function textParagraphs(text: string): number {
  let count = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) blank = true;
    else if (blank && c !== 32 && c !== 9) {
      count++;
      blank = false;
    }
  }
  return count;
}
