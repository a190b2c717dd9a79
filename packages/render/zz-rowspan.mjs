import { renderDocx } from '/work/wt-docx/packages/render/dist/index.js';
import { unzipSync, strFromU8 } from 'fflate';
const doc = { title: { kind: 'KẾ HOẠCH', summary: 'x' }, bases: [], body: [{ kind: 'table', landscape: false, widths: [1, 2, 3], head: [[{ text: 'A', rowSpan: 2, center: true }, { text: 'B', colSpan: 2, rowSpan: 3 }], [ ], [{ text: 'C' }]], rows: [{ cells: [{ text: 'x' }, { text: 'y', bold: true }, { text: 'z\nw' }] }] }], appendices: [], footnotes: [], meta: { title: 't', subject: 's', creator: 'c' } };
const xml = strFromU8(unzipSync(await renderDocx(doc, { straight: false }))['word/document.xml']);
console.log(/<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)[0].replace(/<w:rPr>.*?<\/w:rPr>/g, '<RPR/>').replace(/<w:tcMar>.*?<\/w:tcMar>/g, '<MAR/>').replace(/<w:tr>/g, '\n<w:tr>').replace(/<w:tc>/g, '\n  <w:tc>'));
