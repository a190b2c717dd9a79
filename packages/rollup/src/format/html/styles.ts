/** The dashboard's only stylesheet, inline: readable on screen and on paper, no web fonts. */
export const STYLES = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5f6368; --line: #d0d7de; --head: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "Times New Roman", "Liberation Serif", serif; color: var(--ink); background: #fafafa; }
header, main { max-width: 1280px; margin: 0 auto; padding: 16px 24px; }
header { background: #fff; border-bottom: 1px solid var(--line); max-width: none; }
header > div { max-width: 1232px; margin: 0 auto; }
h1 { font-size: 1.45rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; }
.meta { color: var(--muted); margin: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.card b { display: block; font-size: 1.6rem; }
.charts { display: grid; grid-template-columns: 2fr 1fr; gap: 16px; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; overflow-x: auto; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 6px 0; }
.controls input, .controls select, header select { font: inherit; padding: 3px 6px; }
.count { color: var(--muted); }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--head); position: sticky; top: 0; }
th[data-sort] { cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.map td.state { text-align: center; color: #fff; font-size: 0.85rem; min-width: 74px; }
.map td.none { background: #f5f5f5; color: var(--muted); }
.map th.who { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: normal; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; color: #fff; font-size: 0.85rem; }
.legend span { margin-right: 12px; white-space: nowrap; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
.empty { color: var(--muted); }
details summary { cursor: pointer; }
[hidden] { display: none !important; }
@media (max-width: 900px) { .charts { grid-template-columns: 1fr; } }
@media print { .controls, header select { display: none; } th { position: static; } body { background: #fff; } }
`;
