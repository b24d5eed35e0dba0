package no.klimanett.report;

import no.klimanett.common.FieldCode;
import static no.klimanett.common.Text.blankToNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.klimanett.common.FieldErrors;
import no.klimanett.factor.FactorRef;
import no.klimanett.ghg.EmissionCategory;
import no.klimanett.ghg.Notation;

/**
 * The rules across the fields of a line and of the notation keys, shared by PUT and the CSV import so that a
 * line means the same whichever way it came in. Errors name the field as {@code lines[i].field}.
 */
final class ReportLineRules {

    private ReportLineRules() {}

    /**
     * Checks the lines and computes their figures. {@code factors} holds the set factors the lines refer to;
     * a line whose factor is missing there is reported as unknown. Null entries (rows of an import that could
     * not be read, already reported) are skipped, so that indexes stay those of the input.
     */
    static List<ReportLineStore.NewLine> prepare(List<ReportLineInput> lines, Map<UUID, FactorRef> factors,
                                                 FieldErrors errors) {
        List<ReportLineStore.NewLine> prepared = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) continue;
            var line = prepare("lines[" + i + "].", lines.get(i), factors, errors);
            if (line != null) prepared.add(line);
        }
        return prepared;
    }

    private static ReportLineStore.NewLine prepare(String at, ReportLineInput in, Map<UUID, FactorRef> factors,
                                                   FieldErrors errors) {
        int before = errors.size();
        errors.check(in.category().isInScope(in.scope()), at + "category", FieldCode.INCONSISTENT,
                "is a scope " + in.category().scope() + " category, not scope " + in.scope(), "other", at + "scope");
        boolean activity = in.quantity() != null || in.unit() != null || in.emissionFactorId() != null
                || in.factorKgPerUnit() != null || in.marketFactorKgPerUnit() != null;
        boolean direct = in.directT() != null || in.directMarketT() != null;
        if (in.scope() != 2) {
            errors.check(in.marketFactorKgPerUnit() == null, at + "marketFactorKgPerUnit", FieldCode.NOT_ALLOWED,
                    "is only for scope 2 lines");
            errors.check(in.directMarketT() == null, at + "directMarketT", FieldCode.NOT_ALLOWED, "is only for scope 2 lines");
        }
        if (activity && direct) {
            errors.add(at + "directT", FieldCode.NOT_ALLOWED, "give either directT or quantity, unit and a factor, not both",
                    "other", at + "quantity");
            return null;
        }
        if (direct) {
            errors.check(in.directT() != null, at + "directT", FieldCode.REQUIRED, "is required with directMarketT");
            if (errors.size() > before) return null;
            return line(in, in.unit(), in.factorKgPerUnit(), in.factorSource(),
                    ReportLineCalculator.direct(in.directT(), in.directMarketT()), at, errors);
        }
        errors.check(in.quantity() != null, at + "quantity", FieldCode.REQUIRED, "is required unless directT is given");
        String unit = in.unit();
        var kgPerUnit = in.factorKgPerUnit();
        String source = in.factorSource();
        if (in.emissionFactorId() != null) {
            errors.check(in.factorKgPerUnit() == null, at + "factorKgPerUnit", FieldCode.NOT_ALLOWED,
                    "give either emissionFactorId or a custom factorKgPerUnit, not both", "other", at + "emissionFactorId");
            errors.check(in.factorSource() == null, at + "factorSource", FieldCode.NOT_ALLOWED,
                    "comes from the factor set; leave it out", "other", at + "emissionFactorId");
            FactorRef factor = factors.get(in.emissionFactorId());
            if (factor == null) {
                errors.add(at + "emissionFactorId", FieldCode.NOT_FOUND, "is not a known emission factor");
            } else {
                errors.check(factor.scope() == in.scope(), at + "emissionFactorId", FieldCode.INCONSISTENT,
                        "is a scope " + factor.scope() + " factor, not scope " + in.scope(), "other", at + "scope");
                errors.check(unit == null || unit.trim().equalsIgnoreCase(factor.unit()), at + "unit", FieldCode.INVALID_VALUE,
                        "must be the factor's unit (" + factor.unit() + ")", "allowed", List.of(factor.unit()));
                unit = factor.unit();
                kgPerUnit = factor.kgCo2ePerUnit();
                source = factor.source();
            }
        } else {
            errors.check(in.factorKgPerUnit() != null, at + "factorKgPerUnit", FieldCode.REQUIRED,
                    "is required unless emissionFactorId is given");
            errors.check(unit != null && !unit.isBlank(), at + "unit", FieldCode.REQUIRED, "is required with a quantity");
            errors.check(source != null && !source.isBlank(), at + "factorSource", FieldCode.REQUIRED,
                    "is required for a custom factor");
        }
        if (errors.size() > before) return null;
        return line(in, unit.trim(), kgPerUnit, source.trim(),
                ReportLineCalculator.activity(in.quantity(), kgPerUnit, in.marketFactorKgPerUnit()), at, errors);
    }

    private static ReportLineStore.NewLine line(ReportLineInput in, String unit, java.math.BigDecimal kgPerUnit,
                                                String source, ReportLineCalculator.Result figures, String at,
                                                FieldErrors errors) {
        if (!figures.fits()) {
            errors.add(at + (figures.method() == LineMethod.ACTIVITY ? "quantity" : "directT"), FieldCode.TOO_LARGE,
                    "gives more tCO2e than a figure can hold (13 digits before the decimal point)",
                    "max", "9999999999999.999");
            return null;
        }
        return new ReportLineStore.NewLine(in.scope(), in.category(), blankToNull(in.activity()), in.quantity(), unit,
                in.emissionFactorId(), kgPerUnit, blankToNull(source), in.marketFactorKgPerUnit(), in.directT(),
                in.directMarketT(), figures);
    }

    /**
     * Notation keys are for scope-3 categories reported without figures: one per category, and never for a
     * category that has lines (the two would contradict each other).
     */
    static void checkNotations(List<Scope3Notation> notations, Collection<EmissionCategory> categoriesWithLines,
                               FieldErrors errors) {
        Map<EmissionCategory, Integer> seen = new EnumMap<>(EmissionCategory.class);
        Set<EmissionCategory> withLines = Set.copyOf(categoriesWithLines);
        for (int i = 0; i < notations.size(); i++) {
            EmissionCategory category = notations.get(i).category();
            String at = "scope3Notations[" + i + "].category";
            if (category.scope() != 3) {
                errors.add(at, FieldCode.INVALID_VALUE, "is not a scope-3 category");
                continue;
            }
            Integer earlier = seen.putIfAbsent(category, i);
            errors.check(earlier == null, at, FieldCode.DUPLICATE, "repeats scope3Notations[" + earlier + "]",
                    "other", "scope3Notations[" + earlier + "].category");
            errors.check(!withLines.contains(category), at, FieldCode.NOT_ALLOWED,
                    "has lines; a notation key is for a category without figures");
        }
    }
}
