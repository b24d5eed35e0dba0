package no.klimanett.stats;

import static no.klimanett.stats.ReportBuilder.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Runs the documented Python example (docs/scripts/klimanett_figures.py) against the running service. */
@QuarkusTest
class ScriptsExampleTest {

    static final Path SCRIPT = Path.of("..", "docs", "scripts", "klimanett_figures.py");

    @Inject
    Fixtures fixtures;

    @Inject
    ReportBuilder reports;

    @TestHTTPResource("/")
    URL base;

    record Run(int exit, String out, String err) {}

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("python3", SCRIPT.toString(), "--base-url", base.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("KLIMANETT_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example did not finish");
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void pythonExamplePullsFiguresWithAClientTokenAndCachesByEtag() throws Exception {
        UUID network = fixtures.network(Visibility.MEMBERS_ONLY).id;
        UUID org = fixtures.organisation().id;
        fixtures.member(network, org, LocalDate.parse("2020-01-01"), null);
        UUID report = reports.approved(org, 2022, null, List.of(direct(1, "STATIONARY_COMBUSTION", "12.345"),
                direct(3, "WASTE", "1.000")));
        String secret = "s3cret-" + UUID.randomUUID();
        var client = fixtures.clientWithSecret(Set.of("stats:read"), Set.of(network), secret);
        Path cache = Files.createTempDirectory("klimanett-cache");
        var env = Map.of("KLIMANETT_CLIENT_ID", client.clientId, "KLIMANETT_CLIENT_SECRET", secret);
        String[] args = {"--network", network.toString(), "--from", "2022", "--to", "2022", "--cache-dir", cache.toString()};

        Run first = run(env, args);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().startsWith("fetched, ETag"), first.err());
        assertEquals("year\tscope12_t\tscope3_t\treporting/members\n2022\t12.345\t1.000\t1/1\n", first.out());

        Run second = run(env, args);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("not modified"), second.err());
        assertEquals(first.out(), second.out());

        // a change to a covered approved report reaches the script at once
        reports.reopen(report);
        Run third = run(env, args);
        assertTrue(third.err().startsWith("fetched"), third.err());
        assertEquals("year\tscope12_t\tscope3_t\treporting/members\n2022\t0.000\t0.000\t0/1\n", third.out());

        // CSV, and without credentials a members-only network is not found
        Run csv = run(env, "--network", network.toString(), "--from", "2022", "--to", "2022", "--csv", "--cache-dir", cache.toString());
        assertTrue(csv.out().startsWith(String.join(",", NetworkStats.CSV_HEADER) + "\r\n"), csv.out());
        Run anonymous = run(Map.of(), args);
        assertEquals(1, anonymous.exit());
        assertTrue(anonymous.err().contains("HTTP 404"), anonymous.err());
    }
}
