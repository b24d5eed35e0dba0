package no.klimanett.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of the contract, read from the top-level openapi.yaml: the security tests are generated from
 * this list, so an endpoint added to the contract is covered (or makes them fail) without anyone remembering.
 */
public final class OpenApiOperations {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** A parameter of an operation (query, header or path) with its schema as written in the contract. */
    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

    public record Operation(String operationId, String method, String path, List<Parameter> parameters,
                            String requestContentType, String requestSchemaRef, Map<String, Object> raw) {

        public boolean hasBody() {
            return requestContentType != null;
        }

        public boolean changes() {
            return !method.equals("GET");
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    private final Map<String, Object> document;
    private final List<Operation> operations;

    private OpenApiOperations(Map<String, Object> document) {
        this.document = document;
        this.operations = read(document);
    }

    public static OpenApiOperations load() {
        try {
            var options = new LoaderOptions();
            options.setCodePointLimit(50 * 1024 * 1024);
            Map<String, Object> doc = new Yaml(options).load(Files.readString(CONTRACT));
            return new OpenApiOperations(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** A schema of components/schemas by name, or by "#/components/schemas/Name". */
    @SuppressWarnings("unchecked")
    public Map<String, Object> schema(String refOrName) {
        String name = refOrName.substring(refOrName.lastIndexOf('/') + 1);
        var components = (Map<String, Object>) document.get("components");
        var schemas = (Map<String, Object>) components.get("schemas");
        return (Map<String, Object>) schemas.get(name);
    }

    /** Follows a $ref (also one wrapped in allOf/anyOf with null) to the schema it names. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) return Map.of();
        if (schema.get("$ref") instanceof String ref) return resolve(schema(ref));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(combinator) instanceof List<?> parts) {
                for (Object part : parts) {
                    var p = (Map<String, Object>) part;
                    if (p.containsKey("$ref")) return resolve(p);
                }
            }
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> read(Map<String, Object> doc) {
        List<Operation> result = new ArrayList<>();
        var paths = (Map<String, Map<String, Object>>) doc.get("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!METHODS.contains(method)) return;
            var op = (Map<String, Object>) value;
            List<Parameter> parameters = new ArrayList<>();
            for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
                var param = (Map<String, Object>) p;
                parameters.add(new Parameter((String) param.get("name"), (String) param.get("in"),
                        Boolean.TRUE.equals(param.get("required")),
                        (Map<String, Object>) param.getOrDefault("schema", Map.of())));
            }
            String contentType = null;
            String ref = null;
            if (op.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                    && !content.isEmpty()) {
                contentType = (String) content.keySet().iterator().next();
                var media = (Map<String, Object>) content.get(contentType);
                if (media.get("schema") instanceof Map<?, ?> schema && schema.get("$ref") instanceof String r) ref = r;
            }
            result.add(new Operation((String) op.get("operationId"), method.toUpperCase(), path, List.copyOf(parameters),
                    contentType, ref, op));
        }));
        return List.copyOf(result);
    }
}
