import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Project, type AgencyEntry, type ProjectHost } from '@kehoach/core';
import { parse } from 'yaml';

export const TEMPLATE_IDS = ['province', 'commune', 'province-2024', 'district-2024', 'commune-2024'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** This package's folder: its node_modules holds the template packages (workspace links). */
export const HERE = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
export const templateDir = (id: TemplateId): string => fileURLToPath(new URL(`../../../${id}/`, import.meta.url)).replace(/\/$/, '');

export interface PackageJson {
  name: string;
  version: string;
  files: string[];
  kehoach: { template: string; level: string; supersededBy?: string };
  publishConfig?: { access?: string };
}

export const packageJson = (id: TemplateId): PackageJson => JSON.parse(readFileSync(`${templateDir(id)}/package.json`, 'utf8')) as PackageJson;

export interface TemplateData {
  kind: string;
  level: string;
  issuer: { name: string; level: string; agency?: string; parent?: string };
  tasks: { id: string; lead?: string | string[]; timeframe?: string }[];
  agencies: AgencyEntry[];
}

export const templateData = (id: TemplateId): TemplateData => parse(readFileSync(`${templateDir(id)}/template.yaml`, 'utf8')) as TemplateData;

/** Reads the disk; files given as text (plans under test) override it. */
export class OverlayHost implements ProjectHost {
  constructor(
    readonly root: string,
    readonly files: Map<string, string> = new Map(),
  ) {}
  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path) ?? readFile(path, 'utf8').catch(() => undefined);
  }
}

export async function checkText(path: string, text: string) {
  const host = new OverlayHost(HERE, new Map([[path, text]]));
  const result = await new Project(host).check(path, text);
  if (!result) throw new Error(`no result for ${path}`);
  return result;
}
