package no.klimanett.ghg;

import java.util.Arrays;
import java.util.List;

/**
 * The emission categories of the GHG Protocol Corporate Standard. Each belongs to exactly one scope, so a
 * line's scope and category can be checked against each other; scope-3 categories carry their official
 * number (1–15), which reports and exports use to sort them the way readers know them.
 */
public enum EmissionCategory {
    STATIONARY_COMBUSTION(1, null),
    MOBILE_COMBUSTION(1, null),
    PROCESS(1, null),
    FUGITIVE(1, null),

    ELECTRICITY(2, null),
    DISTRICT_HEATING(2, null),
    DISTRICT_COOLING(2, null),
    STEAM(2, null),

    PURCHASED_GOODS_AND_SERVICES(3, 1),
    CAPITAL_GOODS(3, 2),
    FUEL_AND_ENERGY_RELATED(3, 3),
    UPSTREAM_TRANSPORT(3, 4),
    WASTE(3, 5),
    BUSINESS_TRAVEL(3, 6),
    EMPLOYEE_COMMUTING(3, 7),
    UPSTREAM_LEASED_ASSETS(3, 8),
    DOWNSTREAM_TRANSPORT(3, 9),
    PROCESSING_OF_SOLD_PRODUCTS(3, 10),
    USE_OF_SOLD_PRODUCTS(3, 11),
    END_OF_LIFE_OF_SOLD_PRODUCTS(3, 12),
    DOWNSTREAM_LEASED_ASSETS(3, 13),
    FRANCHISES(3, 14),
    INVESTMENTS(3, 15);

    private final int scope;
    private final Integer ghgNumber;

    EmissionCategory(int scope, Integer ghgNumber) {
        this.scope = scope;
        this.ghgNumber = ghgNumber;
    }

    public int scope() {
        return scope;
    }

    /** The GHG Protocol's number of a scope-3 category (1–15); null for scopes 1 and 2, which are not numbered. */
    public Integer ghgNumber() {
        return ghgNumber;
    }

    public boolean isInScope(Integer scope) {
        return scope != null && this.scope == scope;
    }

    public static List<EmissionCategory> ofScope(int scope) {
        return Arrays.stream(values()).filter(c -> c.scope == scope).toList();
    }
}
