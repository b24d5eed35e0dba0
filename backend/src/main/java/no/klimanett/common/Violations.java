package no.klimanett.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/** The field code and parameters of a Bean Validation failure: the same code whichever way a value arrived. */
public final class Violations {

    private Violations() {}

    public record Described(FieldCode code, Object[] params) {}

    public static Described describe(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new Described(FieldCode.REQUIRED, new Object[0]);
        }
        if (constraint instanceof Size size) {
            int length = value instanceof CharSequence s ? s.length() : value instanceof Collection<?> c ? c.size() : 0;
            boolean list = value instanceof Collection<?>;
            if (length > size.max()) {
                return new Described(list ? FieldCode.TOO_MANY : FieldCode.TOO_LONG, new Object[] {"max", size.max()});
            }
            return new Described(list && size.min() > 0 && length == 0 ? FieldCode.REQUIRED : FieldCode.TOO_SHORT,
                    new Object[] {"min", size.min()});
        }
        if (constraint instanceof Min || constraint instanceof DecimalMin) {
            return new Described(FieldCode.TOO_SMALL, new Object[] {"min", number(attributes.get("value"))});
        }
        if (constraint instanceof Max || constraint instanceof DecimalMax) {
            return new Described(FieldCode.TOO_LARGE, new Object[] {"max", number(attributes.get("value"))});
        }
        if (constraint instanceof Digits digits) {
            return new Described(FieldCode.TOO_PRECISE, new Object[] {"integer", digits.integer(), "fraction", digits.fraction()});
        }
        if (constraint instanceof Email) {
            return new Described(FieldCode.INVALID_FORMAT, new Object[] {"format", "email"});
        }
        if (constraint instanceof Pattern pattern) {
            String format = pattern.payload().length == 0 ? "pattern" : Format.nameOf(pattern.payload()[0]);
            return new Described(FieldCode.INVALID_FORMAT, new Object[] {"format", format});
        }
        if (constraint instanceof CountryCode) {
            return new Described(FieldCode.INVALID_FORMAT, new Object[] {"format", "country"});
        }
        return new Described(FieldCode.INVALID_VALUE, new Object[0]);
    }

    /** Bounds are strings in @DecimalMin and longs in @Min: both go out as JSON numbers. */
    private static Object number(Object bound) {
        if (bound instanceof String s) {
            try {
                return new java.math.BigDecimal(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return bound;
    }
}
