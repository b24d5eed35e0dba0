package no.klimanett.report;

/** Why earlier figures are recalculated (GHG Protocol Corporate Standard, chapter 5). */
public enum RestatementReason { STRUCTURAL_CHANGE, METHOD_CHANGE, ERROR }
