export { resolvePlugin } from './resolve.js';
export { importPlugin } from './import-plugin.js';
export { WorkerIsolate, DEFAULT_RULE_TIMEOUT_MS, type IsolateOptions } from './isolate.js';
export { createNodePluginHost, type NodePluginHost } from './node-host.js';
export { editorPlugins, type EditorPlugins } from './editor.js';
