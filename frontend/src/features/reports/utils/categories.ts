import type { Schemas } from '@/lib/api-schemas';

/** The contract types scope as a number 1–3; the form narrows it so each scope maps to its categories. */
export type Scope = 1 | 2 | 3;
export type Category = Schemas['EmissionCategory'];
export type Notation = Schemas['Notation'];
export const NOTATIONS: readonly Notation[] = ['NO', 'NE', 'IE', 'C'];

// Which categories belong to which scope is a domain rule (GHG Protocol), not an API detail.
export const CATEGORIES_BY_SCOPE: Record<Scope, readonly Category[]> = {
  1: ['STATIONARY_COMBUSTION', 'MOBILE_COMBUSTION', 'PROCESS', 'FUGITIVE'],
  2: ['ELECTRICITY', 'DISTRICT_HEATING', 'DISTRICT_COOLING', 'STEAM'],
  3: [
    'PURCHASED_GOODS_AND_SERVICES',
    'CAPITAL_GOODS',
    'FUEL_AND_ENERGY_RELATED',
    'UPSTREAM_TRANSPORT',
    'WASTE',
    'BUSINESS_TRAVEL',
    'EMPLOYEE_COMMUTING',
    'UPSTREAM_LEASED_ASSETS',
    'DOWNSTREAM_TRANSPORT',
    'PROCESSING_OF_SOLD_PRODUCTS',
    'USE_OF_SOLD_PRODUCTS',
    'END_OF_LIFE_OF_SOLD_PRODUCTS',
    'DOWNSTREAM_LEASED_ASSETS',
    'FRANCHISES',
    'INVESTMENTS',
  ],
};

export const SCOPES: readonly Scope[] = [1, 2, 3];
export const SCOPE3_CATEGORIES = CATEGORIES_BY_SCOPE[3];

export function toScope(n: number): Scope {
  return n === 1 || n === 2 ? n : 3;
}

export function scopeOf(category: Category): Scope {
  return SCOPES.find((s) => CATEGORIES_BY_SCOPE[s].includes(category)) ?? 3;
}

export function isCategory(value: string): value is Category {
  return SCOPES.some((s) => (CATEGORIES_BY_SCOPE[s] as readonly string[]).includes(value));
}
