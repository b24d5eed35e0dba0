package no.klimanett.common;

/** A representation with the version its ETag is made from. */
public record Versioned<T>(T body, long version) {}
