import { detectDocumentKind } from '@kehoach/core';
import * as vscode from 'vscode';
import { format, type UiLocale } from './messages.js';
import { newPlanFileName, newPlanText, type Level } from './new-plan.js';
import { uriToPath } from './vscode-host.js';

const LEVELS: Array<{ level: Level; vi: string; en: string }> = [
  { level: 'province', vi: 'Tỉnh, thành phố', en: 'Province' },
  { level: 'commune', vi: 'Xã, phường, đặc khu', en: 'Commune, ward, special zone' },
  { level: 'district', vi: 'Huyện (kế hoạch trước 01/7/2025)', en: 'District (plans before 1 July 2025)' },
];

interface Found {
  uri: vscode.Uri;
  id?: string;
  level?: string;
  description?: string;
}

/** Templates (`kind: template`) and registries (`kind: registry`) of the workspace. */
async function findData(): Promise<{ templates: Found[]; registries: Found[]; configs: vscode.Uri[] }> {
  const files = await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/node_modules/**', 2000);
  const templates: Found[] = [];
  const registries: Found[] = [];
  const configs: vscode.Uri[] = [];
  for (const uri of files) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const kind = detectDocumentKind(uriToPath(uri), text);
    const field = (name: string): string | undefined => new RegExp(`^${name}:[ \\t]*["']?([^"'#\\n]+?)["']?[ \\t]*(?:#.*)?$`, 'm').exec(text)?.[1];
    if (kind === 'template') templates.push({ uri, id: field('id'), level: field('level'), description: field('description') });
    else if (kind === 'registry') registries.push({ uri, id: field('id') });
    else if (kind === 'config') configs.push(uri);
  }
  return { templates, registries, configs };
}

function relative(from: vscode.Uri, to: vscode.Uri): string {
  const a = from.path.split('/').slice(0, -1);
  const b = to.path.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  const rel = [...up, ...b.slice(i)].join('/');
  return up.length ? rel : `./${rel}`;
}

/** "New plan from template...": level, template, issuer, place and year, then a plan to fill. */
export async function newPlanCommand(locale: UiLocale): Promise<void> {
  const t = (s: string, ...a: Array<string | number>): string => format(locale, s, ...a);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(t('Open a folder first: the plan is created in it.'));
    return;
  }
  const level = await vscode.window.showQuickPick(
    LEVELS.map((l) => ({ label: locale === 'vi' ? l.vi : l.en, description: l.level, level: l.level })),
    { title: t('New plan: government level'), placeHolder: t('Which level issues the plan?') },
  );
  if (!level) return;
  const data = await findData();
  const none = { label: t('No template (empty plan with one task)'), description: '', uri: undefined as vscode.Uri | undefined };
  const choices = [
    ...data.templates
      .filter((tpl) => !tpl.level || tpl.level === level.level)
      .map((tpl) => ({ label: tpl.id ?? vscode.workspace.asRelativePath(tpl.uri), description: vscode.workspace.asRelativePath(tpl.uri), detail: tpl.description, uri: tpl.uri as vscode.Uri | undefined })),
    none,
  ];
  const template = await vscode.window.showQuickPick(choices, { title: t('New plan: template'), placeHolder: t('The plan builds on a template (extends)') });
  if (!template) return;
  const issuer = await vscode.window.showInputBox({
    title: t('New plan: issuer'),
    prompt: t('Full name of the issuing authority'),
    placeHolder: 'Ủy ban nhân dân huyện Bình Sơn',
    validateInput: (v) => (v.trim() ? undefined : t('Required')),
  });
  if (!issuer) return;
  const place = await vscode.window.showInputBox({ title: t('New plan: place'), prompt: t('Place name written before the date'), placeHolder: 'Bình Sơn' });
  if (place === undefined) return;
  const thisYear = new Date().getFullYear();
  const yearText = await vscode.window.showInputBox({
    title: t('New plan: year'),
    value: String(thisYear),
    validateInput: (v) => (/^\d{4}$/.test(v.trim()) ? undefined : t('A year such as {0}', thisYear)),
  });
  if (!yearText) return;
  const year = Number(yearText.trim());
  const existing = new Set((await vscode.workspace.fs.readDirectory(folder.uri)).map(([name]) => name));
  const target = vscode.Uri.joinPath(folder.uri, newPlanFileName(year, (n) => existing.has(n)));
  const hasConfig = data.configs.some((c) => c.path === vscode.Uri.joinPath(folder.uri, c.path.split('/').pop() ?? '').path);
  const registry = !hasConfig && data.registries[0] ? relative(target, data.registries[0].uri) : undefined;
  const text = newPlanText({
    level: level.level,
    issuer: issuer.trim(),
    place: place.trim(),
    year,
    ...(template.uri ? { template: relative(target, template.uri) } : {}),
    ...(registry ? { registry } : {}),
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(target);
  // Put the cursor on the first placeholder the author must fill.
  const at = text.indexOf('<');
  if (at >= 0) {
    const pos = editor.document.positionAt(at);
    editor.selection = new vscode.Selection(pos, editor.document.positionAt(text.indexOf('>', at) + 1));
  }
}
