#!/usr/bin/env node
import { terminalText } from './format/terminal-text.js';
import { main } from './main.js';

// Output goes through process.stdout/stderr.write; exitCode (not exit()) lets pipes drain.
main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(terminalText(`kehoach: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 2;
  },
);
