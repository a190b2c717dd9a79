import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../src/node-host.js';
import { LARGE_DOCUMENT, MemoryKeeper } from '../../src/service/memory.js';
import { CheckScheduler } from '../../src/service/scheduler.js';

const flush = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('memory keeper', () => {
  it('collects once enough text was replaced, and only when no check waits or runs', async () => {
    let release: () => void = () => {};
    const scheduler = new CheckScheduler(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      () => undefined,
    );
    const collected: number[] = [];
    const memory = new MemoryKeeper({ threshold: 1000, busy: () => !scheduler.idle(), collect: () => collected.push(memory.pending) });

    // 400 code units are 800 bytes of UTF-16: under the threshold.
    memory.replacedText(400);
    memory.checked();
    await flush();
    expect(collected).toEqual([]);

    memory.replacedText(400);
    scheduler.schedule(['/ke-hoach.kehoach.yaml']);
    await flush();
    // A check is running: no collection now, even past the threshold.
    expect(scheduler.idle()).toBe(false);
    memory.checked();
    await flush();
    expect(collected).toEqual([]);

    release();
    await flush();
    expect(scheduler.idle()).toBe(true);
    memory.checked();
    await flush();
    expect(collected).toEqual([1600]);
    expect(memory.pending).toBe(0);

    // Counting starts again from nothing.
    memory.replacedText(100);
    memory.checked();
    await flush();
    expect(collected).toEqual([1600]);
    memory.dispose();
  });

  it('does nothing where no collection can be asked for', async () => {
    const memory = new MemoryKeeper({ threshold: 10, busy: () => false, collect: undefined });
    memory.replacedText(1000);
    memory.checked();
    await flush();
    expect(memory.pending).toBe(2000);
  });

  it('a change arriving in the same turn as the end of a check goes first', async () => {
    let busy = false;
    const collected: string[] = [];
    const memory = new MemoryKeeper({ threshold: 10, busy: () => busy, collect: () => collected.push('gc') });
    memory.replacedText(100);
    memory.checked();
    busy = true; // the next keystroke scheduled its check before the collection's turn
    await flush();
    expect(collected).toEqual([]);
    busy = false;
    memory.checked();
    await flush();
    expect(collected).toEqual(['gc']);
  });

  it('counts heap growth after checks of files not open, never after an open document', async () => {
    let used = 100;
    const collected: number[] = [];
    const memory = new MemoryKeeper({
      busy: () => false,
      collect: () => {
        collected.push(used);
        used = 120;
      },
      heapUsed: () => used,
      growth: 50,
    });
    used = 160;
    // An open document was just checked: the author may type now, no collection.
    memory.checked();
    await flush();
    expect(collected).toEqual([]);
    // A workspace file was checked: 60 past the start, over the growth allowed.
    memory.checked(true);
    await flush();
    expect(collected).toEqual([160]);
    // Counted again from what the collection left (120).
    used = 165;
    memory.checked(true);
    await flush();
    expect(collected).toEqual([160]);
    used = 171;
    memory.checked(true);
    await flush();
    expect(collected).toEqual([160, 171]);
  });

  it('collects once after the first check of a large open document, again once it was closed', () => {
    let collections = 0;
    const memory = new MemoryKeeper({ busy: () => true, collect: () => collections++ });
    memory.replacedText(100);
    memory.publishing('/nho.kehoach.yaml', LARGE_DOCUMENT - 1);
    expect(collections).toBe(0);
    memory.publishing('/lon.kehoach.yaml', LARGE_DOCUMENT);
    expect(collections).toBe(1);
    // A collection starts the count of replaced text again.
    expect(memory.pending).toBe(0);
    memory.publishing('/lon.kehoach.yaml', LARGE_DOCUMENT);
    expect(collections).toBe(1);
    memory.closed('/lon.kehoach.yaml');
    memory.publishing('/lon.kehoach.yaml', LARGE_DOCUMENT);
    expect(collections).toBe(2);
  });

  it("node's full collection frees what nothing points to", async () => {
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    let text: { body: string } | undefined = { body: 'Kế hoạch cải cách hành chính năm 2025 '.repeat(10_000) };
    const ref = new WeakRef(text);
    text = undefined;
    // A WeakRef keeps its target until the current job ends.
    await flush(0);
    collect?.();
    expect(ref.deref()).toBeUndefined();
  });
});
