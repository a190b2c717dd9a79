/**
 * Gives memory back after large documents change.
 *
 * Every change of an open document makes a new string of its whole text (the
 * TextDocument's, which our source shares). A plan of 10,000 tasks is a 3 MB file,
 * so about 6 MB of UTF-16 per keystroke. Those strings live in V8's large
 * object space, which only a full collection frees, and V8 lets hundreds of
 * megabytes of them pile up before it runs one: the live heap after 30 edits is near
 * 60 MB, the process then holds over 300 MB.
 *
 * So once the texts replaced since the last collection add up to `threshold` bytes
 * (8 MiB), and no open document's check is waiting or running, the server runs one
 * full collection.
 * A 100-task plan gets there every 150 edits or so, a 1,000-task plan every 15, a
 * 10,000-task plan every second edit: 35-55 ms between keystrokes, which keeps
 * its server under 150 MiB (bench/results).
 */
export interface MemoryKeeperOptions {
  /** Bytes of replaced text that call for a collection. */
  threshold?: number;
  /** Whether a check that must not wait is waiting or running (an open document's). */
  busy: () => boolean;
  /** A full collection; undefined where none can be asked for (a browser). */
  collect: (() => void) | undefined;
  /** After `collect` ran (tests, the verbose log). */
  onCollect?: (replacedBytes: number, ms: number) => void;
  /**
   * Bytes of heap in use, where the runtime tells. A collection is then also due once
   * the heap grew `growth` bytes past what the last one left: checking a whole
   * workspace replaces no text but leaves garbage file after file.
   */
  heapUsed?: () => number;
  growth?: number;
}

export const DEFAULT_THRESHOLD = 8 * 1024 * 1024;
export const DEFAULT_GROWTH = 64 * 1024 * 1024;
/** Characters from which an open document's first check is followed by a collection. */
export const LARGE_DOCUMENT = 1024 * 1024;

export class MemoryKeeper {
  private replaced = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly threshold: number;
  private readonly growth: number;
  /** Heap in use after the last collection (or at the start). */
  private baseline: number;
  /** Large open documents whose first check was followed by a collection. */
  private readonly settled = new Set<string>();

  constructor(private readonly options: MemoryKeeperOptions) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.growth = options.growth ?? DEFAULT_GROWTH;
    this.baseline = options.heapUsed?.() ?? 0;
  }

  private due(background: boolean): boolean {
    if (this.replaced >= this.threshold) return true;
    if (!background) return false;
    const used = this.options.heapUsed?.();
    return used !== undefined && used - this.baseline >= this.growth;
  }

  /** A document's text of `length` UTF-16 code units was replaced by a new one. */
  replacedText(length: number): void {
    this.replaced += length * 2;
  }

  /** Bytes of text replaced since the last collection. */
  get pending(): number {
    return this.replaced;
  }

  /**
   * A check ended: collect now if enough text was replaced and nothing else waits.
   * `background`: the check was of a file not open (the workspace being read), where
   * heap growth counts too. After an open document's check the author may type at
   * once: only replaced text counts there, so its first keystroke never waits.
   */
  checked(background = false): void {
    if (!this.options.collect || this.timer || !this.due(background)) return;
    // After the current turn: a change read from the same chunk of input schedules its
    // check first, and the collection then waits for the next quiet moment.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.options.busy() && this.due(background)) this.collectNow();
    }, 0);
  }

  /** Collect at once, where the server knows it just left a pile of garbage (the warm-up). */
  collectNow(): void {
    if (!this.options.collect) return;
    const bytes = this.replaced;
    const started = performance.now();
    this.options.collect();
    this.replaced = 0;
    this.baseline = this.options.heapUsed?.() ?? 0;
    this.options.onCollect?.(bytes, performance.now() - started);
  }

  /**
   * An open document's diagnostics are about to go out. The first check of a large
   * plan leaves hundreds of megabytes of garbage, which V8 would otherwise collect
   * while the author types the first characters: it is collected now, once.
   */
  publishing(path: string, length: number): void {
    if (length < LARGE_DOCUMENT || this.settled.has(path)) return;
    this.settled.add(path);
    this.collectNow();
  }

  /** The document was closed: its next opening is a first check again. */
  closed(path: string): void {
    this.settled.delete(path);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
