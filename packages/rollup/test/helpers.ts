import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Project, type ProjectHost } from '@kehoach/core';
import { collect, yamlFiles } from '../src/collect.js';
import { computeRollup, type RollupOptions } from '../src/compute.js';
import { Workspace } from '../src/workspace.js';
import type { Rollup } from '../src/types.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
export const EXAMPLE_DIR = `${REPO}/examples/2026/tinh-binh-minh`;
export const EXAMPLE_PLAN = `${EXAMPLE_DIR}/ke-hoach-mot-cua-so-2026.kehoach.yaml`;

export function diskHost(root: string): ProjectHost {
  return { root, readFile: (p) => readFile(p, 'utf8').catch(() => undefined) };
}

/** The roll-up of a plan over a folder, read from disk as the CLI does. */
export async function rollupOf(plan: string, dir: string, options: RollupOptions = {}): Promise<Rollup> {
  const { summaries } = await collect(await yamlFiles(dir), { jobs: 1 });
  const project = new Project(diskHost(dir));
  const loaded = await project.analyze(plan);
  if (!loaded) throw new Error(`cannot read ${plan}`);
  return computeRollup(loaded.analysis, plan, new Workspace(summaries), options);
}
