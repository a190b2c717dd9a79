import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, relative } from 'node:path';
import { ConfigResolver, fill, pick, type AgencyEntry, type Locale, type Message, type MessageData } from '@kehoach/core';
import { IMPORT_LIMITS, importPlan, InputTooLargeError, NotAPlanError, readRegistry, templateItems, type ImportResult, type TemplateItems } from '@kehoach/import';
import { localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { CliError } from '../errors.js';
import { NodeHost } from '../node-host.js';
import { projectRoot } from '../project-root.js';
import { extendsValue, packageSpec, requireTemplatePackage } from '../template-packages.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { encodeText, writeAtomic } from '../write-atomic.js';

const M = {
  usage: {
    vi: `Cách dùng: kehoach import <tệp.txt|tệp.docx> [-o kế-hoạch.kehoach.yaml] [tùy chọn]

Đọc một kế hoạch có sẵn (văn bản thuần hoặc DOCX) và viết bản nháp YAML: mỗi giá trị
kèm dòng nguồn (# nguồn: dòng 42), trường không tìm thấy để trống kèm chú thích, đoạn
không nhận ra được ghi ở cuối tệp. Sau đó chạy kehoach validate trên bản nháp.

Tùy chọn:
  -o, --output <tệp>     Ghi bản nháp vào tệp (mặc định: in ra màn hình)
  --force                Ghi đè tệp đã có
  --registry <tệp>       Danh mục cơ quan để đối chiếu tên (mặc định: danh mục của kehoach.config.yaml)
  --template <gói>       Mẫu kế hoạch đã cài (npm): đối chiếu tên với danh mục cơ quan của mẫu, ghi "extends:"
  --report json          In báo cáo nhập (tìm thấy gì, ở dòng nào) dạng JSON ra stderr
  --locale vi|en         Ngôn ngữ thông báo

Giới hạn: tệp đến 64 MB, văn bản đến 10.000 đoạn (dòng có chữ của tệp văn bản; đoạn của
DOCX, kể cả đoạn trong ô bảng), phần văn bản của DOCX (word/document.xml) đến 3 MB không kể
định dạng và 64 MB khi giải nén. Tệp lớn hơn bị từ chối trước khi đọc (mã thoát 2): hãy tách
văn bản, ví dụ các phụ lục, thành những tệp nhỏ hơn.
`,
    en: `Usage: kehoach import <file.txt|file.docx> [-o plan.kehoach.yaml] [options]

Reads an existing plan (plain text or DOCX) and writes a YAML draft: every value notes
its source line (# nguồn: dòng 42), fields not found stay empty with a comment, and text
that could not be placed is listed at the end. Then run kehoach validate on the draft.

Options:
  -o, --output <file>    Write the draft to a file (default: standard output)
  --force                Overwrite an existing file
  --registry <file>      Agency registry to match names against (default: the one of kehoach.config.yaml)
  --template <package>   An installed template package: match names against its agencies, write "extends:"
  --report json          Print the import report (what was found, on which line) as JSON on stderr
  --locale vi|en         Message language

Limits: files up to 64 MB, documents up to 10,000 paragraphs (lines with text of a text
file; paragraphs of a DOCX, those in table cells included), a DOCX's document part
(word/document.xml) up to 3 MB without its formatting and 64 MB unzipped. Larger inputs
are refused before they are read (exit code 2): split the document, its appendices say,
into smaller files.
`,
  },
  missingInput: { vi: 'Thiếu tệp cần nhập: kehoach import <tệp.txt|tệp.docx>.', en: 'Missing the file to import: kehoach import <file.txt|file.docx>.' },
  exists: { vi: 'Tệp {path} đã có; thêm --force để ghi đè.', en: '{path} already exists; add --force to overwrite it.' },
  badRegistry: { vi: 'Danh mục cơ quan {path} không đọc được: {reason}', en: 'Cannot use the agency registry {path}: {reason}' },
  badDocx: { vi: 'Không đọc được {path} như tệp DOCX: {reason}', en: 'Cannot read {path} as a DOCX file: {reason}' },
  pdf: {
    vi: '{path} là tệp PDF: hãy chuyển sang văn bản trước (ví dụ: pdftotext -layout {path} ke-hoach.txt) rồi nhập tệp .txt.',
    en: '{path} is a PDF: convert it to text first (e.g. pdftotext -layout {path} plan.txt), then import the .txt file.',
  },
  legacyDoc: {
    vi: '{path} là tệp Word 97-2003 (.doc): hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx.',
    en: '{path} is a Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx.',
  },
  badReport: { vi: '--report chỉ nhận "json".', en: '--report only takes "json".' },
  summary: {
    vi: 'Đã nhập {path}: {sections} phần, {tasks} nhiệm vụ ({appendixRows} trong phụ lục), {requests} đề nghị, {targets} chỉ tiêu, {bases} căn cứ, {reports} đường báo cáo, {recipients} nơi nhận.',
    en: 'Imported {path}: {sections} sections, {tasks} tasks ({appendixRows} in appendices), {requests} requests, {targets} targets, {bases} legal bases, {reports} report paths, {recipients} recipients.',
  },
  notAPlan: { vi: 'Không nhập {path}: {reason}', en: 'Not imported, {path}: {reason}' },
  tooLarge: { vi: 'Không nhập {path}: {reason}', en: 'Not imported, {path}: {reason}' },
  templateRemoved: {
    vi: 'Mẫu {template} có {count} nhiệm vụ, mục và chỉ tiêu riêng; bản nháp bỏ chúng ("remove:"), vì văn bản gốc nêu nhiệm vụ của chính nó.',
    en: 'The template {template} has {count} tasks, sections and targets of its own; the draft removes them ("remove:"), since the imported document states its own.',
  },
  unplaced: { vi: '{count} đoạn chưa xếp được, ghi ở cuối bản nháp (mục "CHƯA XẾP ĐƯỢC").', en: '{count} paragraphs could not be placed; they are listed at the end of the draft ("CHƯA XẾP ĐƯỢC").' },
  unmatched: { vi: '{count} tên cơ quan chưa có trong danh mục (giữ nguyên, có chú thích): {names}', en: '{count} agency names are not in the registry (kept as written, with a comment): {names}' },
  checks: { vi: 'Kiểm tra bản nháp: {errors} lỗi, {warnings} cảnh báo. Chạy: kehoach validate {out}', en: 'Checking the draft: {errors} errors, {warnings} warnings. Run: kehoach validate {out}' },
  written: { vi: 'Đã ghi {path}.', en: 'Wrote {path}.' },
} satisfies Record<string, Message>;

function say(locale: Locale, message: Message, data: MessageData = {}): string {
  return fill(pick(message, locale), data);
}

async function readBytes(path: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new CliError('pathNotFound', { path: shown });
    throw new CliError('unreadable', { path: shown, reason: code ?? String(error) });
  }
}

