export { renderPlan, loadForRender, RenderError, FORMAT_EXTENSIONS, RENDER_LIMITS, documentParagraphs, type RenderFormat, type RenderLimits, type RenderOptions } from './api.js';
export { renderCalendar, type CalendarOptions } from './ics/render-ics.js';
export { buildDocument, type DocumentOptions } from './document/build.js';
export type * from './document/model.js';
export { renderDocx } from './docx/render-docx.js';
export { renderHtml, escapeHtml } from './html/render-html.js';
export { renderMarkdown } from './markdown/render-markdown.js';
export { renderText } from './text/render-text.js';
export { zipFiles } from './zip.js';
