import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';

/** What a new user looks for (issue 17, item 7) is in the help, in both languages. */
describe('help of init, validate --watch, --format html and render -f pdf', () => {
  it.each([
    ['vi', 'Dựng dự án kế hoạch cho một cơ quan', 'Cách dùng: kehoach init [thư-mục] --level province|commune', 'Theo dõi: kiểm tra lại mỗi khi', 'html: một trang xem bằng trình duyệt', 'PDF/A-2b để lưu trữ và gửi'],
    ['en', "Set up an office's plan project", 'Usage: kehoach init [folder] --level province|commune', 'Watch: check again whenever', 'html: one page for a browser', 'PDF/A-2b to archive and send'],
  ])('%s', async (locale, summary, initUsage, watch, html, pdf) => {
    const root = workspace({});
    const main = await run(['--locale', locale, '--help'], root);
    expect(main.stdout).toMatch(new RegExp(`^  init \\[thư-mục\\] --level <cấp> --name <tên> +${summary}`, 'm'));
    expect(main.stdout).toContain('(DOCX, PDF/A, HTML, Markdown)');
    const init = await run(['init', '--help', '--locale', locale], root);
    expect(init.code).toBe(0);
    expect(init.stdout.startsWith(initUsage)).toBe(true);
    for (const f of ['kehoach.config.yaml', 'agencies.yaml', '.vscode/extensions.json', '.github/workflows/kehoach.yml']) expect(init.stdout).toContain(f);
    const validate = await run(['validate', '--help', '--locale', locale], root);
    expect(validate.stdout).toContain('-f, --format stylish|json|sarif|html');
    expect(validate.stdout).toContain('-w, --watch');
    expect(validate.stdout).toContain(watch);
    expect(validate.stdout).toContain(html);
    const render = await run(['render', '--help', '--locale', locale], root);
    expect(render.stdout).toContain('-f, --format docx|pdf|html|md|txt');
    expect(render.stdout.replace(/\s+/g, ' ')).toContain(pdf);
  });
});