async function allRegistries(paths: readonly string[], cwd: string): Promise<AgencyEntry[]> {
  const out: AgencyEntry[] = [];
  for (const path of paths) {
    const shown = displayPath(cwd, path);
    const read = readRegistry(new TextDecoder().decode(await readBytes(path, shown)));
    if (!read.ok) throw new CliError(M.badRegistry, { path: shown, reason: read.reason });
    out.push(...read.agencies);
  }
  return out;
}

/** Text as the file stores it: UTF-8 (with or without BOM) or UTF-16 with its BOM. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isDocx(path: string, bytes: Uint8Array): boolean {
  // A .docx is a ZIP archive: "PK\x03\x04".
  return extname(path).toLowerCase() === '.docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

/** `kehoach import <file>`: an existing plan to a YAML draft that `kehoach validate` then checks. */
export async function importCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'import',
    argv,
    {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      registry: { type: 'string' },
      template: { type: 'string' },
      report: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  ctx.locale = await resolveLocale(ctx, localeOption(values.locale));
  const locale = ctx.locale;
  if (values.help) {
    ctx.io.stdout(pick(M.usage, locale));
    return 0;
  }
  const [input, ...extra] = positionals;
  if (input === undefined) throw new CliError(M.missingInput);
  if (extra.length) throw new CliError('unexpectedArgument', { value: extra[0] as string });
  if (values.report !== undefined && values.report !== 'json') throw new CliError(M.badReport);
  const cwd = toPosix(ctx.io.cwd);
  const inputPath = absolute(cwd, input);
  const shownInput = displayPath(cwd, inputPath);
  const outPath = values.output === undefined ? undefined : absolute(cwd, values.output);
  if (outPath && existsSync(outPath) && !values.force) throw new CliError(M.exists, { path: displayPath(cwd, outPath) });

  let agencies: AgencyEntry[] | undefined;
  let registryPath: string | undefined;
  if (values.registry !== undefined) {
    const regPath = absolute(cwd, values.registry);
    const shown = displayPath(cwd, regPath);
    const read = readRegistry(new TextDecoder().decode(await readBytes(regPath, shown)));
    if (!read.ok) throw new CliError(M.badRegistry, { path: shown, reason: read.reason });
    agencies = read.agencies;
    const base = outPath ? dirname(outPath) : cwd;
    const rel = toPosix(relative(base, regPath));
    registryPath = rel.startsWith('.') ? rel : `./${rel}`;
  } else {
    // The registry of kehoach.config.yaml for the draft's folder: the plan gets it from the config.
    const folder = toPosix(outPath ? dirname(outPath) : cwd);
    const configs = new ConfigResolver(new NodeHost(await projectRoot(folder)));
    try {
      const config = await configs.forDirectory(folder);
      if (config.registries.length) agencies = await allRegistries(config.registries.map((r) => r.path), cwd);
    } catch (error) {
      if (error instanceof CliError) throw error;
      // A broken config is validate's to report; the import goes on without a registry.
    }
  }

  let extendsTemplate: string | undefined;
  let inherited: TemplateItems | undefined;
  if (values.template !== undefined) {
    // The template package as npm installed it: its agencies are the registry in effect; its
    // own tasks are removed in the draft (the imported document states its own).
    const { name, range } = packageSpec(values.template);
    const pkg = await requireTemplatePackage(outPath ? dirname(outPath) : cwd, name, ctx.io.env);
    extendsTemplate = extendsValue(pkg, range);
    const shown = displayPath(cwd, pkg.templatePath);
    const templateText = new TextDecoder().decode(await readBytes(pkg.templatePath, shown));
    inherited = templateItems(templateText);
    if (values.registry === undefined) {
      const read = readRegistry(templateText);
      if (read.ok) agencies = [...(agencies ?? []), ...read.agencies];
    }
  }

  // A file over the limit is refused before it is read.
  const limits = { ...IMPORT_LIMITS, ...ctx.options.limits?.import };
  const size = (await stat(inputPath).catch(() => undefined))?.size;
  if (size !== undefined && size > limits.fileBytes) throw new CliError(M.tooLarge, { path: shownInput, reason: pick(new InputTooLargeError('file', size, limits.fileBytes).reason, locale) });
  const bytes = await readBytes(inputPath, shownInput);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new CliError(M.pdf, { path: shownInput });
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new CliError(M.legacyDoc, { path: shownInput });
  const options = { agencies, registryPath, extendsTemplate, templateItems: inherited, fileName: shownInput.split('/').pop(), limits };
  let result: ImportResult;
  try {
    if (isDocx(inputPath, bytes)) {
      try {
        result = await importPlan({ docx: bytes }, options);
      } catch (error) {
        if (error instanceof NotAPlanError || error instanceof InputTooLargeError) throw error;
        throw new CliError(M.badDocx, { path: shownInput, reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) });
      }
    } else result = await importPlan({ text: decodeText(bytes) }, options);
  } catch (error) {
    // A binary file, a web page, text that is not a plan: said in one line, exit 2, no draft written.
    if (error instanceof NotAPlanError) throw new CliError(M.notAPlan, { path: shownInput, reason: pick(error.reason, locale) });
    if (error instanceof InputTooLargeError) throw new CliError(M.tooLarge, { path: shownInput, reason: pick(error.reason, locale) });
    throw error;
  }

  if (outPath) {
    try {
      await writeAtomic(outPath, encodeText(result.yaml, false));
    } catch (error) {
      throw new CliError('unwritable', { path: displayPath(cwd, outPath), reason: (error as { code?: string }).code ?? String(error) });
    }
  } else ctx.data(result.yaml);

  const r = result.report;
  const lines = [
    say(locale, M.summary, {
      path: shownInput,
      sections: r.counts.sections,
      tasks: r.counts.tasks,
      appendixRows: r.counts.appendixRows,
      requests: r.counts.requests,
      targets: r.counts.targets,
      bases: r.counts.legalBases,
      reports: r.counts.reporting,
      recipients: r.counts.recipients,
    }),
  ];
  const removed = inherited ? inherited.tasks.length + inherited.duties.length + inherited.targets.length : 0;
  if (removed && values.template !== undefined) lines.push(say(locale, M.templateRemoved, { template: values.template, count: removed }));
  if (r.unplaced.length) lines.push(say(locale, M.unplaced, { count: r.unplaced.length }));
  if (r.unmatchedAgencies.length) {
    const names = [...new Set(r.unmatchedAgencies.map((a) => a.text))];
    lines.push(say(locale, M.unmatched, { count: names.length, names: names.map((n) => `"${n}"`).join(', ') }));
  }
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length;
  const shownOut = outPath ? displayPath(cwd, outPath) : '<tệp>';
  if (outPath) lines.push(say(locale, M.written, { path: shownOut }));
  lines.push(say(locale, M.checks, { errors, warnings, out: shownOut }));
  ctx.io.stderr(`${lines.join('\n')}\n`);
  if (values.report === 'json') ctx.io.stderr(`${JSON.stringify(r, null, 2)}\n`);
  return 0;
}
