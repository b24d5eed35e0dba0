package no.klimanett.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportLineCalculatorTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void activityIsQuantityTimesFactorInTonnesWithThreeDecimals() {
        var result = ReportLineCalculator.activity(d("1000"), d("2.54"), null);
        assertEquals(LineMethod.ACTIVITY, result.method());
        assertEquals(d("2.540"), result.emissionsT()); // scale 3 exactly, not 2.54
        assertNull(result.marketEmissionsT());
    }

    @Test
    void roundsHalfEvenOnlyOnce() {
        // 2.5 kg = 0.0025 t: a tie, goes to the even neighbour (HALF_UP would give 0.003)
        assertEquals(d("0.002"), ReportLineCalculator.tonnes(d("2.5"), d("1")));
        assertEquals(d("0.004"), ReportLineCalculator.tonnes(d("3.5"), d("1")));
        // 0.00251 t is above the tie and rounds up; a double would already have lost the last digit elsewhere
        assertEquals(d("0.003"), ReportLineCalculator.tonnes(d("2.51"), d("1")));
        assertEquals(d("0.000"), ReportLineCalculator.tonnes(d("0.0001"), d("0.000001")));
    }

    @Test
    void exactForValuesThatFloatsGetWrong() {
        // 0.1 × 3 in binary floating point is 0.30000000000000004
        assertEquals(d("0.300"), ReportLineCalculator.tonnes(d("0.1"), d("3000")));
        var big = ReportLineCalculator.activity(d("12345678901234.5678"), d("2.540123"), null);
        // 12345678901234.5678 × 2.540123 = 31359542927640.6540638394 kg
        assertEquals(d("31359542927.641"), big.emissionsT());
        assertTrue(big.fits());
    }

    @Test
    void scope2MarketFigureOnlyWhenAMarketFactorIsGiven() {
        var dual = ReportLineCalculator.activity(d("1000000"), d("0.019"), d("0.402"));
        assertEquals(d("19.000"), dual.emissionsT());
        assertEquals(d("402.000"), dual.marketEmissionsT());
        assertNull(ReportLineCalculator.activity(d("1"), d("1"), null).marketEmissionsT());
    }

    @Test
    void directFiguresAreTakenAsGiven() {
        var result = ReportLineCalculator.direct(d("12.5"), d("3"));
        assertEquals(LineMethod.DIRECT, result.method());
        assertEquals(d("12.500"), result.emissionsT());
        assertEquals(d("3.000"), result.marketEmissionsT());
        assertNull(ReportLineCalculator.direct(d("1"), null).marketEmissionsT());
    }

    @Test
    void resultsBeyondTheColumnsAreFlagged() {
        var huge = ReportLineCalculator.activity(d("99999999999999.9999"), d("999999999999.999999"), null);
        assertFalse(huge.fits());
        assertTrue(ReportLineCalculator.direct(d("9999999999999.999"), null).fits());
    }
}
