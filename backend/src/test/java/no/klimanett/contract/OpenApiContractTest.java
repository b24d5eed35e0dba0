package no.klimanett.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi.yaml is the contract. This test fails when the document the running service serves at
 * /q/openapi (generated from the code) and the file disagree on paths, operations, parameters, bodies,
 * responses or schemas. Descriptions and examples may differ: the file is where they are written.
 *
 * <p>On failure the served document is written to backend/target/served-openapi.json for comparison.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    @SuppressWarnings("unchecked")
    void servedDocumentMatchesTheContractFile() throws IOException {
        String servedJson = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Map<String, Object> served = new ObjectMapper().readValue(servedJson, Map.class);
        Map<String, Object> written = new Yaml().load(Files.readString(CONTRACT));

        List<String> differences = new ArrayList<>();
        compare("openapi version", written.get("openapi"), served.get("openapi"), differences);
        compare("operations", Shape.operations(written), Shape.operations(served), differences);
        compare("schemas", Shape.schemas(written), Shape.schemas(served), differences);
        // always written: the comparison below looks at shapes, not at every constraint (maxLength, minimum), so a
        // changed limit is regenerated from here too (and then checked by the Spectral step of bin/test)
        Files.writeString(Path.of("target", "served-openapi.json"), servedJson);
        assertTrue(differences.isEmpty(), "openapi.yaml and the served /q/openapi differ. If the code is right, "
                + "regenerate the contract with `python3 scripts/openapi.py backend/target/served-openapi.json > openapi.yaml` "
                + "(run from the repository root), then `(cd frontend && npm run gen:api)` so that the SPA's types follow, "
                + "and review the diff:\n" + String.join("\n", differences));
    }

    @Test
    void everyOperationHasAUniqueIdSummaryAndTag() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> written = new Yaml().load(Files.readString(CONTRACT));
        var ids = new TreeSet<String>();
        Shape.eachOperation(written, (key, op) -> {
            Object id = op.get("operationId");
            assertTrue(id != null && ids.add(id.toString()), key + ": missing or duplicate operationId " + id);
            assertTrue(op.get("summary") != null, key + ": no summary");
            assertTrue(op.get("tags") != null, key + ": no tag");
        });
        assertTrue(ids.size() > 10, "the contract lists only " + ids.size() + " operations");
    }

    private static void compare(String what, Object written, Object served, List<String> differences) {
        if (written instanceof Map<?, ?> w && served instanceof Map<?, ?> s) {
            var keys = new TreeSet<String>();
            w.keySet().forEach(k -> keys.add(k.toString()));
            s.keySet().forEach(k -> keys.add(k.toString()));
            for (String key : keys) {
                Object wv = w.get(key);
                Object sv = s.get(key);
                if (wv == null) differences.add("only served:  " + what + " " + key + " = " + sv);
                else if (sv == null) differences.add("only in file: " + what + " " + key + " = " + wv);
                else compare(what + " " + key, wv, sv, differences);
            }
        } else if (!Objects.equals(String.valueOf(written), String.valueOf(served))) {
            differences.add("differs:      " + what + ": file " + written + " / served " + served);
        }
    }

    /** The parts of a document that make up the contract, normalised for comparison. */
    @SuppressWarnings("unchecked")
    static final class Shape {

        interface OperationVisitor {
            void visit(String key, Map<String, Object> operation);
        }

        static void eachOperation(Map<String, Object> doc, OperationVisitor visitor) {
            var paths = (Map<String, Map<String, Object>>) doc.getOrDefault("paths", Map.of());
            for (var path : paths.entrySet()) {
                for (var op : path.getValue().entrySet()) {
                    if (List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                        visitor.visit(op.getKey().toUpperCase() + " " + path.getKey(), (Map<String, Object>) op.getValue());
                    }
                }
            }
        }

        static Map<String, Object> operations(Map<String, Object> doc) {
            Map<String, Object> result = new TreeMap<>();
            eachOperation(doc, (key, op) -> {
                Map<String, Object> shape = new TreeMap<>();
                shape.put("operationId", op.get("operationId"));
                var parameters = new TreeSet<String>();
                for (var p : (List<Map<String, Object>>) op.getOrDefault("parameters", List.of())) {
                    parameters.add(p.get("in") + ":" + p.get("name") + (Boolean.TRUE.equals(p.get("required")) ? "!" : ""));
                }
                shape.put("parameters", parameters.toString());
                var body = (Map<String, Object>) op.get("requestBody");
                shape.put("requestBody", body == null ? "none" : content((Map<String, Object>) body.get("content")));
                Map<String, Object> responses = new TreeMap<>();
                for (var r : ((Map<String, Map<String, Object>>) op.getOrDefault("responses", Map.of())).entrySet()) {
                    responses.put(r.getKey(), content((Map<String, Object>) r.getValue().get("content")));
                }
                shape.put("responses", responses);
                result.put(key, shape);
            });
            return result;
        }

        static Map<String, Object> schemas(Map<String, Object> doc) {
            var components = (Map<String, Object>) doc.getOrDefault("components", Map.of());
            var schemas = (Map<String, Map<String, Object>>) components.getOrDefault("schemas", Map.of());
            Map<String, Object> result = new TreeMap<>();
            for (var s : schemas.entrySet()) {
                result.put(s.getKey(), schema(s.getValue()));
            }
            return result;
        }

        private static Object schema(Map<String, Object> schema) {
            Map<String, Object> shape = new TreeMap<>();
            if (schema.get("$ref") != null) return "ref " + schema.get("$ref");
            shape.put("type", String.valueOf(schema.get("type")));
            if (schema.get("enum") != null) shape.put("enum", new TreeSet<>(((List<Object>) schema.get("enum")).stream().map(String::valueOf).toList()).toString());
            if (schema.get("required") != null) shape.put("required", new TreeSet<>((List<String>) schema.get("required")).toString());
            if (schema.get("items") != null) shape.put("items", schema((Map<String, Object>) schema.get("items")));
            var properties = (Map<String, Map<String, Object>>) schema.get("properties");
            if (properties != null) {
                Map<String, Object> props = new TreeMap<>();
                properties.forEach((name, p) -> props.put(name, schema(p)));
                shape.put("properties", props);
            }
            for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
                if (schema.get(combinator) != null) {
                    shape.put(combinator, ((List<Map<String, Object>>) schema.get(combinator)).stream().map(Shape::schema).toList().toString());
                }
            }
            return shape;
        }

        private static Object content(Map<String, Object> content) {
            if (content == null) return "no body";
            Map<String, Object> result = new TreeMap<>();
            for (var media : content.entrySet()) {
                var mediaType = (Map<String, Object>) media.getValue();
                var schema = mediaType == null ? null : (Map<String, Object>) mediaType.get("schema");
                result.put(media.getKey(), schema == null ? "any" : schema(schema));
            }
            return result;
        }
    }
}
