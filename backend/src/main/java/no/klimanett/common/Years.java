package no.klimanett.common;

import java.time.Clock;
import java.time.Year;

/** Reporting years run from 1990 (the Kyoto base year) to the current year. */
public final class Years {

    public static final int FIRST = 1990;

    private Years() {}

    public static int current(Clock clock) {
        return Year.now(clock).getValue();
    }

    public static boolean isReportable(int year, Clock clock) {
        return year >= FIRST && year <= current(clock);
    }

    /** Adds the one error for a year outside the reporting years to {@code errors}. */
    public static FieldErrors checkReportable(FieldErrors errors, String field, int year, Clock clock) {
        int last = current(clock);
        return errors.check(isReportable(year, clock), field, FieldCode.OUT_OF_RANGE,
                "must be a year from " + FIRST + " to " + last, "min", FIRST, "max", last);
    }
}
