// The stats answers are typed `{}` (unknown) in openapi.yaml: the aggregate shapes are not
// described there yet. Rather than hand-writing API types, the adapters read the JSON with
// these checked accessors, so a changed shape fails loudly in one place instead of rendering
// wrong figures.

export class StatsShapeError extends Error {
  constructor(path: string, expected: string) {
    super(`stats response: ${path} is not ${expected}`);
    this.name = 'StatsShapeError';
  }
}

export type Json = unknown;
type Obj = Record<string, unknown>;

export function obj(v: Json, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new StatsShapeError(path, 'an object');
  return v as Obj;
}

export function arr(v: Json, path: string): unknown[] {
  if (!Array.isArray(v)) throw new StatsShapeError(path, 'an array');
  return v;
}

export function num(v: Json, path: string): number {
  if (typeof v !== 'number') throw new StatsShapeError(path, 'a number');
  return v;
}

export function str(v: Json, path: string): string {
  if (typeof v !== 'string') throw new StatsShapeError(path, 'a string');
  return v;
}

export const optStr = (v: Json, path: string): string | null => (v === null || v === undefined ? null : str(v, path));
export const optNum = (v: Json, path: string): number | null => (v === null || v === undefined ? null : num(v, path));

/** tCO2e figures: JSON numbers (or strings) with three decimals, kept exact as text for toMilli. */
export function decimal(v: Json, path: string): string | number {
  if (typeof v !== 'number' && typeof v !== 'string') throw new StatsShapeError(path, 'a decimal');
  return v;
}
