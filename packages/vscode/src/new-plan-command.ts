import * as vscode from 'vscode';
import { format, type UiLocale } from './messages.js';
import { ask, REQUESTS, serverUri, type ClientOf } from './plan-commands.js';

type Level = 'province' | 'district' | 'commune';

const LEVELS: Array<{ level: Level; vi: string; en: string }> = [
  { level: 'province', vi: 'Tỉnh, thành phố', en: 'Province' },
  { level: 'commune', vi: 'Xã, phường, đặc khu', en: 'Commune, ward, special zone' },
  { level: 'district', vi: 'Huyện (kế hoạch trước 01/7/2025)', en: 'District (plans before 1 July 2025)' },
];

interface TemplateChoice {
  uri: string;
  label: string;
  id?: string;
  description?: string;
}

/**
 * "New plan from template...": level, template, issuer, place and year are asked here;
 * the server (`kehoach/templates`, `kehoach/newPlan`) lists the templates and writes the
 * plan, which is saved and opened with its first placeholder selected.
 */
export async function newPlanCommand(client: ClientOf, locale: UiLocale): Promise<void> {
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
  const templates = (await ask<TemplateChoice[]>(client, REQUESTS.templates, { level: level.level })) ?? [];
  const none = { label: t('No template (empty plan with one task)'), description: '', uri: undefined as string | undefined };
  const template = await vscode.window.showQuickPick(
    [...templates.map((tpl) => ({ label: tpl.id ?? tpl.label, description: tpl.label, detail: tpl.description, uri: tpl.uri as string | undefined })), none],
    { title: t('New plan: template'), placeHolder: t('The plan builds on a template (extends)') },
  );
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
  const made = await ask<{ uri: string; text: string; placeholder?: { start: number; end: number } }>(client, REQUESTS.newPlan, {
    folder: await serverUri(client, folder.uri),
    level: level.level,
    issuer: issuer.trim(),
    place: place.trim(),
    year: Number(yearText.trim()),
    ...(template.uri ? { template: template.uri } : {}),
  });
  if (!made) return;
  const target = (await client()).protocol2CodeConverter.asUri(made.uri);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(made.text));
  const editor = await vscode.window.showTextDocument(target);
  // The first placeholder the author must fill, selected: typing replaces it.
  if (made.placeholder) editor.selection = new vscode.Selection(editor.document.positionAt(made.placeholder.start), editor.document.positionAt(made.placeholder.end));
}
