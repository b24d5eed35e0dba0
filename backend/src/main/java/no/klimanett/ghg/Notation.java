package no.klimanett.ghg;

/**
 * Notation keys for a scope-3 category reported without figures (as in UNFCCC inventories): not occurring,
 * not estimated, included elsewhere, confidential. Each comes with a reason.
 */
public enum Notation { NO, NE, IE, C }
