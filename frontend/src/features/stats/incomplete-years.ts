/** The part of a year's figures that says how many members it covers. */
export type YearCoverage = { year: number; members: number; reportingMembers: number };

/** How far a year's coverage may fall below the best other year before it counts as incomplete. */
const MAX_SHORTFALL = { numerator: 10n, denominator: 100n }; // 10 percentage points

/**
 * The years whose totals are still being reported, so a lower bar is not read as a cut.
 *
 * Rule: a year with members is incomplete when its reporting coverage (reportingMembers /
 * members) is more than 10 percentage points below the highest coverage among the other years
 * given; a year with members but no reporting member at all is incomplete too. A year without
 * members has nothing to report and is never incomplete, nor does it count as a comparison.
 * Exactly 10 points below is still complete.
 *
 * Coverages are compared as fractions with integer arithmetic (BigInt), never as floats:
 * r/m < r'/m' − 10/100  ⇔  100·(r'·m − r·m') > 10·m·m'.
 */
export function incompleteYears(years: readonly YearCoverage[]): ReadonlySet<number> {
  const incomplete = new Set<number>();
  for (const y of years) {
    if (y.members <= 0) continue;
    if (y.reportingMembers <= 0) {
      incomplete.add(y.year);
      continue;
    }
    const r = BigInt(y.reportingMembers);
    const m = BigInt(y.members);
    const behind = years.some((o) => {
      if (o === y || o.members <= 0) return false;
      const ro = BigInt(o.reportingMembers);
      const mo = BigInt(o.members);
      return MAX_SHORTFALL.denominator * (ro * m - r * mo) > MAX_SHORTFALL.numerator * m * mo;
    });
    if (behind) incomplete.add(y.year);
  }
  return incomplete;
}

/** The newest year not in `incomplete`, for a headline that does not rest on a partial year. */
export function latestCompleteYear<T extends YearCoverage>(years: readonly T[], incomplete: ReadonlySet<number>): T | undefined {
  return years.filter((y) => !incomplete.has(y.year)).reduce<T | undefined>((best, y) => (best && best.year > y.year ? best : y), undefined);
}
