import { setFlagsFromString } from 'node:v8';

let tuned = false;

/**
 * Tell V8 not to guess which objects will live long, for a batch over many files.
 *
 * V8 allocates objects from a code site straight into the old generation once it has
 * seen many of them survive ("allocation-site pretenuring"). In a run over thousands of
 * plans the guess goes wrong: the first files read (a registry, a province plan) stay to
 * the end, the parser's sites learn that its objects live, and every commune plan parsed
 * afterwards is born old, dies young, and keeps the young objects it points to alive
 * through each minor collection until the next full one. Over the country benchmark
 * (3,390 plans) that was a third of what the young generation copied: `kehoach validate`
 * took 3.8-4.1 s in one thread with the guess and 3.5-3.6 s without.
 *
 * The flag only turns an optimisation off, for the whole process (worker threads
 * included), and never changes a result. It is set once, before the files are read.
 */
export function tuneGcForBatch(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--no-allocation-site-pretenuring');
}
