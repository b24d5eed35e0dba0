import type { Schemas } from '@/lib/api-schemas';
import { activityEmissionsMilli, decimalToString, parseDecimal, sumMilli, toMilli } from '@/lib/decimal';
import { toScope, type Category, type Scope } from './categories';

/**
 * A line as typed: every figure is kept as the user's text so nothing is lost or reformatted
 * while editing ("12,5" stays "12,5"); it is parsed exactly only for totals and on save.
 */
export type LineDraft = {
  key: string;
  scope: Scope;
  category: Category;
  activity: string;
  mode: 'activity' | 'direct';
  quantity: string;
  unit: string;
  factorKgPerUnit: string;
  marketFactorKgPerUnit: string;
  factorSource: string;
  emissionFactorId: string;
  directT: string;
  directMarketT: string;
};

let counter = 0;
export const newLineKey = () => `l${Date.now().toString(36)}${(counter++).toString(36)}`;

export function emptyLine(scope: Scope = 1, category: Category = 'STATIONARY_COMBUSTION'): LineDraft {
  return {
    key: newLineKey(),
    scope,
    category,
    activity: '',
    mode: 'activity',
    quantity: '',
    unit: '',
    factorKgPerUnit: '',
    marketFactorKgPerUnit: '',
    factorSource: '',
    emissionFactorId: '',
    directT: '',
    directMarketT: '',
  };
}

/** Location-based (or only) emissions of a line in milli-tonnes; null when incomplete. */
export function lineMilli(line: LineDraft): bigint | null {
  return line.mode === 'direct' ? toMilli(line.directT) : activityEmissionsMilli(line.quantity, line.factorKgPerUnit);
}

/** Market-based scope 2 figure; falls back to the location-based one when none is given. */
export function lineMarketMilli(line: LineDraft): bigint | null {
  const market =
    line.mode === 'direct'
      ? toMilli(line.directMarketT)
      : line.marketFactorKgPerUnit.trim() === ''
        ? null
        : activityEmissionsMilli(line.quantity, line.marketFactorKgPerUnit);
  return market ?? lineMilli(line);
}

export type TotalsMilli = { scope1: bigint; scope2Location: bigint; scope2Market: bigint; scope3: bigint };

export function totalsMilli(lines: readonly LineDraft[]): TotalsMilli {
  const of = (scope: Scope, f: (l: LineDraft) => bigint | null) => sumMilli(lines.filter((l) => l.scope === scope).map(f));
  return {
    scope1: of(1, lineMilli),
    scope2Location: of(2, lineMilli),
    scope2Market: of(2, lineMarketMilli),
    scope3: of(3, lineMilli),
  };
}

/** JSON numbers built from the canonical decimal string: no float arithmetic touches the value. */
function num(text: string): number | undefined {
  const d = parseDecimal(text);
  return d ? Number(decimalToString(d)) : undefined;
}
const str = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * A line as the API takes it. A factor picked from the set travels as its id alone (the server
 * fills in value, unit and source); a custom factor needs its value and source.
 */
export function toApiLine(line: LineDraft): Schemas['ReportLineInput'] {
  const base = { scope: line.scope, category: line.category, activity: str(line.activity) };
  if (line.mode === 'direct') {
    return { ...base, directT: num(line.directT), directMarketT: line.scope === 2 ? num(line.directMarketT) : undefined };
  }
  const market = line.scope === 2 ? num(line.marketFactorKgPerUnit) : undefined;
  if (line.emissionFactorId) {
    return { ...base, quantity: num(line.quantity), unit: str(line.unit), emissionFactorId: line.emissionFactorId, marketFactorKgPerUnit: market };
  }
  return {
    ...base,
    quantity: num(line.quantity),
    unit: str(line.unit),
    factorKgPerUnit: num(line.factorKgPerUnit),
    marketFactorKgPerUnit: market,
    factorSource: str(line.factorSource),
  };
}

const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function fromApiLine(line: Schemas['ReportLineView']): LineDraft {
  return {
    key: newLineKey(),
    scope: toScope(line.scope),
    category: line.category,
    activity: line.activity ?? '',
    mode: line.method === 'DIRECT' ? 'direct' : 'activity',
    quantity: text(line.quantity),
    unit: line.unit ?? '',
    factorKgPerUnit: text(line.factorKgPerUnit),
    marketFactorKgPerUnit: text(line.marketFactorKgPerUnit),
    factorSource: line.factorSource ?? '',
    emissionFactorId: line.emissionFactorId ?? '',
    directT: text(line.directT),
    directMarketT: text(line.directMarketT),
  };
}
