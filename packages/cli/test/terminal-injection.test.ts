import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENCIES, run, workspace } from './helpers.js';

/**
 * Issue 18, item 9: plan values and source lines that carry terminal control sequences
 * (set the window title, clear the screen), RLO and NUL. The repro is kept as a fixture:
 * a lead written with YAML escapes ("\e]0;...\a\e[2J"), a coordinator and a comment with
 * the raw bytes, a name reversed by RLO.
 */
const PLAN = readFileSync(new URL('./fixtures/terminal-injection.kehoach.yaml', import.meta.url), 'utf8');

/** What a terminal obeys instead of showing: C0 but newline, DEL and C1, bidi controls. */
const OBEYED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('terminal output escapes control and bidi characters', () => {
  it('the stylish report shows them as visible escapes, message and source line, and keeps Vietnamese as written', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': PLAN });
    const r = await run(['validate'], root);
    expect(r.stdout).not.toMatch(OBEYED);
    // The value, in the message and in the source line below it.
    expect(r.stdout).toContain('Cơ quan "Phòng \\u202Eụv iộN\\u202C \\x1b]0;Cửa sổ đã bị chiếm\\x07\\x1b[2J\\x1b[H" không có trong danh mục cơ quan.');
    expect(r.stdout).toContain('19 |     coordinators: Các cơ quan\\x1b]0;tiêu đề\\x07\\x1b[2J, đơn vị liên quan\\x00');
    // The carets still underline the whole value, escapes included.
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('    19 |'));
    expect(lines[at + 1]?.indexOf('^')).toBe(lines[at]?.indexOf('Các'));
    expect(lines[at + 1]?.trimEnd().endsWith('^')).toBe(true);
    expect(lines[at + 1]?.lastIndexOf('^')).toBe((lines[at]?.length ?? 0) - 1);
    expect(r.code).toBe(1);
  });

  it('in colour, the only escape sequences left are the report’s own colours', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': PLAN });
    const r = await run(['validate'], root, { tty: true, env: { FORCE_COLOR: '1', NO_COLOR: undefined as unknown as string } });
    const sequences = r.stdout.match(/\x1b[^m]*m?/g) ?? [];
    expect(sequences.length).toBeGreaterThan(0);
    for (const s of sequences) expect(s).toMatch(/^\x1b\[(1|2|4|22|24|3[1-49])m$/);
    expect(r.stdout.replace(/\x1b\[\d+m/g, '')).not.toMatch(OBEYED);
  });

  it('--format json keeps the values exact (JSON escapes) with nothing a terminal obeys', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': PLAN });
    const r = await run(['validate', '-f', 'json'], root);
    expect(r.stdout.replace(/\n/g, '')).not.toMatch(OBEYED);
    const files = JSON.parse(r.stdout) as { messages: { message: string }[] }[];
    const messages = files.flatMap((f) => f.messages.map((m) => m.message));
    expect(messages).toContain('Cơ quan "Phòng \u202eụv iộN\u202c \u001b]0;Cửa sổ đã bị chiếm\u0007\u001b[2J\u001b[H" không có trong danh mục cơ quan. Ghi đúng tên hoặc mã trong danh mục, hoặc thêm cơ quan vào danh mục (registry) hay mục "agencies" của kế hoạch.');
  });

  it('an error line on stderr that quotes a file name escapes it too', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES });
    const r = await run(['validate', 'khong-co\u001b]0;tiêu đề\u0007\u202e.kehoach.yaml'], root);
    expect(r.stderr).not.toMatch(OBEYED);
    expect(r.stderr).toContain('khong-co\\x1b]0;tiêu đề\\x07\\u202E.kehoach.yaml');
    expect(r.code).toBe(2);
  });

  it('YAML for another program stays exact through a pipe and is escaped on a terminal', async () => {
    const TEMPLATE = 'kind: template\nid: huyen\nlevel: district\n';
    const plan = 'kind: plan\nextends: ./mau.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\nyear: 2024\ntitle: "Tuyên truyền \\u202Eđảo chiều\\u202C \\e[2J năm 2024"\n';
    const root = workspace({ 'mau.yaml': TEMPLATE, 'ke-hoach.kehoach.yaml': plan });
    const piped = await run(['resolve', 'ke-hoach.kehoach.yaml'], root);
    expect(piped.stdout).toContain('\u202eđảo chiều\u202c');
    const shown = await run(['resolve', 'ke-hoach.kehoach.yaml'], root, { tty: true });
    expect(shown.stdout).not.toMatch(OBEYED);
    expect(shown.stdout).toContain('\\u202Eđảo chiều\\u202C');
    expect(shown.stdout).toContain('Ủy ban nhân dân huyện Bình Sơn');
  });
});
