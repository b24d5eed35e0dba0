package no.klimanett.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds the conventions that every operation shares to the generated document, in one place instead of
 * annotations on every method: problem+json errors, Idempotency-Key on POST, the optional bearer token.
 */
public class OpenApiConventions implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchemas(openAPI);
        markRequiredOutputProperties(openAPI);
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme("bearer")));
        if (openAPI.getPaths() == null) return;
        for (var pathEntry : openAPI.getPaths().getPathItems().entrySet()) {
            String path = pathEntry.getKey();
            for (Map.Entry<PathItem.HttpMethod, Operation> op : pathEntry.getValue().getOperations().entrySet()) {
                decorate(path, op.getKey(), op.getValue());
            }
        }
    }

    private static void decorate(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) return;
        var responses = operation.getResponses();
        problem(responses, "400", "Invalid input; `errors` names every field");
        if (!path.equals("/api/v1/auth/token")) {
            problem(responses, "401", "The bearer token is missing where required, expired or not valid");
        }
        problem(responses, "503", "The database is unavailable; retry after the Retry-After seconds");
        problem(responses, "500", "An unexpected error; the detail names an incident id for the operators, nothing of the cause");
        if (path.contains("{")) {
            problem(responses, "404", "Not found, or not visible to this caller");
        }
        if (path.contains("/stats") && method == PathItem.HttpMethod.GET) {
            figureConventions(responses);
        }
        switch (method) {
            case POST -> {
                problem(responses, "403", "The caller's role does not allow this");
                problem(responses, "409", "Conflicts with the current state (duplicate, illegal workflow step, request in progress)");
                problem(responses, "422", "The Idempotency-Key was used for a different request");
                if (!path.equals("/api/v1/auth/token")) {
                    operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                            .description("Makes a retried POST safe: the same key and body give the first answer again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
                }
            }
            case PUT -> {
                problem(responses, "403", "The caller's role does not allow this");
                problem(responses, "409", "Conflicts with the current state");
                problem(responses, "412", "If-Match does not match the current ETag: someone else changed it");
                problem(responses, "428", "If-Match is required");
            }
            default -> { }
        }
        if (path.equals("/api/v1/auth/token")) {
            problem(responses, "429", "Too many attempts; retry after the Retry-After seconds");
        }
    }

    private static void problem(org.eclipse.microprofile.openapi.models.responses.APIResponses responses, String status,
                                String description) {
        var existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null && existing.getContent().hasMediaType(Problem.MEDIA_TYPE)) return;
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
    }

    /** Figures (common/Representations): ETag and Cache-Control on every answer, 403 and 304 as well. */
    private static void figureConventions(org.eclipse.microprofile.openapi.models.responses.APIResponses responses) {
        var ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", OASFactory.createHeader().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .description("Digest of the bytes sent: changes exactly when a covered approved report changes"));
            ok.addHeader("Cache-Control", OASFactory.createHeader().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .description("public, no-cache (anonymous, public network) or private, no-cache"));
        }
        responses.addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified: If-None-Match named the current ETag"));
        problem(responses, "403", "The network does not publish this breakdown, or the caller lacks stats:read");
    }

    /**
     * Our responses always carry every field of their record (null where there is no value), so for the
     * schemas we send, every property is required and only those marked {@code @Schema(nullable = true)} may
     * be null. Generated clients then type fields exactly. Request schemas keep the validation's own rules.
     */
    private static void markRequiredOutputProperties(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) return;
        for (var entry : openAPI.getComponents().getSchemas().entrySet()) {
            String name = entry.getKey();
            Schema schema = entry.getValue();
            if (name.endsWith("Input") || name.endsWith("Update") || schema.getProperties() == null
                    || schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                continue;
            }
            List<String> required = schema.getProperties().entrySet().stream()
                    .filter(p -> !isNullable(p.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            schema.setRequired(required);
        }
    }

    private static boolean isNullable(Schema property) {
        if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) return true;
        for (List<Schema> alternatives : java.util.Arrays.asList(property.getAnyOf(), property.getOneOf())) {
            if (alternatives != null && alternatives.stream()
                    .anyMatch(a -> a.getType() != null && a.getType().contains(Schema.SchemaType.NULL))) {
                return true;
            }
        }
        return false;
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) openAPI.setComponents(OASFactory.createComponents());
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field as the caller sent it, e.g. lines[2].quantity"))
                .addProperty("message", string)
                .required(List.of("field", "message"));
        Schema types = OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                .description("Stable problem type; one of " + String.join(", ",
                        java.util.Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList()));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the shape of every error")
                .addProperty("type", types)
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"));
        openAPI.getComponents().addSchema("FieldError", fieldError).addSchema("Problem", problem);
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("""
                        A token from POST /api/v1/auth/token. The tokens follow RFC8725 (JSON Web Token Best Current \
                        Practices): signed with RS256 only (`alg: none` and HMAC algorithms are refused, so no key \
                        confusion), issuer, audience and expiry always verified, lifetime one hour; they carry identity \
                        and coarse groups, never secrets, and roles are read per request so revoking one takes effect \
                        at once."""));
    }
}
