export { LanguageService, type LanguageServiceOptions, type PublishedDiagnostics, type WorkspaceScan } from './service/language-service.js';
export type { FileSystem } from './service/workspace.js';
export { parseSettings, DEFAULT_SETTINGS, type Settings } from './service/settings.js';
export { uriToPath, pathToUri } from './service/uri.js';
export type { DiagnosticData } from './service/diagnostics.js';
export { FIX_ALL_KIND } from './service/code-actions.js';
export { CheckScheduler } from './service/scheduler.js';
