/**
 * When to check each file after a change. With a fixed debounce (the `debounceMs`
 * setting) a check starts that long after the last change. Without one, a check
 * starts at once when the file is idle, and changes that arrive while it runs are
 * folded into one more check right after it: a small plan answers in the time its
 * check takes, and a large one is never checked more than once at a time.
 *
 * At most `maxRunning` checks run at once; the others wait their turn, urgent ones
 * (the documents open in the editor) first. Checks share one thread, so running
 * thousands together (a whole country's plans after the workspace scan) would only
 * hold all their files in memory at once and publish nothing until nearly all end.
 */
export interface SchedulerOptions {
  maxRunning?: number;
  /** Whether a path goes before the others waiting (an open document). */
  urgent?: (path: string) => boolean;
}

export class CheckScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Set<string>();
  private readonly pending = new Set<string>();
  /** Paths due to start, waiting for a free slot, in order. */
  private readonly waiting: string[] = [];
  private readonly queued = new Set<string>();
  /** Paths asked for while held (before the workspace is known), checked on release. */
  private held: Set<string> | undefined;
  private readonly maxRunning: number;

  constructor(
    private readonly run: (path: string) => Promise<void>,
    /** The fixed debounce for a path, or undefined for the automatic one. */
    private readonly debounceFor: (path: string) => number | undefined,
    private readonly options: SchedulerOptions = {},
  ) {
    this.maxRunning = Math.max(1, options.maxRunning ?? 4);
  }

  /** Check `paths` after `delay` ms (or the debounce), or after their running check ends. */
  schedule(paths: Iterable<string>, delay?: number): void {
    for (const path of paths) {
      if (this.held) {
        this.held.add(path);
        continue;
      }
      clearTimeout(this.timers.get(path));
      this.timers.delete(path);
      const fixed = delay ?? this.debounceFor(path);
      if (fixed === undefined && this.running.has(path)) {
        this.pending.add(path);
        continue;
      }
      // A zero timeout still lets changes read from the same chunk of input share one check.
      this.timers.set(
        path,
        setTimeout(() => void this.start(path), fixed ?? 0),
      );
    }
  }

  /**
   * Start no check until `release`: a server holds its checks while it scans the
   * workspace, since the scan changes what every check would read.
   */
  hold(): void {
    this.held ??= new Set();
  }

  /** Check everything asked for while held, at once. */
  release(): void {
    const held = this.held;
    this.held = undefined;
    if (held) this.schedule(held, 0);
  }

  /** Whether a check of `path` is waiting or running (tests, shutdown). */
  busy(path: string): boolean {
    return this.timers.has(path) || this.running.has(path) || this.pending.has(path) || this.queued.has(path) || !!this.held?.has(path);
  }

  /** Whether no check of an urgent path (an open document) is waiting or running. */
  urgentIdle(): boolean {
    const urgent = this.options.urgent;
    if (!urgent) return this.idle();
    for (const set of [this.timers.keys(), this.running, this.pending, this.queued, this.held ?? []]) {
      for (const path of set) if (urgent(path)) return false;
    }
    return true;
  }

  /** Whether no check at all is waiting or running. */
  idle(): boolean {
    return this.timers.size === 0 && this.running.size === 0 && this.pending.size === 0 && this.queued.size === 0 && !this.held?.size;
  }

  private async start(path: string): Promise<void> {
    this.timers.delete(path);
    if (this.running.has(path)) {
      this.pending.add(path);
      return;
    }
    if (this.running.size >= this.maxRunning) {
      if (!this.queued.has(path)) {
        this.queued.add(path);
        if (this.options.urgent?.(path)) this.waiting.unshift(path);
        else this.waiting.push(path);
      }
      return;
    }
    this.running.add(path);
    try {
      await this.run(path);
    } catch {
      // `run` reports its own failures; the schedule must go on whatever happens.
    } finally {
      this.running.delete(path);
      if (this.pending.delete(path)) this.schedule([path]);
      this.startWaiting();
    }
  }

  /** Start waiting checks while there are free slots. */
  private startWaiting(): void {
    while (this.running.size < this.maxRunning && this.waiting.length > 0) {
      const path = this.waiting.shift() as string;
      this.queued.delete(path);
      void this.start(path);
    }
  }
}
