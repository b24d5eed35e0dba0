package no.klimanett.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNumbersTest {

    @ParameterizedTest(name = "{0} {1} is valid as {2}")
    @CsvSource({
            // Brønnøysundregistrene; check digit 3 from the mod-11 rule
            "NO, 974760673, 974760673",
            "NO, 974 760 673, 974760673",
            "NO, NO 974 760 673 MVA, 974760673",
            // Equinor ASA
            "NO, 923609016, 923609016",
            // weighted sum 11: remainder 0 → 11 − 0 = 11 → check digit 0
            "NO, 140000000, 140000000",
            // Volvo AB, written with hyphen, without, and in the 12-digit form with century prefix
            "SE, 556012-5790, 556012-5790",
            "SE, 5560125790, 556012-5790",
            "SE, 165560125790, 556012-5790",
            // Stockholms stad
            "SE, 212000-0142, 212000-0142",
            // Novo Nordisk A/S
            "DK, 24256790, 24256790",
            "DK, DK 24 25 67 90, 24256790",
            // Nokia Oyj
            "FI, 0112038-9, 0112038-9",
            "FI, 01120389, 0112038-9",
            "FI, 112038-9, 0112038-9",
    })
    void validNumbersAreNormalised(String country, String raw, String canonical) {
        var result = OrganisationNumbers.check(country, raw);
        assertTrue(result.checked().isPresent(), () -> "rejected: " + result.error());
        assertEquals(canonical, result.checked().get().value());
        assertTrue(result.checked().get().verified());
    }

    @ParameterizedTest(name = "{0} {1} is invalid")
    @CsvSource({
            "NO, 974760672",      // wrong check digit
            "NO, 97476067",       // 8 digits
            "NO, 9747606730",     // 10 digits
            "NO, 97476067A",      // letter
            "NO, 400000000",      // weighted sum 12: check would be 10, so no valid number has these digits
            "SE, 556012-5791",    // Luhn fails
            "SE, 55601257",       // too short
            "SE, 175560125790",   // 12 digits with an impossible century prefix
            "DK, 24256791",       // mod 11 fails
            "DK, 2425679",        // 7 digits
            "FI, 0112038-8",      // wrong check digit
            "FI, 0000030-0",      // weighted sum 12, remainder 1: no valid check digit exists
            "FI, 123",
    })
    void invalidNumbersAreRejected(String country, String raw) {
        var result = OrganisationNumbers.check(country, raw);
        assertFalse(result.checked().isPresent(), "accepted " + raw);
        assertTrue(result.error().contains(country), result.error());
    }

    @ParameterizedTest
    @CsvSource({"IS, 550269-5909", "DE, HRB 12345"})
    void otherCountriesAreStoredAsGivenAndUnverified(String country, String raw) {
        var checked = OrganisationNumbers.check(country, raw).checked().orElseThrow();
        assertEquals(raw, checked.value());
        assertFalse(checked.verified());
    }
}
