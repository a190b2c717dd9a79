export { main, mainHelp } from './main.js';
export type { Io, MainOptions } from './io.js';
export { COMMANDS, type Command } from './commands/index.js';
export { NodeHost, findRoot } from './node-host.js';
