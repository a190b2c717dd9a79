import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Recipients, SignatureBlock } from '../document/model.js';
import { lineOf } from './paragraphs.js';
import type { XmlParagraph, XmlTable } from './straight.js';
import { layoutTableOf } from './tables.js';
import { SIGN_LEFT, SIGN_RIGHT, SIZE } from './units.js';

/** Space left for the handwritten signature and the seal. */
const SIGNING_SPACE = 5;

/**
 * "Nơi nhận:" on the left and the signature block on the right, in one borderless
 * row, so "Nơi nhận:" is level with the TM./KT. line.
 */
export function signatureTable(signature: SignatureBlock | undefined, recipients: Recipients | undefined, straight?: boolean): Table | XmlTable {
  const line = lineOf.bind(undefined, straight);
  const left = recipients
    ? [
        line(recipients.heading, { size: SIZE.recipientsHeading, bold: true, italics: true, align: AlignmentType.LEFT }),
        ...recipients.items.map((text) => line(text, { size: SIZE.recipients, align: AlignmentType.LEFT })),
      ]
    : [line('', { size: SIZE.recipients })];
  // 1.15 lines: at single spacing the marks over capitals ("Ủ", "Ị") touch the line above.
  const right = (signature?.lines ?? []).map((text) => line(text, { size: SIZE.body, bold: true, single: false }));
  if (signature) {
    for (let i = 0; i < SIGNING_SPACE; i++) right.push(line('', { size: SIZE.body }));
    right.push(line(signature.name, { size: SIZE.body, bold: true, single: false }));
  } else {
    right.push(line('', { size: SIZE.body }));
  }
  return layoutTableOf(straight, [SIGN_LEFT, SIGN_RIGHT], [[left, right]]);
}

/** An empty paragraph of space between the closing and the signature. */
export function gap(straight?: boolean): Paragraph | XmlParagraph {
  return lineOf(straight, '', { size: SIZE.body });
}
