/**
 * When to check each file after a change. With a fixed debounce (the `debounceMs`
 * setting) a check starts that long after the last change. Without one, a check
 * starts at once when the file is idle, and changes that arrive while it runs are
 * folded into one more check right after it: a small plan answers in the time its
 * check takes, and a large one is never checked more than once at a time.
 */
export class CheckScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Set<string>();
  private readonly pending = new Set<string>();
  /** Paths asked for while held (before the workspace is known), checked on release. */
  private held: Set<string> | undefined;

  constructor(
    private readonly run: (path: string) => Promise<void>,
    /** The fixed debounce for a path, or undefined for the automatic one. */
    private readonly debounceFor: (path: string) => number | undefined,
  ) {}

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
    return this.timers.has(path) || this.running.has(path) || this.pending.has(path) || !!this.held?.has(path);
  }

  /** Whether no check at all is waiting or running. */
  idle(): boolean {
    return this.timers.size === 0 && this.running.size === 0 && this.pending.size === 0 && !this.held?.size;
  }

  private async start(path: string): Promise<void> {
    this.timers.delete(path);
    if (this.running.has(path)) {
      this.pending.add(path);
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
    }
  }
}
