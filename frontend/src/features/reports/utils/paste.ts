import { parseDecimal } from '@/lib/decimal';
import { CATEGORIES_BY_SCOPE, isCategory, scopeOf, type Scope } from './categories';
import { emptyLine, type LineDraft } from './line-draft';

// Spreadsheets (Excel, LibreOffice, Google Sheets) put tab-separated rows on the clipboard.
// Columns, in order: scope, category, activity, quantity, unit, kgCO2e per unit, direct tCO2e.
// Category may be the code (BUSINESS_TRAVEL), or the GHG Protocol scope-3 number (6).

export type PasteError = { row: number; reason: 'columns' | 'scope' | 'category' | 'number' | 'empty' };
export type PasteResult = { lines: LineDraft[]; errors: PasteError[] };

const isNumberish = (s: string) => s.trim() === '' || parseDecimal(s) !== null;

function parseScope(cell: string): Scope | null {
  const m = /^\s*(?:scope\s*)?([123])\s*$/i.exec(cell);
  return m ? (Number(m[1]) as Scope) : null;
}

export function parsePastedRows(text: string): PasteResult {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: LineDraft[] = [];
  const errors: PasteError[] = [];

  rows.forEach((raw, index) => {
    const row = index + 1;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((c) => c.trim());
    // A header row copied along with the data has a non-numeric scope column: skip it quietly.
    if (index === 0 && parseScope(cells[0] ?? '') === null && /[a-zæøåäö]/i.test(cells[0] ?? '')) return;
    if (cells.length < 2) return void errors.push({ row, reason: 'columns' });

    const [scopeCell = '', categoryCell = '', activity = '', quantity = '', unit = '', factor = '', direct = ''] = cells;
    const scope = parseScope(scopeCell);
    if (scope === null) return void errors.push({ row, reason: 'scope' });

    const code = categoryCell.toUpperCase().replace(/[\s-]+/g, '_');
    const category = /^\d{1,2}$/.test(code) && scope === 3 ? CATEGORIES_BY_SCOPE[3][Number(code) - 1] : isCategory(code) ? code : undefined;
    if (!category || scopeOf(category) !== scope) return void errors.push({ row, reason: 'category' });

    if (![quantity, factor, direct].every(isNumberish)) return void errors.push({ row, reason: 'number' });
    const hasActivity = quantity !== '' && factor !== '';
    if (!hasActivity && direct === '') return void errors.push({ row, reason: 'empty' });

    lines.push({
      ...emptyLine(scope, category),
      activity,
      mode: hasActivity ? 'activity' : 'direct',
      quantity,
      unit,
      factorKgPerUnit: factor,
      directT: hasActivity ? '' : direct,
    });
  });

  return { lines, errors };
}
