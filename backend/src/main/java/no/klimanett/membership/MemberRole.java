package no.klimanett.membership;

public enum MemberRole { PARTNER, FOUNDING_PARTNER, OBSERVER }
