package no.klimanett.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers. Every answer is problem+json; nothing of the
 * exception (class names, SQL, stack traces) reaches the caller.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        var problem = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getPath(), errors == null || errors.isEmpty() ? null : errors);
        var builder = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (type == ProblemType.UNAUTHENTICATED) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        if (type == ProblemType.SERVICE_UNAVAILABLE) {
            builder.header("Retry-After", "5");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return response(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.of(fieldOf(v), Violations.describe(v).code(), v.getMessage(),
                        Violations.describe(v).params()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return response(ProblemType.VALIDATION, detail, errors, uri);
    }

    /** "create.body.lines[2].quantity" → "lines[2].quantity": callers know fields, not Java parameters. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, PARAMETER -> { }
                default -> {
                    // container elements are named "<list element>" etc.: only their index means something
                    String name = node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
                    if (node.getIndex() != null) {
                        if (parts.isEmpty()) {
                            parts.add(name + "[" + node.getIndex() + "]");
                        } else {
                            int last = parts.size() - 1;
                            parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
                            if (!name.isEmpty()) parts.add(name);
                        }
                    } else if (!name.isEmpty()) {
                        parts.add(name);
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            // only request bodies are constrained as a whole (@NotNull: a JSON null or no body at all); their
            // Java parameter name means nothing to the caller
            return "body";
        }
        return String.join(".", parts).replace(".[", "[");
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return response(ProblemType.VALIDATION, "Unknown field '" + field + "'",
                List.of(new Problem.FieldError(field, FieldCode.UNKNOWN_FIELD, "is not a field of this resource")), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        if (e.getTargetType() == String.class) {
            // StrictJson refuses text that cannot be stored as written (a lone surrogate)
            return response(ProblemType.VALIDATION, field + ": contains a character that is not text",
                    List.of(new Problem.FieldError(field, FieldCode.INVALID_CHARACTER, "contains a character that is not text")), uri);
        }
        return response(ProblemType.VALIDATION, field + ": must be " + describe(e.getTargetType()),
                List.of(typeError(field, e.getTargetType())), uri);
    }

    /**
     * A value of the wrong JSON type (an object where a number belongs, an array for the whole body). Mapped here
     * explicitly because Quarkus's own mapper for this exception is more specific than {@link #mapping} and
     * answered with its own JSON naming Java types (found by SchemaFuzzTest).
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        if (duplicateField(e) != null) return malformed(e, uri);
        String field = pathOf(e);
        if (field.isEmpty()) {
            return response(ProblemType.MALFORMED, "The body is not the expected JSON object", List.of(), uri);
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return response(ProblemType.VALIDATION, field + ": must be " + describe(target), List.of(typeError(field, target)), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return response(ProblemType.VALIDATION, duplicate + ": is given twice",
                    List.of(new Problem.FieldError(duplicate, FieldCode.DUPLICATE, "is given twice")), uri);
        }
        return response(ProblemType.MALFORMED, "The body is not valid JSON", List.of(), uri);
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("^Duplicate field '(.*)'");

    /** The JSON path of a key given twice in one object (StrictJson's duplicate detection), or null. */
    static String duplicateField(JsonProcessingException e) {
        var m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.find()) return null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // found while reading an object inside the body: the path leads to that object
            return pathOf(mapping) + "." + m.group(1);
        }
        StringBuilder path = new StringBuilder(m.group(1));
        var context = e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p ? p.getParsingContext() : null;
        // the innermost context is the object holding the duplicate; the path to it is built from its parents
        for (var c = context == null ? null : context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) path.insert(0, "[" + c.getCurrentIndex() + "]" + (path.charAt(0) == '[' ? "" : "."));
            else if (c.getCurrentName() != null) path.insert(0, c.getCurrentName() + (path.charAt(0) == '[' ? "" : "."));
        }
        return path.toString();
    }

    /** Bytes that are no text in the encoding Jackson detected (e.g. leading zero bytes read as UTF-32). */
    @ServerExceptionMapper
    public Response undecodable(java.io.CharConversionException e, UriInfo uri) {
        return response(ProblemType.MALFORMED, "The body is not valid JSON in UTF-8", List.of(), uri);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** A value the target type cannot take: an enum's other value, or a value of another JSON type. */
    private static Problem.FieldError typeError(String field, Class<?> type) {
        String message = "must be " + describe(type);
        if (type != null && type.isEnum()) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return Problem.FieldError.of(field, FieldCode.INVALID_VALUE, message, "allowed", allowed);
        }
        if (type == UUID.class) return Problem.FieldError.of(field, FieldCode.INVALID_FORMAT, message, "format", "uuid");
        if (type == java.time.LocalDate.class) return Problem.FieldError.of(field, FieldCode.INVALID_FORMAT, message, "format", "date");
        return Problem.FieldError.of(field, FieldCode.WRONG_TYPE, message, "expected", jsonType(type));
    }

    /** The JSON type a Java type is read from, as clients know it. */
    static String jsonType(Class<?> type) {
        if (type == null) return "value";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) return "integer";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) return "number";
        if (type == Boolean.class || type == boolean.class) return "boolean";
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "array";
        if (type == String.class || type.isEnum() || type == UUID.class || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "string";
        }
        return "object";
    }

    private static String describe(Class<?> type) {
        if (type == null) return "another type";
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) names.add(((Enum<?>) c).name());
            return "one of " + String.join(", ", names);
        }
        if (type == UUID.class) return "a UUID";
        if (type == java.time.LocalDate.class) return "a date (YYYY-MM-DD)";
        return switch (jsonType(type)) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "string" -> "a text";
            default -> "an object";
        };
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleWrite(Exception e, UriInfo uri) {
        return response(ProblemType.PRECONDITION_FAILED,
                "Someone else changed this resource at the same time; fetch it again and retry", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return response(ProblemType.UNAUTHENTICATED, "A valid bearer token is required", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return response(ProblemType.UNAUTHENTICATED, "The bearer token is not valid", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return response(ProblemType.FORBIDDEN, "Your role does not allow this", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps what the parser found (a key given twice, broken syntax): answer about that
            return json instanceof JsonMappingException mapping ? mapping(mapping, uri) : malformed(json, uri);
        }
        if (e instanceof NotFoundException) {
            return response(ProblemType.NOT_FOUND, "No such resource", List.of(), uri);
        }
        if (e instanceof NotAllowedException) {
            Response r = response(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here", List.of(), uri);
            return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
        }
        if (e instanceof NotSupportedException) {
            return response(ProblemType.UNSUPPORTED_MEDIA_TYPE, "This content type is not supported here", List.of(), uri);
        }
        if (e instanceof NotAcceptableException) {
            return response(ProblemType.NOT_ACCEPTABLE, "No representation matches the Accept header", List.of(), uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large", List.of(), uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return response(ProblemType.MALFORMED, "The request could not be processed", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        var database = DatabaseFailures.classify(e);
        if (database.isPresent()) {
            var problem = database.get();
            if (problem.type() == ProblemType.SERVICE_UNAVAILABLE) {
                LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), DatabaseFailures.rootMessage(e));
            }
            return response(problem.type(), problem.getMessage(), problem.errors(), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return response(ProblemType.INTERNAL, "Unexpected error; incident " + incident, List.of(), uri);
    }
}
