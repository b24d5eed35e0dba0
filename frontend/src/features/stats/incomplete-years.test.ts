import { describe, expect, it } from 'vitest';
import { incompleteYears, latestCompleteYear, type YearCoverage } from './incomplete-years';

const y = (year: number, reportingMembers: number, members: number): YearCoverage => ({ year, reportingMembers, members });
const incomplete = (...years: YearCoverage[]) => [...incompleteYears(years)].sort();

describe('incompleteYears', () => {
  it('marks the year still being reported, as in the demo data', () => {
    expect(incomplete(y(2023, 98, 101), y(2024, 100, 103), y(2025, 52, 103))).toEqual([2025]);
  });

  it('keeps a year exactly 10 percentage points below the best other year complete', () => {
    expect(incomplete(y(2024, 100, 100), y(2025, 90, 100))).toEqual([]);
    // different member counts: 90 % against 40/50 = 80 %
    expect(incomplete(y(2024, 90, 100), y(2025, 40, 50))).toEqual([]);
    // 0.8 − 0.7 is 0.10000000000000009 in floating point; the rule must still say "exactly 10"
    expect(incomplete(y(2024, 8, 10), y(2025, 7, 10))).toEqual([]);
  });

  it('marks a year 10.01 percentage points below as incomplete', () => {
    expect(incomplete(y(2024, 10_000, 10_000), y(2025, 8_999, 10_000))).toEqual([2025]);
    expect(incomplete(y(2024, 90, 100), y(2025, 39, 50))).toEqual([2025]);
  });

  it('compares with the highest coverage among the other years, whichever year that is', () => {
    // 2025 (85 %) is within 10 points of 2024 (90 %) but not of 2022 (100 %); 2024 is exactly 10 below
    expect(incomplete(y(2022, 20, 20), y(2023, 40, 50), y(2024, 45, 50), y(2025, 85, 100))).toEqual([2023, 2025]);
    // an older, weaker year is marked too, not only the last one
    expect(incomplete(y(2023, 5, 20), y(2024, 19, 20), y(2025, 18, 20))).toEqual([2023]);
  });

  it('marks a year with members but no reporting member, even alone', () => {
    expect(incomplete(y(2025, 0, 7))).toEqual([2025]);
    expect(incomplete(y(2024, 1, 7), y(2025, 0, 7))).toEqual([2025]);
  });

  it('keeps a single year with reports complete, however low its coverage', () => {
    expect(incomplete(y(2025, 1, 103))).toEqual([]);
  });

  it('never marks a year without members, and does not compare others with it', () => {
    expect(incomplete(y(2024, 0, 0))).toEqual([]);
    expect(incomplete(y(2023, 0, 0), y(2024, 3, 10))).toEqual([]);
  });

  it('handles no years', () => {
    expect(incomplete()).toEqual([]);
  });
});

describe('latestCompleteYear', () => {
  it('is the newest year not marked incomplete, or nothing', () => {
    const years = [y(2023, 98, 101), y(2024, 100, 103), y(2025, 52, 103)];
    expect(latestCompleteYear(years, incompleteYears(years))?.year).toBe(2024);
    expect(latestCompleteYear([y(2025, 0, 3)], new Set([2025]))).toBeUndefined();
  });
});
