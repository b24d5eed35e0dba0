package no.klimanett.commitment;

/** The denominator of an intensity target; the same denominators a yearly report may carry. */
public enum IntensityMetric { PER_EMPLOYEE, PER_M2, PER_REVENUE_MNOK }
