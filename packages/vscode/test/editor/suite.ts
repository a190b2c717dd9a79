import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerRow, goTo, mod, openFile, runCommand, setSetting, showProblems, shot } from './workbench.js';
import { expectedDiagnostics } from './workspace-files.js';
import { authorSteps } from './author-steps.js';

export interface Editor {
  page: Page;
  /** The text of a workspace file on disk; undefined where the workspace lives in the browser (test-web keeps writes in memory). */
  readFile?(name: string): string;
  /** The server's log, for failure messages. */
  log(): string;
  close(): Promise<void>;
}

/**
 * What a plan author does in VS Code, through the UI only: the same steps and assertions
 * in every real editor (code-server's desktop VS Code, VS Code for the Web).
 */
export interface EditorTraits {
  /** The workspace is a folder on disk the test can read (test-web keeps writes in the browser). */
  disk: boolean;
}

export function describeEditor(title: string, prefix: string, start: () => Promise<Editor>, traits: EditorTraits): void {
  describe(title, () => {
    let editor: Editor;

    beforeAll(async () => {
      editor = await start();
    });

    afterAll(async () => {
      await editor?.close();
    });

    // What the editor showed when a step failed, for a person to look at.
    afterEach(async (ctx) => {
      if (ctx.task.result?.state === 'fail' && editor) await shot(editor.page, `${prefix}-failed-${ctx.task.name.slice(0, 40).replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
    });

    it('shows the rule message of a task without a lead in the Problems panel', async () => {
      const { page } = editor;
      const [expected] = await expectedDiagnostics('task-lead-required.kehoach.yaml');
      expect(expected?.rule).toBe('task-lead-required');
      await openFile(page, 'task-lead-required.kehoach.yaml');
      const problems = await showProblems(page);
      await problems.getByText(expected!.vi, { exact: false }).first().waitFor({ timeout: 300_000 });
      await expect(problems.locator('.monaco-list-row').filter({ hasText: 'task-lead-required' }).count()).resolves.toBeGreaterThan(0);
      // The status bar counts the workspace's kehoach errors and warnings.
      const status = page.locator('.statusbar-item').filter({ hasText: 'kehoach' }).first();
      await expect.poll(async () => Number(/kehoach\D*(\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0), { timeout: 300_000 }).toBeGreaterThan(0);
      await shot(page, `${prefix}-problems`);
    });

    it('offers the registry agencies as completion at lead:', async () => {
      const { page } = editor;
      await openFile(page, 'bien-soan.kehoach.yaml');
      // Line 14 is "    lead: Phòng Nội vụ": clear the value and ask for completion.
      await goTo(page, 14, 11);
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Control+Space');
      const suggest = page.locator('.suggest-widget.visible');
      await expect.poll(() => suggest.getByText('Phòng Văn hóa và Thông tin').count(), { timeout: 300_000 }).toBeGreaterThan(0);
      await expect(suggest.getByText('Phòng Tư pháp').count()).resolves.toBeGreaterThan(0);
      await shot(page, `${prefix}-completion`);
      await page.keyboard.press('Escape');
      await page.keyboard.press(`${mod}+Z`);
    });

    it('shows the full name of an agency written by its short name on hover', async () => {
      const { page } = editor;
      await openFile(page, 'bien-soan.kehoach.yaml');
      // Line 9 is "    via: Phòng VH&TT".
      await goTo(page, 9, 13);
      await page.keyboard.press(`${mod}+K`);
      await page.keyboard.press(`${mod}+I`);
      const hover = page.locator('.monaco-hover:not(.hidden)');
      await hover.getByText('Phòng Văn hóa và Thông tin').first().waitFor({ timeout: 300_000 });
      await expect(hover.textContent()).resolves.toContain('phong-vhtt');
      await shot(page, `${prefix}-hover`);
      await page.keyboard.press('Escape');
    });

    it('applies the "did you mean" quick fix through the lightbulb menu and the text changes', async () => {
      const { page } = editor;
      const expected = await expectedDiagnostics('bien-soan.kehoach.yaml');
      expect(expected.map((d) => `${d.rule}:${d.line}`)).toEqual(['agency-known:18']);
      await openFile(page, 'bien-soan.kehoach.yaml');
      // Line 18 is "    lead: Phòng Tư phap".
      await goTo(page, 18, 14);
      const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Phòng Tư pháp' }).first();
      // Ctrl+. pressed while the code actions are still being computed may show nothing: press again.
      for (let attempt = 0; attempt < 3 && !(await fix.isVisible()); attempt++) {
        await page.keyboard.press(`${mod}+.`);
        await fix.waitFor({ timeout: 10_000 }).catch(() => undefined);
      }
      await fix.waitFor({ timeout: 300_000 });
      await shot(page, `${prefix}-quick-fix`);
      // Choose it with the keyboard, as a person does with Ctrl+. (a click races the menu's animation).
      const focused = page.locator('.action-widget .monaco-list-row.focused');
      for (let i = 0; i < 6 && !((await focused.textContent()) ?? '').includes('Phòng Tư pháp'); i++) await page.keyboard.press('ArrowDown');
      await expect(focused.textContent()).resolves.toContain('Phòng Tư pháp');
      await page.keyboard.press('Enter');
      const lines = page.locator('.monaco-editor .view-lines');
      await lines.getByText('lead: Phòng Tư pháp').first().waitFor({ timeout: 300_000 });
      if (editor.readFile) {
        await page.keyboard.press(`${mod}+S`);
        await expect.poll(() => editor.readFile!('bien-soan.kehoach.yaml').split('\n')[17], { timeout: 300_000 }).toBe('    lead: Phòng Tư pháp');
      }
      // The problem goes away once the server has checked the fixed text.
      const problems = await showProblems(page);
      await expect.poll(() => problems.getByText('Phòng Tư phap').count(), { timeout: 300_000 }).toBe(0);
    });
  
    it('switches messages to English live when kehoach.locale is changed in the Settings editor', async () => {
      const { page } = editor;
      const [expected] = await expectedDiagnostics('task-lead-required.kehoach.yaml');
      await openFile(page, 'task-lead-required.kehoach.yaml');
      const problems = await showProblems(page);
      await problems.getByText(expected!.vi, { exact: false }).first().waitFor({ timeout: 300_000 });
      // The Settings editor stays open (closing it early may drop the change): the panel is still in the page.
      await setSetting(page, 'kehoach.locale', 'en');
      await problems.getByText(expected!.en, { exact: false }).first().waitFor({ timeout: 300_000 });
      await expect(problems.getByText(expected!.vi, { exact: false }).count()).resolves.toBe(0);
      await shot(page, `${prefix}-english`);
      await page.keyboard.press('Escape');
      await setSetting(page, 'kehoach.locale', 'vi');
      await problems.getByText(expected!.vi, { exact: false }).first().waitFor({ timeout: 300_000 });
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Close All Editors');
    });

    it('shows the rendered document in a preview beside the plan', async () => {
      const { page } = editor;
      await openFile(page, 'bien-soan.kehoach.yaml');
      await runCommand(page, 'kehoach: Preview Document');
      // The webview's document lives in nested frames: find the one showing the plan's title.
      await expect
        .poll(async () => {
          for (const frame of page.frames()) {
            const text = await frame.locator('body').textContent({ timeout: 1000 }).catch(() => '');
            if (text?.includes('KẾ HOẠCH') && text.includes('Tổ chức Hội thi tuyên truyền về Chuyển đổi số')) return true;
          }
          return false;
        }, { timeout: 300_000 })
        .toBe(true);
      await page.waitForTimeout(500);
      await shot(page, `${prefix}-preview`);
      await runCommand(page, 'View: Close All Editors');
    });


    it('creates a plan with "New Plan from Template..." through its quick picks and inputs', async () => {
      const { page } = editor;
      const year = new Date().getFullYear();
      await runCommand(page, 'kehoach: New Plan from Template...');
      const pick = async (label: string): Promise<void> => {
        const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
        await row.waitFor({ timeout: 300_000 });
        await row.click();
      };
      const type = async (text: string): Promise<void> => {
        const input = page.locator('.quick-input-widget .quick-input-box input').first();
        await input.waitFor();
        await input.fill(text);
        // On a loaded machine the box can take a moment to hold the text: Enter only then,
        // and go on once this box has moved on (the next prompt, or the widget closed).
        await expect.poll(() => input.inputValue(), { timeout: 300_000 }).toBe(text);
        await page.keyboard.press('Enter');
        await expect
          .poll(async () => (await input.isVisible()) && (await input.inputValue()) === text, { timeout: 300_000 })
          .toBe(false);
      };
      await pick('Huyện (kế hoạch trước 01/7/2025)');
      await pick('Không dùng mẫu');
      await type('Ủy ban nhân dân huyện Bình Sơn');
      await type('Bình Sơn');
      await type(String(year));
      const name = `ke-hoach-${year}.kehoach.yaml`;
      await page.locator('.editor-group-container.active .tab.active').filter({ hasText: name }).first().waitFor({ timeout: 300_000 });
      const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines');
      await lines.getByText('name: Ủy ban nhân dân huyện Bình Sơn').first().waitFor();
      await lines.getByText(`timeframe: Thường xuyên trong năm ${year}`).first().waitFor();
      if (editor.readFile) {
        const text = editor.readFile(name);
        expect(text).toContain('  name: Ủy ban nhân dân huyện Bình Sơn\n  level: district\n');
        expect(text).toContain(`timeframe: Thường xuyên trong năm ${year}`);
      }
      // The first placeholder is selected, ready to be typed over.
      await expect.poll(() => page.locator('.editor-group-container.active .monaco-editor .selected-text').count(), { timeout: 300_000 }).toBeGreaterThan(0);
      await shot(page, `${prefix}-new-plan`);
    });

    it('shows the plan resolved through its template, with where each part came from', async () => {
      const { page } = editor;
      await openFile(page, 'template-parameter-override.kehoach.yaml');
      await runCommand(page, 'kehoach: Show Resolved Plan');
      const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines');
      await lines.getByText('Kế hoạch sau khi áp dụng mẫu: ./templates/huyen.template.yaml').first().waitFor({ timeout: 300_000 });
      // The template's task, inherited, says which file and line it came from.
      // (Monaco renders spaces as no-break spaces.)
      await lines.getByText(/#[\s\u00a0]từ[\s\u00a0]\.\/templates\/huyen\.template\.yaml:\d+/).first().waitFor();
      await lines.getByText('id: tap-huan-cchc').first().waitFor();
      await shot(page, `${prefix}-resolved`);
      await runCommand(page, 'View: Close All Editors');
    });

    it.runIf(traits.disk)('exports the official document to HTML and DOCX next to the plan', async () => {
      const { page } = editor;
      await openFile(page, 'bien-soan.kehoach.yaml');
      await runCommand(page, 'kehoach: Export to HTML');
      await expect.poll(() => editor.readFile?.('bien-soan.html') ?? '', { timeout: 300_000 }).toContain('Tổ chức Hội thi tuyên truyền về Chuyển đổi số');
      await runCommand(page, 'kehoach: Export to DOCX');
      // A DOCX is a zip: it starts with "PK".
      await expect.poll(() => (editor.readFile?.('bien-soan.docx') ?? '').slice(0, 2), { timeout: 300_000 }).toBe('PK');
    });

    it.runIf(!traits.disk)('exports the official document to HTML and DOCX next to the plan, in the browser\'s file system', async () => {
      const { page } = editor;
      await openFile(page, 'bien-soan.kehoach.yaml');
      const toasts = page.locator('.notifications-toasts');
      await runCommand(page, 'kehoach: Export to HTML');
      // The server renders it in its Web Worker; the client writes it beside the plan and says so.
      await expect.poll(async () => (await toasts.allTextContents()).join(' '), { timeout: 300_000 }).toMatch(/(Đã xuất|Exported) bien-soan\.html/);
      await explorerRow(page, 'bien-soan.html').waitFor({ timeout: 300_000 });
      await runCommand(page, 'kehoach: Export to DOCX');
      await expect.poll(async () => (await toasts.allTextContents()).join(' '), { timeout: 300_000 }).toMatch(/(Đã xuất|Exported) bien-soan\.docx/);
      await explorerRow(page, 'bien-soan.docx').waitFor({ timeout: 300_000 });
      await runCommand(page, 'Notifications: Clear All Notifications').catch(() => undefined);
      // The HTML written is the plan's document: opened in the editor, its <title> (line 6,
      // in view) is the plan's. Monaco renders spaces as no-break spaces.
      await openFile(page, 'bien-soan.html');
      const title = /<title>Kế[\s\u00a0]hoạch[\s\u00a0]Tuyên[\s\u00a0]truyền[\s\u00a0]cải[\s\u00a0]cách[\s\u00a0]hành[\s\u00a0]chính[\s\u00a0]năm[\s\u00a0]2024/;
      await page.locator('.monaco-editor .view-line').filter({ hasText: title }).first().waitFor({ timeout: 300_000 });
      await shot(page, `${prefix}-exported`);
      await runCommand(page, 'View: Close All Editors');
    });

    authorSteps(() => editor, prefix, traits);
  });
}
