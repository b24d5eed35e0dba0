package no.klimanett.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an answer that carries a secret shown once (an access token, an API client's secret), on the POST that
 * gives it or on the type of the answer. Such an answer is never stored for an Idempotency-Key replay, so the
 * secret exists nowhere but in that one answer; the operation must be safe to retry by a unique field of its own
 * (a retried create is refused with 409) or harmless to repeat (a token).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SecretInResponse {}
