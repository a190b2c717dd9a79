export { importPlan, importText } from './import.js';
export { docxToText, htmlToLines } from './docx.js';
export { cleanText, type CleanResult } from './clean/clean.js';
export { splitAgencies } from './extract/agencies.js';
export { findReports } from './extract/reporting.js';
export { findTimeframe, findCadence, findQuantities } from './extract/prose-facts.js';
export type * from './types.js';
export { readRegistry, templateItems, type TemplateItems } from './registry.js';
export { NotAPlanError, type RefusalKind } from './refuse.js';
