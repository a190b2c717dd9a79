import { promises as fs } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, type PlanAnalysis, type ProjectHost } from '@kehoach/core';
import { loadForRender } from '../../src/index.js';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(PACKAGE_DIR, 'test', 'fixtures');
export const EXAMPLES = join(PACKAGE_DIR, '..', '..', 'examples');

/** A host over the real file system, rooted at `root`: what the CLI will hand core. */
export function nodeHost(root: string): ProjectHost {
  return { root, readFile: (p) => fs.readFile(p, 'utf8').catch(() => undefined) };
}

export async function loadPlan(root: string, path: string): Promise<PlanAnalysis> {
  return loadForRender(new Project(nodeHost(root)), path);
}

export function loadFixture(name: string): Promise<PlanAnalysis> {
  return loadPlan(FIXTURES, join(FIXTURES, name));
}

/** examples/2024/<plan>/*.kehoach.yaml, as another engineer writes them; empty until they exist. */
export async function examplePlans(): Promise<string[]> {
  const base = join(EXAMPLES, '2024');
  const dirs = await fs.readdir(base).catch(() => [] as string[]);
  const found: string[] = [];
  for (const dir of dirs.sort()) {
    const files = await fs.readdir(join(base, dir)).catch(() => [] as string[]);
    for (const f of files.sort()) if (f.endsWith('.kehoach.yaml')) found.push(join(base, dir, f));
  }
  return found;
}

export const FIXTURE_PLANS = [
  'district-binh-son.kehoach.yaml',
  'province-tay-ninh.kehoach.yaml',
  'commune-duong-quan.kehoach.yaml',
  // The document shape (sections), written for these tests: every structure of docs/plan-format.md.
  'province-binh-minh-sections.kehoach.yaml',
  'decision-binh-minh-cay-xanh.kehoach.yaml',
];

/**
 * Every plan to render: the real examples (as they exist) and the fixtures modelled on
 * the seeds, which stay put while the examples are being edited.
 */
export async function renderTargets(): Promise<{ name: string; load: () => Promise<PlanAnalysis> }[]> {
  const examples = (await examplePlans()).map((p) => ({
    name: relative(EXAMPLES, p).replace(/[\\/]/g, '__').replace(/\.kehoach\.yaml$/, ''),
    load: () => loadPlan(EXAMPLES, p),
  }));
  const fixtures = FIXTURE_PLANS.map((f) => ({ name: `fixture__${f.replace(/\.kehoach\.yaml$/, '')}`, load: () => loadFixture(f) }));
  return [...examples, ...fixtures];
}
