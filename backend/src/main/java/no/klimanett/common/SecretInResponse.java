package no.klimanett.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST whose answer carries a secret that is shown once (an API client's secret). The answer is never
 * stored for an Idempotency-Key replay, so the secret exists nowhere but in that one answer; the operation must be
 * safe to retry by a unique field of its own (a retried create is refused with 409).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SecretInResponse {}
