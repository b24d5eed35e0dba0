package no.klimanett.stats;

import java.math.BigDecimal;

/**
 * The four sums every figure is made of (tCO2e, scale 3). scope2 is by the requested {@link Scope2Method};
 * direct12 is the part of scope 1+2 given as direct figures, the rest being activity × factor.
 */
public record Emissions(BigDecimal scope1, BigDecimal scope2, BigDecimal scope3, BigDecimal direct12) {

    public static final Emissions ZERO = new Emissions(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Emissions {
        scope1 = StatsMath.tonnes(scope1);
        scope2 = StatsMath.tonnes(scope2);
        scope3 = StatsMath.tonnes(scope3);
        direct12 = StatsMath.tonnes(direct12);
    }

    /** The headline: scope 1 + scope 2. Scope 3 is never added to it (partners' scope 3 overlaps others' scope 1). */
    public BigDecimal scope12() {
        return scope1.add(scope2);
    }

    public BigDecimal activity12() {
        return scope12().subtract(direct12);
    }

    public Emissions plus(Emissions other) {
        return new Emissions(scope1.add(other.scope1), scope2.add(other.scope2), scope3.add(other.scope3),
                direct12.add(other.direct12));
    }

    /** The sum over the given scopes (1, 2, 3), for commitments that cover only some of them. */
    public BigDecimal scopes(boolean s1, boolean s2, boolean s3) {
        BigDecimal sum = BigDecimal.ZERO.setScale(StatsMath.TONNES_SCALE);
        if (s1) sum = sum.add(scope1);
        if (s2) sum = sum.add(scope2);
        if (s3) sum = sum.add(scope3);
        return sum;
    }
}
