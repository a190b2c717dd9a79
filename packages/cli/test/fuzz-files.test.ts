import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mutant } from '../../core/test/fuzz/mutate.js';
import { run, workspace } from './helpers.js';
import { installTemplates } from './template-fixtures.js';

/**
 * The CLI side of issue 18's fuzz test (the properties of one text are in
 * packages/core/test/fuzz): in one `kehoach validate` run over a folder, mutants of the
 * 2024 seed plans (the same seeded mutations) never hide the other files' reports. Every
 * file gets its entry, the untouched seeds get exactly the report they get alone, and the
 * run ends with 0 or 1, never "Lỗi không mong đợi". `pnpm fuzz` runs more of them
 * (KEHOACH_FUZZ_CLI_COUNT).
 */
const COUNT = Number(process.env.KEHOACH_FUZZ_CLI_COUNT ?? 120);
const SEED = Number(process.env.KEHOACH_FUZZ_SEED ?? 18);
const PER_RUN = 20;

const EXAMPLES = fileURLToPath(new URL('../../../examples/2024/', import.meta.url));
const SEEDS = ['huyen-binh-son', 'tinh-tay-ninh', 'xa-duong-quan'];
const PLAN = 'ke-hoach-tuyen-truyen-cchc.kehoach.yaml';

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; message: string }[];
}

function seedWorkspace(): string {
  const root = workspace({});
  for (const s of SEEDS) cpSync(join(EXAMPLES, s), join(root, s), { recursive: true });
  installTemplates(root, 'province-2024', 'district-2024', 'commune-2024');
  return root;
}

async function report(root: string, args: string[]): Promise<{ code: number; files: JsonFile[]; stderr: string }> {
  const r = await run(['validate', '-f', 'json', ...args], root);
  return { code: r.code, files: JSON.parse(r.stdout) as JsonFile[], stderr: r.stderr };
}

const rel = (root: string, f: JsonFile): string => f.filePath.slice(root.length + 1);

describe('fuzz: a bad file never hides the other files’ reports (kehoach validate)', () => {
  it(`${COUNT} mutants of the seed plans, ${PER_RUN} per run beside the untouched seeds`, async () => {
    const root = seedWorkspace();
    const alone = new Map<string, JsonFile['messages']>();
    for (const s of SEEDS) alone.set(`${s}/${PLAN}`, (await report(root, [`${s}/${PLAN}`])).files[0]?.messages ?? []);
    const problems: string[] = [];
    let runs = 0;
    let checked = 0;
    for (let first = 0; first < COUNT; first += PER_RUN) {
      const written: string[] = [];
      for (let i = first; i < Math.min(COUNT, first + PER_RUN); i++) {
        const s = SEEDS[i % SEEDS.length] as string;
        const m = mutant(readFileSync(join(EXAMPLES, s, PLAN), 'utf8'), SEED * 1_000_003 + i);
        const name = `${s}/dot-bien-${i}.kehoach.yaml`;
        writeFileSync(join(root, name), m.text);
        written.push(name);
      }
      const r = await report(root, ['.']);
      const seen = r.files.map((f) => rel(root, f));
      const tag = `run from mutant ${first} (seed ${SEED})`;
      if (r.code !== 0 && r.code !== 1) problems.push(`${tag}: exit ${r.code}: ${r.stderr}`);
      if (r.stderr.includes('không mong đợi')) problems.push(`${tag}: ${r.stderr}`);
      for (const name of [...written, ...alone.keys()]) if (seen.filter((p) => p === name).length !== 1) problems.push(`${tag}: ${name} has ${seen.filter((p) => p === name).length} entries`);
      for (const [name, messages] of alone) {
        const now = r.files.find((f) => rel(root, f) === name)?.messages;
        if (JSON.stringify(now) !== JSON.stringify(messages)) problems.push(`${tag}: the report of ${name} changed`);
      }
      runs++;
      checked += written.length;
      if (problems.length) break;
      // The next run has its own mutants.
      for (const name of written) rmSync(join(root, name));
    }
    console.log(`fuzz cli (seed ${SEED}): ${checked} mutants in ${runs} runs of kehoach validate, ${problems.length} runs where a file hid or changed another's report`);
    expect(problems).toEqual([]);
  }, Math.max(300_000, COUNT * 2000));
});
