package no.klimanett.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/**
 * An officially assigned ISO 3166-1 alpha-2 country code (NO, SE, DK, FI, ...), as the JDK knows them: two capital
 * letters alone would let AA, ZZ or NK through. Null is valid (use @NotNull where required).
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = CountryCode.Validator.class)
public @interface CountryCode {

    String message() default "must be an ISO 3166-1 alpha-2 country code such as NO";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CountryCode, String> {

        private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

        public static boolean isAssigned(String code) {
            return code != null && ASSIGNED.contains(code);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isAssigned(value);
        }
    }
}
