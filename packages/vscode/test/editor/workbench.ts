import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { PACKAGE_DIR } from './tools.js';

/** Keyboard-driven steps in a VS Code workbench, the same in code-server and VS Code for the Web. */
export const SHOTS = join(PACKAGE_DIR, 'test-results');
const isMac = process.platform === 'darwin';
export const mod = isMac ? 'Meta' : 'Control';

/** A file's row in the Explorer. */
export function explorerRow(page: Page, name: string): Locator {
  return page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
}

/** Open a workspace file from the Explorer (quick open needs a file search VS Code for the Web lacks). */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${mod}+Shift+E`);
  await explorerRow(page, name).click();
  const group = page.locator('.editor-group-container.active');
  await group.locator('.tab.active').filter({ hasText: name }).first().waitFor();
  await group.locator('.monaco-editor .view-lines').first().click();
}

/**
 * Put the cursor at line:column (1-based) with "Go to Line/Column", and wait until the
 * status bar shows it there: Enter pressed before the picker has read the typed value
 * closes it without moving (seen once in CI, where F2 then ran wherever a click had
 * left the cursor). Each try types the position again.
 */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  const where = page.locator('#status\\.editor\\.selection');
  const wanted = new RegExp(`\\b${line}\\D+${column}\\b`);
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press(`${mod}+G`);
    const input = page.locator('.quick-input-widget .quick-input-box input').first();
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor textarea.inputarea, .monaco-editor .native-edit-context').first().waitFor({ state: 'attached' });
    const there = await expect
      .poll(async () => wanted.test((await where.textContent({ timeout: 2_000 }).catch(() => '')) ?? ''), { timeout: 15_000 })
      .toBe(true)
      .then(() => true, () => false);
    if (there) return;
    if (attempt === 4) throw new Error(`the cursor did not reach ${line}:${column}; the status bar says "${await where.textContent({ timeout: 2_000 }).catch(() => '?')}"`);
    await page.keyboard.press('Escape');
  }
}

/** A screenshot in test-results/ (git-ignored) for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}


/** Run a command from the Command Palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').first().fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Change a user setting with an enum in the Settings editor, as a person does. */
export async function setSetting(page: Page, id: string, value: string): Promise<void> {
  await runCommand(page, 'Preferences: Open User Settings');
  const editor = page.locator('.settings-editor');
  await editor.waitFor();
  await page.keyboard.type(id);
  // The search is incremental: wait for the setting itself, not whatever matched "k" first.
  const item = editor.locator('.setting-item-enum').filter({ has: page.locator(`[data-key="${id}"], .setting-item-title:has-text("${titleOf(id)}")`) });
  await expect.poll(() => item.count(), { timeout: 300_000 }).toBe(1);
  await item.locator('select').selectOption(value);
}

/** "kehoach.locale" as the Settings editor titles it: "Kehoach: Locale". */
function titleOf(id: string): string {
  const parts = id.split('.');
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(parts[0] ?? '')}: ${parts.slice(1).map(cap).join(' ')}`;
}

/** Show the Problems panel (Ctrl+Shift+M toggles it, so only when it is not in view). */
export async function showProblems(page: Page) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press(`${mod}+Shift+M`);
  await panel.waitFor();
  return panel;
}
