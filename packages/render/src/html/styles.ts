/**
 * The layout of Phụ lục I, Nghị định 30/2020/NĐ-CP, in CSS: A4, margins top/bottom
 * 20 mm, left 30 mm, right 15 mm, Times New Roman 14 pt, justified body with a 1 cm
 * first-line indent and 6 pt between paragraphs. On screen the page is drawn as a sheet.
 */
export const CSS = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font: 14pt "Times New Roman", "Liberation Serif", Tinos, Times, serif; } }
@page :first { @top-center { content: none; } }
@page landscape { size: A4 landscape; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
html { background: #e5e5e5; }
body { margin: 0; color: #000; font-family: "Times New Roman", "Liberation Serif", Tinos, Times, serif; font-size: 14pt; line-height: 1.15; }
.page { width: 210mm; min-height: 297mm; margin: 10mm auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
p { margin: 6pt 0 0; text-align: justify; text-indent: 10mm; }
table.layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.layout td { vertical-align: top; padding: 0 1.9mm; border: none; text-align: center; }
.signature td.recipients { text-align: left; }
table.layout p { margin: 0; text-indent: 0; text-align: center; line-height: 1.15; }
.header col.left { width: 42.4%; }
.header .issuer, .header .national-title { font-weight: bold; font-size: 12pt; }
.header .motto { font-weight: bold; font-size: 13pt; }
.header .number { font-size: 13pt; white-space: pre-wrap; padding-top: 8pt; }
.header .place-date { font-style: italic; font-size: 14pt; padding-top: 8pt; }
.ruled { display: inline-block; }
.ruled::after { content: ""; display: block; margin: 4pt auto 0; border-top: 1px solid #000; }
.ruled.third::after { width: 40%; }
.ruled.full::after { width: 100%; }
.title { margin: 24pt 0 0; font-size: 14pt; text-align: center; font-weight: bold; }
.title .kind, .title .summary { display: block; }
.title .summary { text-wrap: balance; }
.title .ruled::after { width: 33%; margin-top: 4pt; }
.bases { margin-top: 18pt; }
.bases p { font-style: italic; }
h2, h3 { font-size: 14pt; font-weight: bold; margin: 6pt 0 0; text-align: justify; text-indent: 10mm; break-after: avoid; page-break-after: avoid; }
.signature { margin-top: 14pt; break-inside: avoid; page-break-inside: avoid; }
.signature col.left { width: 48.5%; }
.signature .recipients p { text-align: left; font-size: 11pt; }
.signature .recipients p.heading { font-size: 12pt; font-weight: bold; font-style: italic; }
.signature .signer p { font-weight: bold; }
.signature .signing-space { height: 5.5em; }
.title .issued-with { display: block; font-weight: normal; font-style: italic; }
.decision p.authority, .decision p.enacting { text-align: center; text-indent: 0; font-weight: bold; margin-top: 12pt; }
.page-break { break-after: page; page-break-after: always; height: 20mm; }
.footnotes { margin-top: 14pt; border-top: 1px solid #000; font-size: 11pt; }
.footnotes p, .footnotes li { text-indent: 0; }
sup.fnref a { color: inherit; text-decoration: none; }
.appendix { break-before: page; page-break-before: always; margin-top: 20mm; }
.appendix.landscape { page: landscape; }
.appendix p.label, .appendix p.name { text-align: center; text-indent: 0; font-weight: bold; margin: 0; }
.appendix p.caption { text-align: center; text-indent: 0; font-style: italic; margin: 0 0 12pt; }
table.grid { width: 100%; border-collapse: collapse; font-size: 12pt; margin-top: 6pt; }
table.grid caption { font-weight: bold; padding-bottom: 4pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; text-align: left; }
table.grid th, table.grid td.center { text-align: center; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid tr.group td { font-weight: bold; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .appendix { margin-top: 0; }
}
`.trim();
