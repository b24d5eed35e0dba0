package no.klimanett.report;

/** The workflow of a yearly account: draft → submitted → approved, or returned (→ draft); reopen → draft. */
public enum ReportStatus { DRAFT, SUBMITTED, APPROVED }
