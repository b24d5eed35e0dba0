package no.klimanett.commitment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.Problem;
import no.klimanett.common.ProblemException;
import org.junit.jupiter.api.Test;

/** The cross-field rules without the HTTP stack: the decisions of docs/commitments-admin-import.md. */
class CommitmentRulesTest {

    private static final ScopeCoverage SCOPES_1_2 = new ScopeCoverage(new BigDecimal("100"), new BigDecimal("100"),
            BigDecimal.ZERO);

    private static CommitmentInput netZero(Integer baseYear, BigDecimal reductionPct, CommitmentStatus status) {
        return new CommitmentInput(UUID.randomUUID(), null, "Net zero", null, TargetType.NET_ZERO, null, SCOPES_1_2,
                baseYear, null, 2045, reductionPct, null, null, null, status, null);
    }

    private static List<String> fieldsOf(Runnable check) {
        var e = assertThrows(ProblemException.class, check::run);
        return e.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void targetsAndActionsHaveTheirOwnStatusScales() {
        assertEquals(List.of(CommitmentStatus.PLEDGED, CommitmentStatus.IN_STRATEGY, CommitmentStatus.ADOPTED,
                CommitmentStatus.VALIDATED_EXTERNALLY, CommitmentStatus.ACHIEVED, CommitmentStatus.MISSED,
                CommitmentStatus.WITHDRAWN), CommitmentStatus.allowedFor(TargetType.ABSOLUTE));
        assertEquals(List.of(CommitmentStatus.PLEDGED, CommitmentStatus.IN_PROGRESS, CommitmentStatus.ACHIEVED,
                CommitmentStatus.MISSED, CommitmentStatus.WITHDRAWN), CommitmentStatus.allowedFor(TargetType.ACTION));
        assertEquals(List.of("status"), fieldsOf(() -> CommitmentRules.check(
                netZero(null, null, CommitmentStatus.IN_PROGRESS), 2025)));
    }

    @Test
    void aNetZeroTargetMayStateAnInterimCutOnlyAgainstABaseYear() {
        assertDoesNotThrow(() -> CommitmentRules.check(netZero(null, null, CommitmentStatus.PLEDGED), 2025));
        assertDoesNotThrow(() -> CommitmentRules.check(netZero(2019, new BigDecimal("90"), CommitmentStatus.ADOPTED), 2025));
        assertEquals(List.of("baseYear"), fieldsOf(() -> CommitmentRules.check(
                netZero(null, new BigDecimal("90"), CommitmentStatus.ADOPTED), 2025)));
    }

    @Test
    void theBaseYearIsAYearAlreadyMeasured() {
        assertDoesNotThrow(() -> CommitmentRules.check(netZero(2025, null, CommitmentStatus.PLEDGED), 2025));
        assertEquals(List.of("baseYear"), fieldsOf(() -> CommitmentRules.check(
                netZero(2026, null, CommitmentStatus.PLEDGED), 2025)));
    }

    @Test
    void anActionTakesNoTargetFiguresAndNeedsItsDueDate() {
        var action = new CommitmentInput(UUID.randomUUID(), UUID.randomUUID(), "Energy coaching", null, TargetType.ACTION,
                null, SCOPES_1_2, 2019, null, 2030, null, null, " ", null, CommitmentStatus.PLEDGED, null);
        assertEquals(List.of("scopeCoverage", "baseYear", "targetYear", "actionCategory", "dueOn"),
                fieldsOf(() -> CommitmentRules.check(action, 2025)));
        var fine = new CommitmentInput(UUID.randomUUID(), UUID.randomUUID(), "Energy coaching", null, TargetType.ACTION,
                null, null, null, null, null, null, null, "energy coaching", LocalDate.of(2026, 3, 1),
                CommitmentStatus.IN_PROGRESS, null);
        assertDoesNotThrow(() -> CommitmentRules.check(fine, 2025));
    }
}
