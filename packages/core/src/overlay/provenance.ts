import type { Layer } from './types.js';

/**
 * Where each part of a resolved plan came from. Objects taken unchanged from a layer
 * keep their identity, so the layer's source finds them; merged objects (a task a
 * fork patched) remember, per key, the raw object that supplied the value.
 */
export class Provenance {
  private readonly fields = new WeakMap<object, Map<string, object>>();
  private readonly heads = new WeakMap<object, object>();

  constructor(readonly layers: readonly Layer[]) {}

  /** `merged[key]` was supplied by `holder` (a raw layer object or another merged one). */
  recordField(merged: object, key: string, holder: object): void {
    let map = this.fields.get(merged);
    if (!map) this.fields.set(merged, (map = new Map()));
    map.set(key, holder);
  }

  /** The object that stands for `merged` as a whole: where it was first defined. */
  recordHead(merged: object, head: object): void {
    this.heads.set(merged, head);
  }

  /** The raw object holding `obj[key]` (or `obj` itself), followed through merges. */
  holderOf(obj: object, key?: string): object {
    let cur = obj;
    for (let guard = 0; guard < 32; guard++) {
      const next = key !== undefined ? this.fields.get(cur)?.get(key) : this.heads.get(cur);
      if (!next || next === cur) return cur;
      cur = next;
    }
    return cur;
  }

  /** The layer whose file holds `obj` (a raw object of that layer). */
  layerOf(obj: object): Layer | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i] as Layer;
      if (layer.source.nodeOf(obj)) return layer;
    }
    return undefined;
  }

  /** Layer and raw holder of `obj[key]` (or of `obj`). */
  origin(obj: object, key?: string): { layer: Layer; holder: object } | undefined {
    const holder = this.holderOf(obj, key);
    const layer = this.layerOf(holder) ?? this.layerOf(this.holderOf(obj));
    return layer ? { layer, holder: this.layerOf(holder) ? holder : this.holderOf(obj) } : undefined;
  }
}
