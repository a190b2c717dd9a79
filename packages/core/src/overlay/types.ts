import type { YamlSource } from '../yaml/source.js';

/** How far a layer sits from the plan: a published template, a province's fork, the plan. */
export type LayerRole = 'base' | 'fork' | 'plan';

/** One file of an `extends` chain, already validated (invalid parts pruned). */
export interface Layer {
  role: LayerRole;
  uri: string;
  /** How messages name it: "@kehoach/template-province@1.1.0" or a relative path. */
  label: string;
  source: YamlSource;
  value: Record<string, unknown>;
}

/** Collections whose items have stable ids, which overlays address. */
export const ID_COLLECTIONS = ['tasks', 'duties', 'agencies', 'targets'] as const;
export type IdCollection = (typeof ID_COLLECTIONS)[number];

export type OverlayProblem =
  | { kind: 'missing-target'; op: 'patch' | 'remove' | 'position'; collection: IdCollection; id: string; layer: Layer; at: LayerAt; upstream: Layer[] }
  | { kind: 'duplicate-add'; collection: IdCollection; id: string; layer: Layer; at: LayerAt; definedIn: Layer };

/** A place inside a layer's own value: an object of it and optionally one of its keys. */
export interface LayerAt {
  node: object;
  key?: string;
}

/** A parameter set by more than one layer: the nearest wins. */
export interface ParameterOverride {
  path: string;
  winner: Layer;
  winnerAt: LayerAt;
  overridden: Layer;
  overriddenAt: LayerAt;
  value: unknown;
  previous: unknown;
}
