import { unwatchFile, watch, watchFile, type FSWatcher, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { CONFIG_FILE_NAMES, isSkippedFolder, planNumberOf, YAML_FILE, fill, type Locale, type MessageData } from '@kehoach/core';
import { isDynamicPattern } from 'tinyglobby';
import { CliError } from '../errors.js';
import { expandInputs } from '../files.js';
import { problemLine } from '../format/stylish.js';
import { totals, type FileReport } from '../format/report.js';
import { ioReason, t } from '../messages.js';
import { isDirectory } from '../node-host.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { fileReport, writeReport, type ValidateRun } from './validate-run.js';

/** Quiet time after the last change before checking again: an editor's save is several events. */
const DEBOUNCE_MS = 200;
/** How often a file outside the watched folders (a template under node_modules) is looked at. */
const POLL_MS = 1000;
/** Changed files named in the timestamp line; the rest are counted. */
const NAMED = 5;

const WORDS = {
  first: { vi: '[{time}] Kiểm tra {count} tệp.', en: '[{time}] Checked {count} file(s).' },
  again: { vi: '[{time}] Đã đổi: {changed}. Kiểm tra lại {count} tệp.{gone}', en: '[{time}] Changed: {changed}. Checked {count} file(s) again.{gone}' },
  gone: { vi: ' {count} tệp không còn.', en: ' {count} file(s) gone.' },
  more: { vi: '{list} và {count} tệp khác', en: '{list} and {count} more' },
  wrote: { vi: '{summary}; đã ghi {path}.', en: '{summary}; wrote {path}.' },
  clean: { vi: 'Không có vấn đề', en: 'No problems' },
  watching: { vi: 'Đang theo dõi {targets}; Ctrl+C để dừng.', en: 'Watching {targets}; Ctrl+C to stop.' },
  stopped: { vi: 'Đã dừng theo dõi.', en: 'Stopped watching.' },
  failed: { vi: '[{time}] {message}', en: '[{time}] {message}' },
  unexpected: { vi: 'Lỗi không mong đợi khi kiểm tra lại: {reason}', en: 'Unexpected error while checking again: {reason}' },
  noWatchesLeft: { vi: 'hệ thống hết chỗ theo dõi tệp', en: 'the system has no file watches left' },
  unwatchable: {
    vi: 'Không theo dõi được thư mục {path}: {reason}. Thay đổi trong đó chưa được kiểm tra lại (trên Linux: tăng fs.inotify.max_user_watches khi hết chỗ).',
    en: 'Cannot watch the folder {path}: {reason}. Changes in it are not checked again (on Linux: raise fs.inotify.max_user_watches when it runs out).',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

function say(locale: Locale, id: keyof typeof WORDS, data?: MessageData): string {
  return fill(WORDS[id][locale], data);
}

/**
 * `kehoach validate --watch`: check the inputs, then again whenever a plan, report,
 * registry, template or config under them changes — only the changed files and what
 * depends on them (core's Project drops exactly those), every file after a config
 * change. Each report starts with a timestamp line (the terminal is cleared first). A
 * broken file is one more problem in the report; nothing ends the watch but Ctrl+C
 * (SIGINT) or SIGTERM, which exit with 0.
 */
export async function watchValidate(run: ValidateRun): Promise<number> {
  return new Watcher(run).start();
}

class Watcher {
  private readonly reports = new Map<string, FileReport>();
  /** The plan number each file had when last read, to re-check plans that look for it as their parent. */
  private readonly numbers = new Map<string, string | undefined>();
  private readonly pending = new Set<string>();
  private readonly tree: TreeWatcher;
  private readonly output: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = false;
  private first = true;

  constructor(private readonly run: ValidateRun) {
    this.output = run.output === undefined ? undefined : absolute(run.cwd, run.output);
    this.tree = new TreeWatcher(
      (path) => this.changed(path),
      (path, error) => {
        // fs.watch's ENOSPC is the system's limit of watches, not the disk.
        const reason = (error as { code?: string }).code === 'ENOSPC' ? say(run.locale, 'noWatchesLeft') : ioReason(run.locale, error);
        run.ctx.io.stderr(`${say(run.locale, 'unwatchable', { path: displayPath(run.cwd, path), reason })}\n`);
      },
    );
  }

  /**
   * Check everything, then watch until Ctrl+C or SIGTERM (from the start: even during the
   * first check), which resolve with exit code 0. A usage error of the first check (no
   * files, an unwritable -o) ends the command as it would without --watch.
   */
  async start(): Promise<number> {
    let done: (code: number) => void = () => undefined;
    const ended = new Promise<number>((resolve) => (done = resolve));
    const stop = (): void => {
      if (this.stopped) return;
      this.halt(stop);
      this.run.ctx.io.stderr(`${say(this.run.locale, 'stopped')}\n`);
      done(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Watching starts before the first check: a change made meanwhile is checked right after it.
    this.running = true;
    try {
      for (const target of watchTargets(this.run.inputs, this.run.cwd)) if (!this.stopped) await this.tree.add(target.path, target.tree);
      await this.round(undefined);
    } catch (error) {
      if (this.stopped) return ended;
      this.halt(stop);
      throw error;
    } finally {
      this.running = false;
    }
    if (!this.stopped) this.footer();
    if (this.pending.size > 0 && !this.stopped) this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
    return ended;
  }

  private halt(stop: () => void): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.tree.close();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }

  private changed(path: string): void {
    if (this.stopped || path === this.output) return;
    this.pending.add(path);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    const batch = [...this.pending];
    this.pending.clear();
    try {
      await this.round(batch);
    } catch (error) {
      // Never end the watch: say what happened, wait for the next change.
      const message = error instanceof CliError ? error.text(this.run.locale) : say(this.run.locale, 'unexpected', { reason: error instanceof Error ? error.message : String(error) });
      this.run.ctx.io.stderr(`${say(this.run.locale, 'failed', { time: clock(), message })}\n`);
      this.footer();
    } finally {
      this.running = false;
    }
    if (this.pending.size > 0 && !this.stopped) this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** Check what `batch` (changed paths) touches, or everything the first time; print the report. */
  async round(batch: string[] | undefined): Promise<void> {
    const { project, host, catalog, inputs, cwd, locale } = this.run;
    let all = batch === undefined;
    const again = new Set<string>();
    const named: string[] = [];
    const touch = (path: string): void => {
      for (const p of [path, ...dependents(this.run, path)]) again.add(p);
      project.invalidate(path);
    };
    for (const path of batch ?? []) {
      const yaml = YAML_FILE.test(path);
      const under = [...this.reports.keys()].filter((k) => k.startsWith(`${path}/`));
      // Other files (the report written by -o, an editor's swap file) are not the project's.
      if (!yaml && under.length === 0 && !isDirectory(path)) continue;
      named.push(path);
      host.forget(path);
      if ((CONFIG_FILE_NAMES as readonly string[]).includes(basename(path))) all = true;
      for (const p of yaml ? [path] : [path, ...under]) touch(p);
    }
    if (batch !== undefined && named.length === 0) return;

    const { files, failures } = await expandInputs(inputs, cwd, host, project.configs, catalog);
    if (files.length === 0 && failures.length === 0) throw new CliError('noFiles', { paths: inputs.join(', ') });
    const now = new Set(files);
    let removed = 0;
    for (const path of [...this.reports.keys()]) {
      if (now.has(path)) continue;
      removed++;
      this.reports.delete(path);
      catalog.delete(path);
      project.forget(path);
    }
    // A plan that appeared, went or changed its number: the plans looking for either number as their parent.
    for (const path of new Set([...files, ...this.numbers.keys()])) {
      const text = now.has(path) ? (await host.entry(path))?.text : undefined;
      const number = text === undefined ? undefined : planNumberOf(text);
      const before = this.numbers.get(path);
      if (this.numbers.has(path) && before === number) continue;
      for (const ref of [before, number]) for (const looker of ref === undefined ? [] : project.lookingFor(ref)) if (looker !== path) touch(looker);
      if (now.has(path)) this.numbers.set(path, number);
      else this.numbers.delete(path);
    }

    const toCheck = files.filter((f) => all || again.has(f) || !this.reports.has(f));
    for (const path of toCheck) {
      const check = await project.check(path);
      if (!check) {
        this.reports.delete(path);
        continue;
      }
      this.reports.set(path, fileReport(this.run, path, check));
      // Templates (under node_modules), configs and registries outside the watched folders are looked at too.
      for (const layer of check.analysis.resolution?.layers ?? []) if (layer.role !== 'plan' && layer.uri !== path) this.tree.poll(layer.uri);
      for (const f of check.config.files) this.tree.poll(f.path);
      for (const r of check.config.registries) this.tree.poll(r.path);
    }
    // Nothing of the project changed (an empty folder, a YAML file that is not the project's): the report stands.
    if (this.stopped || (batch !== undefined && toCheck.length === 0 && removed === 0)) return;

    const ctx = this.run.ctx;
    const toStdout = this.run.output !== undefined || this.run.format === 'stylish';
    // A terminal shows one report at a time; a pipe or a file gets each after the other.
    if (toStdout && ctx.io.isTTY.stdout) ctx.clear();
    const changed = named.map((p) => displayPath(cwd, p));
    const list = changed.length > NAMED ? say(locale, 'more', { list: changed.slice(0, NAMED).join(', '), count: changed.length - NAMED }) : changed.join(', ');
    const head = this.first ? say(locale, 'first', { time: clock(), count: toCheck.length }) : say(locale, 'again', { time: clock(), changed: list, count: toCheck.length, gone: removed ? say(locale, 'gone', { count: removed }) : '' });
    this.first = false;
    (toStdout ? ctx.io.stdout : ctx.io.stderr)(`${head}\n`);
    const readFailures = failures.map((f) => ({ path: f.path, message: t(locale, 'unreadable', { path: displayPath(cwd, f.path), reason: ioReason(locale, f.error) }) }));
    const shown = files.flatMap((f) => this.reports.get(f) ?? []);
    const report = await writeReport(this.run, shown, readFailures, false);
    if (this.run.output !== undefined) {
      const c = totals(report.files);
      const summary = c.errors + c.warnings + c.infos === 0 ? say(locale, 'clean') : problemLine(c, locale);
      ctx.io.stdout(`${say(locale, 'wrote', { summary, path: this.run.output })}\n`);
    }
    if (batch !== undefined) this.footer();
  }

  private footer(): void {
    const targets = watchTargets(this.run.inputs, this.run.cwd)
      .map((t) => displayPath(this.run.cwd, t.path))
      .join(', ');
    this.run.ctx.io.stderr(`${say(this.run.locale, 'watching', { targets })}\n`);
  }
}

/** Paths (transitively) depending on `path`, without `path`. */
function dependents(run: ValidateRun, path: string): string[] {
  const seen = new Set([path]);
  const queue = [path];
  for (let cur = queue.shift(); cur !== undefined; cur = queue.shift()) {
    for (const d of run.project.dependentsOf(cur)) {
      if (seen.has(d)) continue;
      seen.add(d);
      queue.push(d);
    }
  }
  seen.delete(path);
  return [...seen];
}

/** What to watch for each input: a folder's tree, a glob's fixed folder's tree, a file's own folder. */
function watchTargets(inputs: readonly string[], cwd: string): { path: string; tree: boolean }[] {
  const out = new Map<string, boolean>();
  for (const input of inputs) {
    let path: string;
    let tree = true;
    if (isDynamicPattern(input)) {
      const parts = input.replace(/\\/g, '/').split('/');
      path = absolute(cwd, parts.slice(0, parts.findIndex((p) => isDynamicPattern(p))).join('/') || '.');
    } else {
      path = absolute(cwd, input);
      if (!isDirectory(path)) {
        path = toPosix(dirname(path));
        tree = false;
      }
    }
    out.set(path, (out.get(path) ?? false) || tree);
  }
  return [...out].map(([path, tree]) => ({ path, tree }));
}

function clock(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * Watches folders one by one (fs.watch on each, not recursive: dependency, build and dot
 * folders — node_modules, .git — are never walked nor watched, and new folders join as
 * they appear), and polls the few files the checks read from elsewhere.
 */
class TreeWatcher {
  private readonly folders = new Map<string, FSWatcher>();
  private readonly polled = new Map<string, (cur: Stats, prev: Stats) => void>();
  private closed = false;

  constructor(
    private readonly onChange: (path: string) => void,
    /** A folder that exists but cannot be watched (no permission, no inotify watch left). */
    private readonly onError: (path: string, error: unknown) => void,
  ) {}

  /** Watch `dir`, and with `tree` every folder under it. */
  async add(dir: string, tree: boolean): Promise<void> {
    const pending = [dir];
    for (let cur = pending.pop(); cur !== undefined && !this.closed; cur = pending.pop()) {
      this.folder(cur);
      if (!tree) continue;
      const entries = await readdir(cur, { withFileTypes: true }).catch(() => []);
      for (const e of entries) if (e.isDirectory() && !isSkippedFolder(e.name)) pending.push(`${cur}/${e.name}`);
    }
  }

  private folder(dir: string): void {
    if (this.folders.has(dir) || this.closed) return;
    try {
      const w = watch(dir, { persistent: true }, (_event, name) => {
        const path = name ? `${dir}/${toPosix(name.toString())}` : dir;
        this.onChange(path);
        if (!name || path === dir) return;
        // A folder removed, created or moved in: its watch (and its sub-folders') starts again.
        if (this.folders.has(path)) this.drop(path);
        if (!isSkippedFolder(basename(path)) && isDirectory(path)) void this.add(path, true).then(() => this.onChange(path));
      });
      w.on('error', () => {
        // The folder went away: its parent's watch reports it.
        w.close();
        this.folders.delete(dir);
      });
      this.folders.set(dir, w);
    } catch (error) {
      // Gone already: nothing to watch. Anything else is said once: its changes would go unseen.
      const code = (error as { code?: string }).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.onError(dir, error);
    }
  }

  /** Stop watching `dir` and the folders under it. */
  private drop(dir: string): void {
    for (const [path, w] of [...this.folders]) {
      if (path !== dir && !path.startsWith(`${dir}/`)) continue;
      w.close();
      this.folders.delete(path);
    }
  }

  /** Look at `path` every second, unless a watched folder holds it already. */
  poll(path: string): void {
    if (this.closed || this.polled.has(path) || this.folders.has(toPosix(dirname(path)))) return;
    const listener = (cur: Stats, prev: Stats): void => {
      if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size || cur.ino !== prev.ino) this.onChange(path);
    };
    watchFile(path, { interval: POLL_MS, persistent: true }, listener);
    this.polled.set(path, listener);
  }

  close(): void {
    this.closed = true;
    for (const w of this.folders.values()) w.close();
    this.folders.clear();
    for (const [path, listener] of this.polled) unwatchFile(path, listener);
    this.polled.clear();
  }
}
