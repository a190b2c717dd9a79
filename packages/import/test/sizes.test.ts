import { readdirSync, readFileSync } from 'node:fs';
import { lintText } from '@kehoach/core';
import { renderPlan } from '@kehoach/render';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, docxToText, htmlToLines, IMPORT_LIMITS, importPlan, InputTooLargeError, readRegistry, slimDocumentXml, textParagraphs } from '../src/index.js';
import { seedText } from './measure.js';

/** The lines (and table cells) mammoth gives for the DOCX as it is, formatting and all. */
async function linesAsIs(bytes: Uint8Array): Promise<{ text: string; cells: string }> {
  const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const cells = new Map();
  return { text: htmlToLines(html.value, cells).join('\n'), cells: JSON.stringify([...cells]) };
}

async function expectSameLines(bytes: Uint8Array): Promise<string> {
  const slim = await docxToText(bytes);
  const asIs = await linesAsIs(bytes);
  expect(slim.text).toBe(asIs.text);
  expect(JSON.stringify([...slim.cells])).toBe(asIs.cells);
  return slim.text;
}

/** The DOCX with its document part changed by `edit`. */
function withDocument(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml'] as Uint8Array)));
  return zipSync(files);
}

/** Word's habits: revision ids and paragraph ids everywhere, a language on each run, spell-check marks. */
function asWordWrites(xml: string): string {
  let n = 0;
  const id = (): string => (0x100000 + n++ * 7919).toString(16).toUpperCase().padStart(8, '0');
  return xml
    .replace(/<w:p>/g, () => `<w:p w14:paraId="${id()}" w14:textId="77777777" w:rsidR="${id()}" w:rsidRDefault="${id()}">`)
    .replace(/<w:r>/g, () => `<w:proofErr w:type="spellStart"/><w:r w:rsidRPr="${id()}">`)
    .replace(/<\/w:rPr>/g, '<w:lang w:val="vi-VN" w:eastAsia="en-US"/><w:noProof/></w:rPr>');
}

const EXAMPLES = new URL('../../../examples/2026/tinh-quang-ngai/', import.meta.url);

async function renderedExamples(): Promise<Uint8Array[]> {
  const registry = readRegistry(readFileSync(new URL('agencies.yaml', EXAMPLES), 'utf8'));
  const agencies = registry.ok ? registry.agencies : [];
  const out: Uint8Array[] = [];
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.kehoach.yaml'))) {
    const lint = lintText(readFileSync(new URL(file, EXAMPLES), 'utf8'), { agencies, uri: file });
    out.push(await renderPlan(lint.analysis, { format: 'docx' }));
  }
  return out;
}

describe('what mammoth is given of a DOCX', () => {
  it('reads the same lines and cells without the formatting mammoth does not write out, from kehoach and from Word', async () => {
    const docs = await renderedExamples();
    expect(docs.length).toBeGreaterThan(1);
    for (const bytes of docs) {
      const text = await expectSameLines(bytes);
      expect(text.split('\n').length).toBeGreaterThan(30);
      await expectSameLines(withDocument(bytes, asWordWrites));
    }
  });

  it('keeps bold, italics turned on, and any text, leaves out fonts, sizes, languages and ids', () => {
    const xml = [
      '<w:p w:rsidR="00AB12CD" w14:paraId="1A2B3C4D"><w:pPr><w:spacing w:before="120"/><w:jc w:val="both"/></w:pPr>',
      '<w:r w:rsidRPr="00AB12CD"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times > Roman"/><w:b/><w:i w:val="false"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>',
      '<w:t xml:space="preserve">&lt;w:sz w:val="1"/&gt; w:rsidR="x" giữ nguyên</w:t></w:r></w:p>',
    ].join('');
    expect(slimDocumentXml(xml)).toBe(
      '<w:p><w:pPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">&lt;w:sz w:val="1"/&gt; w:rsidR="x" giữ nguyên</w:t></w:r></w:p>',
    );
  });

  it('counts the paragraphs of a document part: w:p, not w:pPr or w:pStyle', () => {
    expect(docxParagraphs('<w:body><w:p><w:pPr><w:pStyle w:val="x"/></w:pPr></w:p><w:p w:rsidR="1"/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body>')).toBe(3);
    expect(textParagraphs('KẾ HOẠCH\n\n  \r\n1. Việc một\r\n   2. Việc hai\n')).toBe(3);
  });
});

describe('inputs over the limits', () => {
  it('refuses a text of more paragraphs than the limit, in Vietnamese and English', async () => {
    const text = seedText('commune-duong-quan-2024');
    const paragraphs = textParagraphs(text);
    const refused = await importPlan({ text }, { limits: { paragraphs: paragraphs - 1 } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InputTooLargeError);
    expect((refused as InputTooLargeError).kind).toBe('paragraphs');
    expect((refused as InputTooLargeError).reason.vi).toBe(
      `văn bản có ${paragraphs.toLocaleString('vi-VN')} đoạn, quá giới hạn ${(paragraphs - 1).toLocaleString('vi-VN')} đoạn của kehoach import; hãy tách văn bản (ví dụ: các phụ lục) thành những tệp nhỏ hơn rồi nhập từng tệp.`,
    );
    expect((refused as InputTooLargeError).reason.en).toBe(
      `the document has ${paragraphs.toLocaleString('en-US')} paragraphs, over kehoach import's limit of ${(paragraphs - 1).toLocaleString('en-US')}; split the document (its appendices, say) into smaller files and import each.`,
    );
    expect((await importPlan({ text }, { limits: { paragraphs } })).report.counts.tasks).toBeGreaterThan(0);
  });

  it('refuses a DOCX over each limit before mammoth reads it', async () => {
    const children = Array.from({ length: 30 }, (_, i) => new Paragraph({ children: [new TextRun({ text: `${i + 1}. Việc số ${i + 1}`, font: 'Times New Roman', size: 28 })] }));
    const bytes = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
    const refusal = async (limits: Partial<typeof IMPORT_LIMITS>): Promise<InputTooLargeError> => {
      const error = await importPlan({ docx: bytes }, { limits }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputTooLargeError);
      return error as InputTooLargeError;
    };
    expect(await refusal({ fileBytes: bytes.length - 1 })).toMatchObject({ kind: 'file', actual: bytes.length });
    expect(await refusal({ paragraphs: 29 })).toMatchObject({ kind: 'paragraphs', actual: 30, limit: 29 });
    expect(await refusal({ unzippedBytes: xml.length - 1 })).toMatchObject({ kind: 'unzipped', actual: Buffer.byteLength(xml) });
    const content = Buffer.byteLength(slimDocumentXml(xml));
    expect(content).toBeLessThan(Buffer.byteLength(xml));
    expect(await refusal({ contentBytes: content - 1 })).toMatchObject({ kind: 'content', actual: content });
    expect((await refusal({ contentBytes: content - 1 })).reason.en).toMatch(/^the document part of the file \(word\/document\.xml, formatting aside\) is 0 MB, over kehoach import's limit of 0 MB; split/u);
  });
});
