// Exact decimal arithmetic for tCO2e. Floats cannot add 0.1 + 0.2 exactly, and a network
// total is a sum of hundreds of lines, so figures are held as BigInt with an explicit scale.
// Totals use milli-tonnes (scale 3), which is also the API's fixed scale; 1 milli-tonne = 1 kg.

export type Decimal = { readonly units: bigint; readonly scale: number };

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * Parses user input or API numbers. Accepts a decimal comma (Nordic) or point, spaces
 * and apostrophes as group separators, and where both "," and "." occur the last one is the
 * decimal separator ("1.234,5" and "1,234.5" both mean 1234.5).
 */
export function parseDecimal(input: string | number | null | undefined): Decimal | null {
  if (input === null || input === undefined) return null;
  let s = typeof input === 'number' ? (Number.isFinite(input) ? numberToPlain(input) : '') : input.trim();
  s = s.replace(SPACES, '').replace(/^\u2212/, '-');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalSep = lastComma > lastDot ? ',' : '.';
    const groupSep = decimalSep === ',' ? '.' : ',';
    s = s.split(groupSep).join('').replace(decimalSep, '.');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) return null;
    s = s.replace(',', '.');
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const [, sign = '', int = '', frac = ''] = match;
  const units = BigInt(`${int || '0'}${frac}`) * (sign === '-' ? -1n : 1n);
  return { units, scale: frac.length };
}

function numberToPlain(n: number): string {
  // String(1e-7) is "1e-7"; toFixed keeps plain digits and 20 places exceed any API figure.
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Rounds half away from zero to `scale` places and returns the integer count of 10^-scale. */
export function rescale(d: Decimal, scale: number): bigint {
  if (d.scale <= scale) return d.units * 10n ** BigInt(scale - d.scale);
  const divisor = 10n ** BigInt(d.scale - scale);
  const negative = d.units < 0n;
  const abs = negative ? -d.units : d.units;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  return negative ? -q : q;
}

/** tCO2e as integer milli-tonnes. */
export function toMilli(value: string | number | null | undefined): bigint | null {
  const d = parseDecimal(value);
  return d ? rescale(d, 3) : null;
}

/** quantity × kgCO2e/unit gives kg, and one kg is exactly one milli-tonne. */
export function activityEmissionsMilli(quantity: string | number | null | undefined, kgPerUnit: string | number | null | undefined): bigint | null {
  const q = parseDecimal(quantity);
  const f = parseDecimal(kgPerUnit);
  if (!q || !f) return null;
  return rescale(multiply(q, f), 0);
}

export function sumMilli(values: Iterable<bigint | null | undefined>): bigint {
  let total = 0n;
  for (const v of values) if (v !== null && v !== undefined) total += v;
  return total;
}

/** Canonical "123.456" string: exact, and safe to hand to Intl.NumberFormat or Number(). */
export function milliToString(m: bigint): string {
  const negative = m < 0n;
  const abs = negative ? -m : m;
  const int = abs / 1000n;
  const frac = (abs % 1000n).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${int}.${frac}`;
}

/** Canonical form of any decimal, for sending to the API as a JSON number without float noise. */
export function decimalToString(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const int = digits.slice(0, digits.length - d.scale);
  const frac = d.scale > 0 ? `.${digits.slice(digits.length - d.scale)}` : '';
  return `${negative ? '-' : ''}${int}${frac}`;
}
