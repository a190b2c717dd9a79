import { expect, it } from 'vitest';
import type { Editor, EditorTraits } from './suite.js';
import { goTo, mod, openFile, runCommand, shot, showProblems } from './workbench.js';
import { expectedDiagnostics } from './workspace-files.js';

/** Wait long enough for a loaded machine: these are hang guards, not speed checks. */
const PATIENCE = { timeout: 120_000 };

/** Undo what a step typed, so the next step finds the workspace as it was. */
/**
 * Undo what a step typed and close the editors, and make sure of both: a revert that did
 * not run leaves the file dirty, "Close All Editors" then asks whether to save it, and
 * whatever key comes next may save the typed text for every later step to read.
 */
async function revert(editor: Editor): Promise<void> {
  const { page } = editor;
  const dirty = page.locator('.editor-group-container .tab.dirty');
  for (let attempt = 0; attempt < 5; attempt++) {
    await runCommand(page, 'File: Revert File').catch(() => undefined);
    const clean = await expect.poll(() => dirty.count(), { timeout: 10_000 }).toBe(0).then(() => true, () => false);
    if (clean) break;
  }
  await runCommand(page, 'View: Close All Editors').catch(() => undefined);
  await expect.poll(() => page.locator('.editor-group-container .tab').count(), PATIENCE).toBe(0);
}

/** The editor shows this text on a line: a step that reads or edits a line checks it first. */
async function lineShows(editor: Editor, text: RegExp): Promise<void> {
  await expect.poll(() => editor.page.locator('.monaco-editor .view-line').filter({ hasText: text }).count(), PATIENCE).toBeGreaterThan(0);
}

