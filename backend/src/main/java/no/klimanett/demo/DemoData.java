package no.klimanett.demo;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klimanett.auth.ApiClient;
import no.klimanett.auth.AppUser;
import no.klimanett.auth.ClientScope;
import no.klimanett.auth.Passwords;
import no.klimanett.auth.Role;
import no.klimanett.auth.RoleGrant;
import no.klimanett.membership.MemberRole;
import no.klimanett.membership.Membership;
import no.klimanett.membership.MembershipsChanged;
import no.klimanett.network.Network;
import no.klimanett.network.PublicationLevel;
import no.klimanett.network.Visibility;
import no.klimanett.organisation.Organisation;
import no.klimanett.organisation.Sector;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds the real networks and partners named in the design, with synthetic figures (every row flagged
 * {@code demo}), and one demo user per role. Idempotent: it does nothing when the demo networks exist.
 * Refuses to run in the production profile whatever the configuration says.
 *
 * <p>Organisation numbers of real organisations are never invented: they stay empty.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    public static final String PASSWORD = "klimanett-demo";
    public static final String CLIENT_ID = "demo-umbrella";
    public static final String CLIENT_SECRET = "klimanett-demo-secret";

    @ConfigProperty(name = "klimanett.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Passwords passwords;

    @Inject
    DemoReports reports;

    @Inject
    Event<MembershipsChanged> membershipsChanged;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) return;
        if (ConfigUtils.getProfiles().contains("prod")) {
            LOG.warn("Demo data is never loaded in the production profile");
            return;
        }
        if (load()) {
            reports.load();
            LOG.info("Demo data loaded: log in as coordinator@demo.klimanett.no / " + PASSWORD);
        }
    }

    record Partner(String name, Sector sector, String municipality, int employees, MemberRole role) {}

    @Transactional
    boolean load() {
        if (Network.count("slug", "klimapartnere-innlandet") > 0) {
            LOG.info("Demo data already present");
            return false;
        }
        Network national = network("klimapartnere", "Klimapartnere", "NO", null, null,
                "The national Klimapartnere network above the regional ones (demo).", null, "nb", "en");
        Network innlandet = network("klimapartnere-innlandet", "Klimapartnere Innlandet", "NO", "Innlandet", null,
                "Founded on 30 September in Hamar with 8 founding partners. Goals: cooperation across public, private "
                        + "and academic sectors; systematic cuts of each partner's own emissions; green solutions.",
                national, "nb", "en");
        Network vestfoldTelemark = network("klima-og-energinettverket-vestfold-og-telemark",
                "Klima- og energinettverket Vestfold og Telemark", "NO", "Vestfold og Telemark", LocalDate.of(2020, 1, 1),
                "Built on Vestfold klima- og energiforum and the klimapartner model; helps businesses and "
                        + "municipalities set climate and energy targets and shows the best examples.", null, "nb", "en");
        Network aalborg = network("klimaalliancen-aalborg", "Klimaalliancen Aalborg", "DK", "Nordjylland",
                LocalDate.of(2022, 6, 14), "Launched with six partnership agreements. Aalborg Municipality aims at "
                        + "-74 % by 2030 (part of DK2020).", null, "da", "en");
        Network uppsala = network("uppsala-klimatprotokoll", "Uppsala klimatprotokoll", "SE", "Uppsala", null,
                "Uppsala's climate protocol: about 40 actors working in three-year periods.", null, "sv", "en");
        Network helsingborg = network("helsingborgs-klimatavtal", "Helsingborgs klimatavtal", "SE", "Skåne",
                LocalDate.of(2021, 1, 1), "Each actor formulates its own commitment.", null, "sv", "en");
        Network lund = network("lunds-klimatallians", "Lunds Klimatallians", "SE", "Skåne", null,
                "About 25 member organisations.", null, "sv", "en");
        Network goteborg = network("goteborgs-klimatpartnerskap", "Göteborgs klimatpartnerskap", "SE", "Västra Götaland",
                null, "A project portfolio; each project's climate effect is calculated.", null, "sv", "en");
        Network malmo = network("klimatkontrakt-malmo-2030", "Klimatkontrakt för Malmö 2030", "SE", "Skåne", null,
                "Malmö's climate contract for 2030.", null, "sv", "en");
        malmo.visibility = Visibility.MEMBERS_ONLY;

        LocalDate innlandetFounded = LocalDate.of(2019, 9, 30);
        List<Organisation> innlandetPartners = members(innlandet, innlandetFounded, List.of(
                new Partner("Asplan Viak", Sector.PRIVATE, null, 1300, MemberRole.FOUNDING_PARTNER),
                new Partner("Elverum Vekst", Sector.PUBLIC, "Elverum", 12, MemberRole.FOUNDING_PARTNER),
                new Partner("Fylkesmannen i Innlandet", Sector.PUBLIC, null, 330, MemberRole.FOUNDING_PARTNER),
                new Partner("Høgskolen i Innlandet", Sector.ACADEMIC, null, 1100, MemberRole.FOUNDING_PARTNER),
                new Partner("Innlandet fylkeskommune", Sector.PUBLIC, null, 4000, MemberRole.FOUNDING_PARTNER),
                new Partner("Norengros - Johs Olsen AS", Sector.PRIVATE, null, 40, MemberRole.FOUNDING_PARTNER),
                new Partner("Skåppå kunnskapspark", Sector.NON_PROFIT, null, 10, MemberRole.FOUNDING_PARTNER),
                new Partner("Stange kommune", Sector.PUBLIC, "Stange", 1600, MemberRole.FOUNDING_PARTNER)));
        List<Organisation> aalborgPartners = members(aalborg, LocalDate.of(2022, 6, 14), List.of(
                new Partner("Rokkedahl", Sector.PRIVATE, "Aalborg", 300, MemberRole.FOUNDING_PARTNER),
                new Partner("BK Nord", Sector.PRIVATE, "Aalborg", 150, MemberRole.FOUNDING_PARTNER),
                new Partner("AKKC", Sector.PUBLIC, "Aalborg", 120, MemberRole.FOUNDING_PARTNER),
                new Partner("Klovsborg", Sector.PRIVATE, "Aalborg", 60, MemberRole.FOUNDING_PARTNER),
                new Partner("Fibertex", Sector.PRIVATE, "Aalborg", 500, MemberRole.FOUNDING_PARTNER),
                new Partner("Kunsten", Sector.PUBLIC, "Aalborg", 70, MemberRole.FOUNDING_PARTNER)));
        // partners of the other networks are invented and named so
        List<Organisation> synthetic = new ArrayList<>();
        Map<Network, String> others = new LinkedHashMap<>();
        others.put(vestfoldTelemark, "Demopartner");
        others.put(uppsala, "Demoaktör");
        others.put(helsingborg, "Demoaktör");
        others.put(lund, "Demomedlem");
        others.put(goteborg, "Demopartner");
        others.put(malmo, "Demoaktör");
        for (var entry : others.entrySet()) {
            List<Partner> partners = new ArrayList<>();
            Sector[] sectors = Sector.values();
            for (int i = 1; i <= 5; i++) {
                partners.add(new Partner(entry.getValue() + " " + i + " (" + entry.getKey().name + ", synthetic)",
                        sectors[i % sectors.length], null, 20 * i * i, MemberRole.PARTNER));
            }
            synthetic.addAll(members(entry.getKey(), LocalDate.of(2020, 1, 1), partners));
        }
        // history for the figures: one partner left Innlandet, one joined later
        Membership.<Membership>find("organisationId", innlandetPartners.get(6).id).firstResult().leftOn = LocalDate.of(2023, 12, 31);
        members(innlandet, LocalDate.of(2022, 3, 1), List.of(
                new Partner("Demopartner Innlandet (synthetic)", Sector.PRIVATE, "Hamar", 80, MemberRole.PARTNER)));

        user("admin@demo.klimanett.no", "Demo Administrator", Role.ADMIN, null, null);
        user("coordinator@demo.klimanett.no", "Demo Coordinator (Innlandet)", Role.COORDINATOR, innlandet.id, null);
        user("coordinator.aalborg@demo.klimanett.no", "Demo Coordinator (Aalborg)", Role.COORDINATOR, aalborg.id, null);
        user("viewer@demo.klimanett.no", "Demo Viewer (Innlandet)", Role.VIEWER, innlandet.id, null);
        user("reporter@demo.klimanett.no", "Demo Reporter (Stange kommune)", Role.REPORTER, null, innlandetPartners.get(7).id);
        user("reporter.asplan@demo.klimanett.no", "Demo Reporter (Asplan Viak)", Role.REPORTER, null, innlandetPartners.get(0).id);

        ApiClient client = new ApiClient();
        client.clientId = CLIENT_ID;
        client.name = "Demo umbrella (national Klimapartnere)";
        client.secretHash = passwords.hash(CLIENT_SECRET);
        client.scopes = new String[] {ClientScope.NETWORKS_READ.value(), ClientScope.STATS_READ.value()};
        client.networkIds.addAll(Set.of(national.id, innlandet.id, vestfoldTelemark.id, malmo.id));
        client.persist();
        // the memberships above were written directly: tell the figures, as the membership API does, so that the
        // demo runs on materialised network figures like a real installation
        Map<java.util.UUID, LocalDate> firstJoined = new HashMap<>();
        for (Membership m : Membership.<Membership>listAll()) {
            firstJoined.merge(m.networkId, m.joinedOn, (a, b) -> a.isBefore(b) ? a : b);
        }
        firstJoined.forEach((network, joined) -> membershipsChanged.fire(new MembershipsChanged(network, joined, null)));
        return true;
    }

    private Network network(String slug, String name, String country, String region, LocalDate founded,
                            String description, Network parent, String... languages) {
        Network n = new Network();
        n.slug = slug;
        n.name = name;
        n.country = country;
        n.region = region;
        n.foundedOn = founded;
        n.description = description;
        n.parentId = parent == null ? null : parent.id;
        n.visibility = Visibility.PUBLIC;
        n.publicationLevel = PublicationLevel.BY_SECTOR;
        n.defaultLanguages = languages;
        n.demo = true;
        n.persist();
        return n;
    }

    private List<Organisation> members(Network network, LocalDate joined, List<Partner> partners) {
        List<Organisation> result = new ArrayList<>();
        for (Partner p : partners) {
            Organisation o = new Organisation();
            o.name = p.name();
            o.country = network.country;
            o.sector = p.sector();
            o.municipality = p.municipality();
            o.employeeCount = p.employees();
            o.demo = true;
            o.persist();
            Membership m = new Membership();
            m.organisationId = o.id;
            m.networkId = network.id;
            m.role = p.role();
            m.joinedOn = joined;
            m.persist();
            result.add(o);
        }
        return result;
    }

    private void user(String email, String name, Role role, java.util.UUID networkId, java.util.UUID organisationId) {
        AppUser u = new AppUser();
        u.email = email;
        u.displayName = name;
        u.passwordHash = passwords.hash(PASSWORD);
        u.persist();
        u.grants.add(RoleGrant.of(u, role, networkId, organisationId));
    }
}
