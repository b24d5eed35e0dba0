package no.klimanett.report;

/** How a line's tCO2e came about: activity data × emission factor, or a figure given directly. */
public enum LineMethod { ACTIVITY, DIRECT }