/** The server has checked the workspace (it starts with the first plan opened): the status bar counts its problems. */
async function serverReady(editor: Editor): Promise<void> {
  const status = editor.page.locator('.statusbar-item').filter({ hasText: 'kehoach' }).first();
  await expect.poll(async () => Number(/kehoach\D*(\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0), PATIENCE).toBeGreaterThan(0);
}

/**
 * What an author notices, step by step, in the real editors (issue 16): the same server
 * answers in both, so every step runs in code-server's VS Code and in VS Code for the Web.
 */
export function authorSteps(current: () => Editor, prefix: string, traits: EditorTraits): void {
  it('opens completion by itself as "lead: " is typed, and keeps it while "phong noi" is typed fast', async () => {
    const { page } = current();
    await openFile(page, 'bien-soan.kehoach.yaml');
    await serverReady(current());
    try {
      // Line 14 is "    lead: Phòng Nội vụ": typed again from "lead".
      await lineShows(current(), /lead:\s+Phòng\s+Nội\s+vụ/);
      await goTo(page, 14, 5);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('lead: ');
      const suggest = page.locator('.suggest-widget.visible');
      // No Ctrl+Space: the space after "lead:" opens the list.
      await expect.poll(() => suggest.getByText('Phòng Văn hóa và Thông tin').count(), PATIENCE).toBeGreaterThan(0);
      await page.keyboard.type('phong noi');
      await expect.poll(() => suggest.getByText('Phòng Nội vụ').count(), PATIENCE).toBeGreaterThan(0);
      await expect(page.locator('.suggest-widget').getByText(/No suggestions|Không có đề xuất/).count()).resolves.toBe(0);
      await shot(page, `${prefix}-completion-typed`);
      await page.keyboard.press('Escape');
    } finally {
      await revert(current());
    }
  });

  it('opens completion by itself as "timeframe: " is typed, with the phrases of the plan\'s year', async () => {
    const { page } = current();
    await openFile(page, 'bien-soan.kehoach.yaml');
    await serverReady(current());
    try {
      // Line 15 is "    timeframe: Trong Quý II năm 2024": typed again from "timeframe".
      await lineShows(current(), /timeframe:\s+Trong\s+Quý\s+II\s+năm\s+2024/);
      await goTo(page, 15, 5);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('timeframe: ');
      const suggest = page.locator('.suggest-widget.visible');
      // No Ctrl+Space: the space after "timeframe:" opens the list, in the plan's year.
      await expect.poll(() => suggest.getByText('Quý II/2024').count(), PATIENCE).toBeGreaterThan(0);
      await page.keyboard.type('quy iv');
      await expect.poll(() => suggest.getByText('Quý IV/2024').count(), PATIENCE).toBeGreaterThan(0);
      await shot(page, `${prefix}-timeframe-typed`);
      await page.keyboard.press('Escape');
    } finally {
      await revert(current());
    }
  });

  it('says why an agency written by its name cannot be renamed, in Vietnamese', async () => {
    const { page } = current();
    await openFile(page, 'bien-soan.kehoach.yaml');
    await serverReady(current());
    // Line 14 is "    lead: Phòng Nội vụ" (not what an earlier step typed there).
    await lineShows(current(), /lead:\s+Phòng\s+Nội\s+vụ/);
    await goTo(page, 14, 14);
    await page.keyboard.press('F2');
    const message = page.locator('.monaco-editor-overlaymessage, .notifications-toasts');
    await expect.poll(async () => (await message.allTextContents()).join(' '), PATIENCE).toMatch(/"Phòng Nội vụ" là tên của cơ quan "[a-z-]+": hãy đổi mã/);
    await shot(page, `${prefix}-rename-refused`);
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editors');
  });

  it('renames a task id (the web extension renames too)', async () => {
    const { page } = current();
    await openFile(page, 'bien-soan.kehoach.yaml');
    try {
      // Line 12 is "  - id: hoi-thi-chuyen-doi-so".
      await goTo(page, 12, 12);
      // The rename box of this editor, with the cursor in it (an earlier one may linger hidden).
      const input = page.locator('.rename-box input:focus, .rename-box .rename-input:focus').first();
      for (let attempt = 0; attempt < 5 && !(await input.isVisible()); attempt++) {
        await page.keyboard.press('F2');
        await input.waitFor({ timeout: 20_000 }).catch(() => undefined);
      }
      await input.waitFor(PATIENCE);
      // The id is selected in the box: typing replaces it.
      await page.keyboard.type('hoi-thi-so');
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines').getByText('id: hoi-thi-so').first().waitFor(PATIENCE);
    } catch (e) {
      await shot(page, `${prefix}-failed-rename-before-revert`);
      throw e;
    } finally {
      await revert(current());
    }
  });

  it('finds an agency of the registry among the workspace symbols (the web extension too)', async () => {
    const { page } = current();
    await openFile(page, 'bien-soan.kehoach.yaml');
    await page.keyboard.press(`${mod}+T`);
    const input = page.locator('.quick-input-widget .quick-input-box input').first();
    await input.waitFor();
    await input.fill('#Nội vụ');
    await expect.poll(() => page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Phòng Nội vụ' }).count(), PATIENCE).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editors');
  });

  it('"Thêm cơ quan chủ trì" inserts the lead selected: typing replaces it, no "<...>" is left', async () => {
    const { page } = current();
    const [expected] = await expectedDiagnostics('task-lead-required.kehoach.yaml');
    await openFile(page, 'task-lead-required.kehoach.yaml');
    await serverReady(current());
    try {
      await goTo(page, expected!.line, 9);
      const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Thêm cơ quan chủ trì' }).first();
      for (let attempt = 0; attempt < 5 && !(await fix.isVisible()); attempt++) {
        await page.keyboard.press(`${mod}+.`);
        await fix.waitFor({ timeout: 15_000 }).catch(() => undefined);
      }
      const focused = page.locator('.action-widget .monaco-list-row.focused');
      for (let i = 0; i < 8 && !((await focused.textContent()) ?? '').includes('Thêm cơ quan chủ trì'); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Phòng Nội vụ');
      const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines');
      await lines.getByText('lead: Phòng Nội vụ').first().waitFor(PATIENCE);
      await expect(lines.getByText('Cơ quan chủ trì>').count()).resolves.toBe(0);
      await shot(page, `${prefix}-lead-inserted`);
    } finally {
      await revert(current());
    }
  });

  it('Show Resolved Plan names every file by its path from the plan, never where it lies on disk', async () => {
    const { page } = current();
    await openFile(page, 'template-parameter-override.kehoach.yaml');
    await runCommand(page, 'kehoach: Show Resolved Plan');
    const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines');
    // (Monaco renders spaces as no-break spaces.)
    await lines.getByText(/Kế[\s\u00a0]hoạch[\s\u00a0]sau[\s\u00a0]khi[\s\u00a0]áp[\s\u00a0]dụng[\s\u00a0]mẫu:[\s\u00a0]\.\/templates\/huyen\.template\.yaml[\s\u00a0]→[\s\u00a0]\.\/template-parameter-override\.kehoach\.yaml/).first().waitFor(PATIENCE);
    await expect((await lines.textContent()) ?? '').not.toMatch(/[\s\u00a0]\/(tmp|home|root|static|mount)\//);
    await runCommand(page, 'View: Close All Editors');
  });

  it.runIf(!traits.disk)('links each rule id in the Problems panel to its docs page, served with the web extension', async () => {
    const { page } = current();
    await openFile(page, 'task-lead-required.kehoach.yaml');
    const problems = await showProblems(page);
    const link = problems.locator('a.monaco-link').filter({ hasText: /^task-lead-required$/ }).first();
    await link.waitFor(PATIENCE);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/docs\/rules\/task-lead-required\.md$/);
    // The page is there: the browser fetches it from where the extension is served.
    const body = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(body).toMatch(/task-lead-required/);
    await runCommand(page, 'View: Close All Editors');
  });

  it.runIf(traits.disk)('links each rule id in the Problems panel to its docs page shipped in the .vsix', async () => {
    const { page } = current();
    await openFile(page, 'task-lead-required.kehoach.yaml');
    const problems = await showProblems(page);
    // The rule id after the message is a link (a plain label when the server gave no docs URL).
    const link = problems.locator('a.monaco-link').filter({ hasText: /^task-lead-required$/ }).first();
    await link.waitFor(PATIENCE);
    expect(await link.getAttribute('href')).toMatch(/\/extensions\/kehoach\.kehoach-[^/]+\/docs\/rules\/task-lead-required\.md$/);
    await runCommand(page, 'View: Close All Editors');
  });
}
