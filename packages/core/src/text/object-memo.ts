/**
 * A value remembered for an object, for as long as the object lives: what a WeakMap
 * does, without what a WeakMap costs when its keys are many and short-lived.
 *
 * Core remembers things about plan values and tasks (a part of the model, a task's own
 * values, the prose in a value, a task found clean) so that an edit re-checks only
 * what changed. Kept in WeakMaps, every such object became an entry in a long-lived
 * ephemeron table, which V8's young-generation collector must walk and only a full
 * collection clears: over the country benchmark's 3,390 plans, six such tables held
 * hundreds of thousands of entries and `kehoach validate` spent 0.5 s more.
 *
 * Here the value lives on the key itself, in a private class field of this memo's own
 * (stamped onto the object through a base constructor that returns it). Private fields
 * are invisible to everything else: `Object.keys`, spreads, `Object.assign`,
 * `JSON.stringify`, structured clones and proxies never see or copy them, so a copy
 * of a value never carries the copied object's memo. The value goes when the key goes.
 */
export class ObjectMemo<K extends object, V> {
  /** The value remembered for `key`, if any. */
  readonly get: (key: K) => V | undefined;
  /** Remember `value` for `key` (replacing what was). */
  readonly set: (key: K, value: V) => void;
  /** Forget what was remembered for `key`. */
  readonly delete: (key: K) => void;

  constructor() {
    // A class per memo: each has a private name of its own, so two memos on one object
    // never meet.
    class Slot extends Stamp {
      #value: V | undefined;

      constructor(key: object, value: V | undefined) {
        super(key);
        this.#value = value;
      }

      static get(key: object): V | undefined {
        return #value in key ? (key as Slot).#value : undefined;
      }

      static set(key: object, value: V | undefined): void {
        if (#value in key) (key as Slot).#value = value;
        else new Slot(key, value);
      }
    }
    // Engines that refuse private fields on frozen objects: those keys go to a WeakMap.
    let refused: WeakMap<K, V> | undefined;
    this.get = (key) => Slot.get(key) ?? refused?.get(key);
    this.set = (key, value) => {
      try {
        Slot.set(key, value);
      } catch {
        (refused ??= new WeakMap()).set(key, value);
      }
    };
    this.delete = (key) => {
      if (Slot.get(key) !== undefined) Slot.set(key, undefined);
      refused?.delete(key);
    };
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }
}

/** A constructor that hands back the object it is given: `new` on a subclass then adds that class's private fields to it. */
class Stamp {
  constructor(key: object) {
    // eslint-disable-next-line no-constructor-return -- the point: the instance is the key.
    return key as Stamp;
  }
}
