package no.klimanett.network;

/** How much of its figures a network shows to callers who may not see its organisations. */
public enum PublicationLevel { TOTALS, BY_SECTOR, BY_ORGANISATION }
