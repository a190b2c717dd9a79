import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { commonFolder, findProjectRoot } from '@kehoach/core';
import { isDynamicPattern } from 'tinyglobby';
import { isDirectory } from './node-host.js';
import { absolute, toPosix } from './paths.js';

/**
 * The project root of a run, by core's policy (see `findProjectRoot`): found from the
 * folders the inputs name — the nearest `root: true` config, else the repository, else
 * that folder — and never from the working directory, so `kehoach validate some/folder`
 * run from anywhere reads the same project (and its registries are inside it).
 */
export function projectRoot(folder: string): Promise<string> {
  return findProjectRoot(toPosix(folder), {
    exists: (path) => stat(path).then(
      () => true,
      () => false,
    ),
    readFile: (path) => readFile(path, 'utf8').catch(() => undefined),
  });
}

/** The folder the inputs have in common: a folder itself, a file's folder, a glob's fixed start. */
export function inputsFolder(inputs: readonly string[], cwd: string): string {
  const folders = inputs.map((input) => {
    if (isDynamicPattern(input)) {
      const parts = input.replace(/\\/g, '/').split('/');
      const fixed = parts.slice(0, parts.findIndex((p) => isDynamicPattern(p)));
      return absolute(cwd, fixed.join('/') || '.');
    }
    const path = absolute(cwd, input);
    return isDirectory(path) ? path : toPosix(dirname(path));
  });
  return commonFolder(folders.length ? folders : [toPosix(cwd)]);
}
