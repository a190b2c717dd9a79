// The XML of one paragraph or table as the `docx` package writes it, so a document can
// be written a part at a time (render-docx.ts) with the same bytes as the package would
// write the whole at once: a port of its stringify (src/util/xml/stringify.ts of docx
// 9.15, no indentation), quirks included; render-docx.test.ts checks the two agree.

/** XML written as it is, where an element would be (a section's properties taken from another document). */
export class RawXml {
  constructor(readonly xml: string) {}
}

/** What `prepForXml` gives: `{ "w:p": [ { "w:pPr": [...] }, { "w:r": [...] } ] }`, `{ "w:b": {} }`, `{ "w:t": [{ _attr }, "text"] }`. */
export type Prepared = Readonly<Record<string, unknown>>;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

function escapeAll(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escapeAll(value) : value);

interface Resolved {
  name: string | undefined;
  attributes: string[];
  content: (Resolved | unknown)[];
}

function resolve(data: Prepared): Resolved {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (value instanceof RawXml) content.push(value);
          else if (typeof value === 'object') {
            if (Object.keys(value as object)[0] === '_attr') addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(resolve(value as Prepared));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content };
}

function format(element: unknown): string {
  if (typeof element !== 'object' || element === null) return String(element);
  if (element instanceof RawXml) return element.xml;
  const { name, attributes, content } = element as Resolved;
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  return open + content.map((child) => (child === undefined ? '' : format(child))).join('') + (name ? `</${name}>` : '');
}

/** The XML of a prepared element. */
export function xmlOf(data: Prepared): string {
  return format(resolve(data));
}

/** The element's name and children, when its value is a list of them (`{ "w:tbl": [...] }`). */
export function childrenOf(data: Prepared): { name: string; children: readonly Prepared[] } | undefined {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  return name !== undefined && Array.isArray(values) ? { name, children: values as Prepared[] } : undefined;
}
