package no.klimanett.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.klimanett.common.Params;
import no.klimanett.common.Preconditions;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.organisation.OrganisationNumbers;
import no.klimanett.report.ReportStatus;

/**
 * The parsers that see raw input before any validation (query parameters, If-Match, organisation numbers): for
 * any string at all they either give a value or refuse with our problem (400, 412, 428), never another exception
 * that would surface as a 500. Runs on jqwik's engine, without the application.
 */
class InputParsingPropertiesTest {

    @Provide
    Arbitrary<String> raw() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("0123456789abcdef-{}\"W/*, ").ofMaxLength(50),
                Arbitraries.of("", " ", "\u0000", "\uD800", "-0", "+1", "1e3", "2147483648", "W/\"1\"", "\"1\",*"));
    }

    @Property(tries = 2000)
    void queryParametersParseOrRefuseWith400(@ForAll("raw") String value) {
        refusesOnlyWith(() -> Params.uuid("id", value), ProblemType.VALIDATION);
        refusesOnlyWith(() -> Params.integer("year", value), ProblemType.VALIDATION);
        refusesOnlyWith(() -> Params.date("activeOn", value), ProblemType.VALIDATION);
        refusesOnlyWith(() -> Params.enumValue("status", value, ReportStatus.class), ProblemType.VALIDATION);
        refusesOnlyWith(() -> Params.text("q", value, 20), ProblemType.VALIDATION);
    }

    @Property(tries = 2000)
    void ifMatchMatchesOrRefusesWith412Or428(@ForAll("raw") String value, @ForAll long version) {
        refusesOnlyWith(() -> {
            Preconditions.requireIfMatch(value, Math.abs(version));
            return null;
        }, ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED);
    }

    @Property(tries = 2000)
    void organisationNumbersNeverThrow(@ForAll("raw") String number, @ForAll("countries") String country) {
        var result = OrganisationNumbers.check(country, number);
        assertTrue(result.checked().isPresent() || result.error() != null);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("NO", "SE", "DK", "FI", "DE", "XX");
    }

    private static void refusesOnlyWith(java.util.function.Supplier<?> parse, ProblemType... allowed) {
        try {
            parse.get();
        } catch (ProblemException e) {
            assertTrue(java.util.List.of(allowed).contains(e.type()), "refused with " + e.type());
        }
    }
}
