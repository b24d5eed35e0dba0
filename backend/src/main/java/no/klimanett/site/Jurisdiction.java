package no.klimanett.site;

/**
 * The country whose law the operator of a deployment answers to: it decides which national accessibility
 * supervisor (uutilsynet, DIGG, Digitaliseringsstyrelsen) and data protection authority the pages name.
 */
public enum Jurisdiction { NO, SE, DK }
