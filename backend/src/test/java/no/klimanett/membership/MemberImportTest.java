package no.klimanett.membership;

import static io.restassured.RestAssured.given;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Random;
import no.klimanett.auth.Role;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.organisation.Organisation;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberImportTest {

    private static final String HEADER = "name,country,orgNumber,sector,naceCode,municipality,employeeCount,role,joinedOn\n";

    @Inject
    Fixtures fixtures;

    private static ValidatableResponse importCsv(String token, Network network, String csv) {
        var spec = given().contentType("text/csv; charset=UTF-8").accept("application/json");
        if (token != null) spec = spec.auth().oauth2(token);
        return spec.body(csv).post("/api/v1/networks/" + network.id + "/members/import").then();
    }

    private static ValidatableResponse members(String token, Network network) {
        return as(token).queryParam("size", 100).get("/api/v1/networks/" + network.id + "/members").then().statusCode(200);
    }

    /** A Norwegian organisation number with a valid check digit and a random prefix, so reruns do not collide. */
    static String validNorwegianNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        var random = new Random();
        while (true) {
            StringBuilder digits = new StringBuilder().append(8 + random.nextInt(2));
            for (int i = 1; i < 8; i++) digits.append(random.nextInt(10));
            int sum = 0;
            for (int i = 0; i < 8; i++) sum += (digits.charAt(i) - '0') * weights[i];
            int check = 11 - sum % 11;
            if (check == 11) check = 0;
            if (check != 10) return digits.append(check).toString();
        }
    }

    @Transactional
    Organisation registered(String number) {
        Organisation o = fixtures.organisation();
        Organisation managed = Organisation.findById(o.id);
        managed.orgNumber = number;
        managed.orgNumberVerified = true;
        return managed;
    }

    @Test
    void matchesByNumberCreatesTheRestAndAddsEveryone() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        String number = validNorwegianNumber();
        Organisation existing = registered(number);
        String newName = Fixtures.unique("Elverum Vekst");
        String noNumberName = Fixtures.unique("Stange kommune");
        // the number as people type it (spaces, MVA suffix), a name with a comma, a sector in lower case
        String csv = HEADER
                + "Whatever name,NO,NO " + number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6)
                + " MVA,PRIVATE,,,,,2020-09-30\n"
                + "\"" + newName + ", avd. Hamar\",no,,non-profit,N82,Elverum,\"1 200\",FOUNDING_PARTNER,2020-09-30\r\n"
                + "\n"
                + noNumberName + ",NO,,public,,Stange,,,2021-01-01\n";
        importCsv(coordinator, network, csv).statusCode(200).body("rows", equalTo(3))
                .body("organisationsMatched", equalTo(1)).body("organisationsCreated", equalTo(2))
                .body("membershipsAdded", equalTo(3)).body("alreadyMembers", equalTo(0));

        members(coordinator, network).body("totalItems", equalTo(3))
                .body("items.organisation.id", hasItem(existing.id.toString()))
                .body("items.organisation.name", hasItems(existing.name, newName + ", avd. Hamar", noNumberName))
                .body("items.find { it.organisation.name == '" + newName + ", avd. Hamar' }.role", equalTo("FOUNDING_PARTNER"))
                .body("items.find { it.organisation.name == '" + newName + ", avd. Hamar' }.organisation.employeeCount",
                        equalTo(1200))
                .body("items.find { it.organisation.name == '" + noNumberName + "' }.role", equalTo("PARTNER"));

        // importing the matched partner again changes nothing: it is a member already
        importCsv(coordinator, network, HEADER + "X,NO," + number + ",PRIVATE,,,,,2022-01-01\n").statusCode(200)
                .body("organisationsMatched", equalTo(1)).body("alreadyMembers", equalTo(1))
                .body("membershipsAdded", equalTo(0));
        members(coordinator, network).body("totalItems", equalTo(3));
    }

    @Test
    void reImportingAListWithoutNumbersMatchesTheMembersByName() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        String name = Fixtures.unique("Stange kommune");
        String csv = HEADER + name + ",NO,,PUBLIC,,Stange,,,2021-01-01\n";
        importCsv(coordinator, network, csv).statusCode(200).body("organisationsCreated", equalTo(1));
        // the same list again, typed a little differently: the member is recognised, nothing is created
        String again = HEADER + "  " + name.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ") + ",NO,,PUBLIC,,Stange,,,2021-01-01\n";
        importCsv(coordinator, network, again).statusCode(200).body("organisationsCreated", equalTo(0))
                .body("organisationsMatched", equalTo(1)).body("alreadyMembers", equalTo(1)).body("membershipsAdded", equalTo(0));
        members(coordinator, network).body("totalItems", equalTo(1));
        as(fixtures.adminToken()).queryParam("q", name).get("/api/v1/organisations").then().body("totalItems", equalTo(1));

        // the same name in another country is another organisation; the same name twice in a file is a mistake
        importCsv(coordinator, network, HEADER + name + ",SE,,PUBLIC,,,,,2021-01-01\n").statusCode(200)
                .body("organisationsCreated", equalTo(1));
        String other = Fixtures.unique("Hamar kommune");
        fieldError(importCsv(coordinator, network, HEADER + other + ",NO,,PUBLIC,,,,,2021-01-01\n" + other + ",NO,,PUBLIC,,,,,2022-01-01\n"),
                "rows[1].name");
    }

    @Test
    void semicolonFilesFromNordicSpreadsheetsWithAByteOrderMark() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String name = Fixtures.unique("Høgskolen i Innlandet");
        String csv = "\uFEFFjoinedOn;name;sector;country\n2020-09-30;\"" + name + "; campus Hamar\";ACADEMIC;NO\n";
        importCsv(fixtures.adminToken(), network, csv).statusCode(200).body("organisationsCreated", equalTo(1));
        members(fixtures.adminToken(), network).body("items.organisation.name", equalTo(List.of(name + "; campus Hamar")));
    }

    @Test
    void oneBadRowAndNothingIsWrittenWithEveryBadFieldNamed() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        String goodName = Fixtures.unique("Good partner");
        String number = validNorwegianNumber();
        String wrongCheckDigit = number.substring(0, 8) + ((number.charAt(8) - '0' + 1) % 10);
        String csv = HEADER
                + goodName + ",NO,,PRIVATE,,,,,2020-01-01\n"
                + "Bad number,NO," + wrongCheckDigit + ",PRIVATE,,,,,2020-01-01\n"
                + "Bad fields,Norway,,BANK,,,many,CHAIR,yesterday\n"
                + ",NO,,PRIVATE,,,,,1980-01-01\n";
        fieldError(importCsv(coordinator, network, csv), "rows[1].orgNumber")
                .body("errors.field", hasItems("rows[2].country", "rows[2].sector", "rows[2].employeeCount",
                        "rows[2].role", "rows[2].joinedOn", "rows[3].name", "rows[3].joinedOn"))
                .body("errors.field", not(hasItem(org.hamcrest.Matchers.startsWith("rows[0]"))))
                .body("errors.find { it.field == 'rows[1].orgNumber' }.message",
                        org.hamcrest.Matchers.containsString("file line 3"));

        members(coordinator, network).body("totalItems", equalTo(0));
        as(fixtures.adminToken()).queryParam("q", goodName).get("/api/v1/organisations").then().body("totalItems", equalTo(0));
    }

    @Test
    void theSameOrganisationTwiceInOneFileIsAnError() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String number = validNorwegianNumber();
        String csv = HEADER + "A,NO," + number + ",PRIVATE,,,,,2020-01-01\nB,NO,NO" + number + "MVA,PRIVATE,,,,,2020-01-01\n";
        fieldError(importCsv(fixtures.adminToken(), network, csv), "rows[1].orgNumber")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("rows[0]"));
    }

    @Test
    void theFileItselfIsChecked() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String admin = fixtures.adminToken();
        fieldError(importCsv(admin, network, "name,country,sector,joinedOn,colour\nA,NO,PRIVATE,2020-01-01,red\n"), "header");
        fieldError(importCsv(admin, network, "name,country,sector\nA,NO,PRIVATE\n"), "header")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("joinedOn"));
        fieldError(importCsv(admin, network, ""), "body");
        fieldError(importCsv(admin, network, HEADER), "body");
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i <= MemberImportService.MAX_ROWS; i++) big.append("Org ").append(i).append(",NO,,PRIVATE,,,,,2020-01-01\n");
        problem(importCsv(admin, network, big.toString()), 413, "payload-too-large");
        members(admin, network).body("totalItems", equalTo(0));
        problem(as(admin).body("{}").post("/api/v1/networks/" + network.id + "/members/import").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void onlyTheNetworksCoordinatorsImport() {
        Network network = fixtures.network(Visibility.PUBLIC);
        Network other = fixtures.network(Visibility.PUBLIC);
        Network hidden = fixtures.network(Visibility.MEMBERS_ONLY);
        String csv = HEADER + Fixtures.unique("P") + ",NO,,PRIVATE,,,,,2020-01-01\n";
        problem(importCsv(null, network, csv), 401, "unauthenticated");
        problem(importCsv(fixtures.tokenFor(Role.COORDINATOR, other.id), network, csv), 403, "forbidden");
        problem(importCsv(fixtures.tokenFor(Role.VIEWER, network.id), network, csv), 403, "forbidden");
        problem(importCsv(fixtures.tokenFor(Role.COORDINATOR, other.id), hidden, csv), 404, "not-found");
        members(fixtures.adminToken(), network).body("totalItems", equalTo(0));
    }
}
