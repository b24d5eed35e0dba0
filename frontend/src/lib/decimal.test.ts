import { describe, expect, it } from 'vitest';
import { activityEmissionsMilli, milliToString, parseDecimal, rescale, sumMilli, toMilli } from './decimal';

describe('decimal', () => {
  it('sums exactly where floats drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(milliToString(sumMilli([toMilli('0.1'), toMilli('0.2')]))).toBe('0.300');
    const many = Array.from({ length: 1000 }, () => toMilli(0.001));
    expect(milliToString(sumMilli(many))).toBe('1.000');
  });

  it('reads Nordic and English notation', () => {
    expect(toMilli('1 234,5')).toBe(1_234_500n);
    expect(toMilli('1\u00a0234,567')).toBe(1_234_567n);
    expect(toMilli('1.234,5')).toBe(1_234_500n);
    expect(toMilli('1,234.5')).toBe(1_234_500n);
    expect(toMilli('-2,5')).toBe(-2_500n);
    expect(toMilli('\u22122,5')).toBe(-2_500n);
    expect(toMilli(12.345)).toBe(12_345n);
  });

  it('rejects what is not a number', () => {
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
    expect(parseDecimal(Number.NaN)).toBeNull();
  });

  it('rounds half away from zero at the fixed scale', () => {
    expect(rescale({ units: 12345n, scale: 4 }, 3)).toBe(1235n);
    expect(rescale({ units: -12345n, scale: 4 }, 3)).toBe(-1235n);
    expect(rescale({ units: 12344n, scale: 4 }, 3)).toBe(1234n);
    expect(toMilli('0.0005')).toBe(1n);
  });

  it('computes quantity × kg factor as milli-tonnes (kg)', () => {
    // 12 500 kWh × 0.019 kg/kWh = 237.5 kg = 0.238 t after rounding to the fixed scale
    expect(activityEmissionsMilli('12500', '0,019')).toBe(238n);
    expect(activityEmissionsMilli('1000', '2.54')).toBe(2540n);
    expect(activityEmissionsMilli('', '2.54')).toBeNull();
  });

  it('prints canonical strings', () => {
    expect(milliToString(1n)).toBe('0.001');
    expect(milliToString(-1500n)).toBe('-1.500');
    expect(milliToString(123456789012345678901n)).toBe('123456789012345678.901');
  });
});
