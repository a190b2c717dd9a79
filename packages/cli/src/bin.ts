#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { terminalText } from './format/terminal-text.js';
import { main } from './main.js';

/** One line read from the terminal; undefined at end of input or on Ctrl+C. */
function prompt(question: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    let answered = false;
    const done = (answer: string | undefined): void => {
      if (answered) return;
      answered = true;
      rl.close();
      resolve(answer);
    };
    rl.on('SIGINT', () => {
      process.stderr.write('\n');
      done(undefined);
    });
    rl.on('close', () => done(undefined));
    rl.question(terminalText(question), (answer) => done(answer));
  });
}

const stdinIsTTY = process.stdin.isTTY === true;

// Output goes through process.stdout/stderr.write; exitCode (not exit()) lets pipes drain.
main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true, stdin: stdinIsTTY },
  env: process.env,
  ...(stdinIsTTY ? { prompt } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(terminalText(`kehoach: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 2;
  },
);
