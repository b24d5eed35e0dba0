import { describe, expect, it } from 'vitest';
import { totalsMilli } from './line-draft';
import { parsePastedRows } from './paste';

describe('parsePastedRows', () => {
  it('reads tab-separated rows as copied from Excel, skipping a header row', () => {
    const text = [
      'Scope\tCategory\tActivity\tQuantity\tUnit\tkg/unit\tDirect t',
      '1\tMOBILE_COMBUSTION\tDiesel vans\t1 200,5\tl\t2,54\t',
      '2\tELECTRICITY\tOffice power\t150000\tkWh\t0.019\t',
      '3\t6\tFlights\t\t\t\t12,75',
      '',
    ].join('\r\n');
    const { lines, errors } = parsePastedRows(text);
    expect(errors).toEqual([]);
    expect(lines.map((l) => [l.scope, l.category, l.mode])).toEqual([
      [1, 'MOBILE_COMBUSTION', 'activity'],
      [2, 'ELECTRICITY', 'activity'],
      [3, 'BUSINESS_TRAVEL', 'direct'],
    ]);
    expect(lines[0]?.quantity).toBe('1 200,5');
    const totals = totalsMilli(lines);
    expect(totals.scope1).toBe(3049n); // 1200.5 × 2.54 = 3049.27 kg
    expect(totals.scope2Location).toBe(2850n);
    expect(totals.scope3).toBe(12750n);
  });

  it('reports the rows it cannot read and keeps the good ones', () => {
    const { lines, errors } = parsePastedRows(['4\tELECTRICITY\tx\t1\tkWh\t1', '1\tELECTRICITY\tx\t1\tkWh\t1', '2\tELECTRICITY\tx\tabc\tkWh\t1', '2\tELECTRICITY\tx', '2\tSTEAM\tok\t10\tt\t5'].join('\n'));
    expect(errors).toEqual([
      { row: 1, reason: 'scope' },
      { row: 2, reason: 'category' },
      { row: 3, reason: 'number' },
      { row: 4, reason: 'empty' },
    ]);
    expect(lines).toHaveLength(1);
  });

  it('accepts category codes written with spaces or lower case', () => {
    const { lines } = parsePastedRows('1\tstationary combustion\tBoiler\t\t\t\t1,5');
    expect(lines[0]?.category).toBe('STATIONARY_COMBUSTION');
  });
});
