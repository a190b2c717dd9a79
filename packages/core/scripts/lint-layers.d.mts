/** The floors of core's src/, lowest first (see lint-layers.mjs). */
export declare const FLOORS: string[][];
export declare function floorOf(rel: string): { level: number; entry: string } | undefined;
export declare function check(src: string): string[];
