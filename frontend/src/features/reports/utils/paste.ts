import type { Schemas } from '@/lib/api-schemas';
import { parseDecimal } from '@/lib/decimal';
import { CATEGORIES_BY_SCOPE, isCategory, scopeOf, type Scope } from './categories';
import { emptyLine, type LineDraft } from './line-draft';

// Spreadsheets (Excel, LibreOffice, Google Sheets) put tab-separated rows on the clipboard.
// Without a header the columns are, in order: scope, category, activity, quantity, unit,
// kgCO2e per unit, direct tCO2e, factor source. A header row using the CSV import's column
// names (scope, category, factorCode, directT, …) may give any order instead, so the same
// sheet can be pasted or uploaded. Category may be the code (BUSINESS_TRAVEL) or the GHG
// Protocol scope-3 number (6).

export type PasteError = { row: number; reason: 'columns' | 'scope' | 'category' | 'number' | 'empty' | 'factor' };
export type PasteResult = { lines: LineDraft[]; errors: PasteError[] };

const COLUMNS = [
  'scope',
  'category',
  'activity',
  'quantity',
  'unit',
  'factorKgPerUnit',
  'directT',
  'factorSource',
  'factorCode',
  'marketFactorKgPerUnit',
  'directMarketT',
] as const;
type Column = (typeof COLUMNS)[number];
const DEFAULT_ORDER: readonly Column[] = COLUMNS.slice(0, 8);

const isNumberish = (s: string) => s.trim() === '' || parseDecimal(s) !== null;

function parseScope(cell: string): Scope | null {
  const m = /^\s*(?:scope\s*)?([123])\s*$/i.exec(cell);
  return m ? (Number(m[1]) as Scope) : null;
}

/** The header's columns when every cell names a known column; null for any other header. */
function namedColumns(cells: readonly string[]): Column[] | null {
  const named = cells.map((c) => COLUMNS.find((k) => k.toLowerCase() === c.trim().toLowerCase()));
  return named.every((c) => c !== undefined) ? (named as Column[]) : null;
}

export function parsePastedRows(text: string, factors: readonly Schemas['EmissionFactorView'][] = []): PasteResult {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: LineDraft[] = [];
  const errors: PasteError[] = [];
  let order: readonly Column[] = DEFAULT_ORDER;

  rows.forEach((raw, index) => {
    const row = index + 1;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((c) => c.trim());
    // A header row copied along with the data has a non-numeric scope column.
    if (index === 0 && parseScope(cells[0] ?? '') === null && /[a-zæøåäö]/i.test(cells[0] ?? '')) {
      order = namedColumns(cells) ?? DEFAULT_ORDER;
      return;
    }
    if (cells.length < 2) return void errors.push({ row, reason: 'columns' });
    const cell = (c: Column) => {
      const i = order.indexOf(c);
      return i < 0 ? '' : (cells[i] ?? '');
    };

    const scope = parseScope(cell('scope'));
    if (scope === null) return void errors.push({ row, reason: 'scope' });

    const code = cell('category').toUpperCase().replace(/[\s-]+/g, '_');
    const category = /^\d{1,2}$/.test(code) && scope === 3 ? CATEGORIES_BY_SCOPE[3][Number(code) - 1] : isCategory(code) ? code : undefined;
    if (!category || scopeOf(category) !== scope) return void errors.push({ row, reason: 'category' });

    const [quantity, factorText, direct, market, directMarket] = [cell('quantity'), cell('factorKgPerUnit'), cell('directT'), cell('marketFactorKgPerUnit'), cell('directMarketT')];
    if (![quantity, factorText, direct, market, directMarket].every(isNumberish)) return void errors.push({ row, reason: 'number' });

    const factorCode = cell('factorCode');
    const factor = factorCode === '' ? undefined : factors.find((f) => f.code === factorCode);
    if (factorCode !== '' && (!factor || factor.scope !== scope)) return void errors.push({ row, reason: 'factor' });

    const hasActivity = quantity !== '' && (factorText !== '' || factor !== undefined);
    if (!hasActivity && direct === '') return void errors.push({ row, reason: 'empty' });

    const line: LineDraft = { ...emptyLine(scope, category), activity: cell('activity') };
    if (!hasActivity) {
      lines.push({ ...line, mode: 'direct', directT: direct, directMarketT: scope === 2 ? directMarket : '' });
    } else if (factor) {
      lines.push({ ...line, quantity, unit: factor.unit, emissionFactorId: factor.id, factorKgPerUnit: String(factor.kgCo2ePerUnit), factorSource: factor.source, marketFactorKgPerUnit: scope === 2 ? market : '' });
    } else {
      lines.push({ ...line, quantity, unit: cell('unit'), factorKgPerUnit: factorText, factorSource: cell('factorSource'), marketFactorKgPerUnit: scope === 2 ? market : '' });
    }
  });

  return { lines, errors };
}
