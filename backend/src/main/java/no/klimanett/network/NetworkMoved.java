package no.klimanett.network;

import java.util.UUID;

/**
 * Fired synchronously, inside the changing transaction, when a network was put under another umbrella (or taken
 * from one): the old and the new umbrella chains now count different members. Parents may be null.
 */
public record NetworkMoved(UUID networkId, UUID oldParentId, UUID newParentId) {}
