package no.klimanett.organisation;

public enum Sector { PUBLIC, PRIVATE, ACADEMIC, NON_PROFIT }
