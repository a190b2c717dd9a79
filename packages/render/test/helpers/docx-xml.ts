import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx file by name ("word/document.xml"). */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, strFromU8(data));
  }
  return parts;
}

export interface RunInfo {
  text: string;
  fonts: string[];
  size: number | undefined;
  bold: boolean;
  italic: boolean;
}

const on = (rPr: string, tag: string): boolean => {
  const m = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`).exec(rPr);
  return !!m && m[1] !== 'false' && m[1] !== '0';
};

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every text run (w:r) of an XML part with its font, size (half-points) and emphasis. */
export function runsOf(xml: string): RunInfo[] {
  const runs: RunInfo[] = [];
  for (const m of xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const body = m[1] ?? '';
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const fonts = [...rPr.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)].map((f) => f[1] ?? '');
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join('');
    runs.push({ text, fonts, size: size ? Number(size) : undefined, bold: on(rPr, 'b'), italic: on(rPr, 'i') });
  }
  return runs;
}

/** The run whose text is exactly (or, with `partial`, contains) `text`. */
export function runWith(runs: RunInfo[], text: string, partial = false): RunInfo | undefined {
  return runs.find((r) => (partial ? r.text.includes(text) : r.text === text));
}

/** Top-level tables of the body, in order (nested tables are not used). */
export function tablesOf(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** Section properties (w:sectPr), in order. */
export function sectionsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

export function attr(xml: string, tag: string, name: string): string | undefined {
  return new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
}

/** The text of each paragraph (w:p) of an XML part in document order, line breaks as spaces. */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    let text = '';
    for (const t of (m[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
      text += t[1] !== undefined ? unescapeXml(t[1]) : ' ';
    }
    out.push(text);
  }
  return out;
}

/**
 * The body of each section of document.xml: the XML up to and including its w:sectPr
 * (the last section's properties close the body).
 */
export function sectionBodies(xml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const parts: string[] = [];
  let from = 0;
  for (let at = body.indexOf('</w:sectPr>'); at >= 0; at = body.indexOf('</w:sectPr>', at + 1)) {
    // A section ends with the paragraph whose properties hold its w:sectPr (the last one, with the body).
    const inParagraph = body.startsWith('</w:pPr>', at + '</w:sectPr>'.length);
    const end = inParagraph ? body.indexOf('</w:p>', at) + '</w:p>'.length : at + '</w:sectPr>'.length;
    parts.push(body.slice(from, end));
    from = end;
  }
  return parts;
}
