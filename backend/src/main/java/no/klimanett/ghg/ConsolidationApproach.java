package no.klimanett.ghg;

/** How the organisational boundary is drawn (GHG Protocol Corporate Standard, chapter 3). */
public enum ConsolidationApproach { OPERATIONAL_CONTROL, FINANCIAL_CONTROL, EQUITY_SHARE }
