package no.klimanett.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.klimanett.auth.Caller;
import no.klimanett.auth.CallerContext;
import no.klimanett.commitment.CommitmentInput;
import no.klimanett.commitment.CommitmentService;
import no.klimanett.commitment.CommitmentStatus;
import no.klimanett.commitment.ScopeCoverage;
import no.klimanett.commitment.TargetType;
import no.klimanett.factor.EmissionFactorInput;
import no.klimanett.factor.EmissionFactorSetInput;
import no.klimanett.factor.EmissionFactorSetView;
import no.klimanett.factor.FactorService;
import no.klimanett.membership.Membership;
import no.klimanett.network.Network;
import no.klimanett.organisation.Organisation;
import no.klimanett.ghg.ConsolidationApproach;
import no.klimanett.ghg.EmissionCategory;
import no.klimanett.ghg.GwpSet;
import no.klimanett.report.NewReportInput;
import no.klimanett.ghg.Notation;
import no.klimanett.report.ReopenInput;
import no.klimanett.report.ReportInput;
import no.klimanett.report.ReportLineInput;
import no.klimanett.report.ReportService;
import no.klimanett.report.ReportWorkflow;
import no.klimanett.report.ReturnInput;
import no.klimanett.report.Scope3Notation;

/**
 * Synthetic yearly accounts and commitments for the demo organisations. They go through the same services
 * and workflow as a person's would (as the system caller), so the figures, revisions, audit trail and
 * aggregates are exactly what the application itself produces. Every figure is invented and flagged demo.
 */
@ApplicationScoped
public class DemoReports {

    static final String JOB = "demo-loader";

    /** The last complete reporting year of the demo data. */
    static final int LAST_YEAR = 2025;

    @Inject
    CallerContext callers;

    @Inject
    FactorService factors;

    @Inject
    ReportService reports;

    @Inject
    ReportWorkflow workflow;

    @Inject
    CommitmentService commitments;

    @Inject
    EntityManager em;

    record Factors(UUID setId, UUID diesel, UUID heatingOil, UUID electricity, UUID districtHeating) {}

    @ActivateRequestContext
    void load() {
        callers.actAs(Caller.system(JOB));
        Factors f = factorSet();
        for (Membership m : memberships()) {
            Organisation org = Organisation.findById(m.organisationId);
            int first = Math.max(m.joinedOn.getYear(), 2019);
            int last = m.leftOn == null ? LAST_YEAR : Math.min(m.leftOn.getYear(), LAST_YEAR);
            for (int year = first; year <= last; year++) {
                account(org, year, f);
            }
        }
        workflowExamples();
        commitments();
        markDemo();
    }

    @Transactional
    List<Membership> memberships() {
        // an organisation in several networks files one account per year: take its earliest membership
        return Membership.<Membership>find("order by joinedOn").stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.organisationId, m -> m, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private Factors factorSet() {
        String source = "Illustrative value for Klimanett demo data, not a published factor; do not use for reporting";
        EmissionFactorSetView set = factors.create(new EmissionFactorSetInput("Klimanett demo factors (illustrative)", "1",
                "NO", LAST_YEAR, GwpSet.AR6, "Round illustrative numbers so that demo accounts can use activity × factor.",
                true, List.of(
                        new EmissionFactorInput("diesel", "Diesel, road vehicles", 1, EmissionCategory.MOBILE_COMBUSTION, "l",
                                new BigDecimal("2.7"), source),
                        new EmissionFactorInput("heating-oil", "Heating oil", 1, EmissionCategory.STATIONARY_COMBUSTION, "l",
                                new BigDecimal("2.8"), source),
                        new EmissionFactorInput("electricity-no", "Electricity, Norwegian grid (location)", 2,
                                EmissionCategory.ELECTRICITY, "kWh", new BigDecimal("0.02"), source),
                        new EmissionFactorInput("district-heating", "District heating", 2, EmissionCategory.DISTRICT_HEATING,
                                "kWh", new BigDecimal("0.05"), source)))).body();
        Map<String, UUID> byCode = new java.util.HashMap<>();
        set.factors().forEach(x -> byCode.put(x.code(), x.id()));
        return new Factors(set.id(), byCode.get("diesel"), byCode.get("heating-oil"), byCode.get("electricity-no"),
                byCode.get("district-heating"));
    }

    /** An approved account whose figures fall by a few percent a year, seeded by the organisation's name. */
    private void account(Organisation org, int year, Factors f) {
        Random random = new Random(org.name.hashCode() * 31L + year);
        int employees = org.employeeCount == null ? 10 : org.employeeCount;
        double trend = Math.pow(0.94, year - 2019) * (0.95 + random.nextDouble() * 0.1);
        List<ReportLineInput> lines = new ArrayList<>();
        lines.add(activity(1, EmissionCategory.MOBILE_COMBUSTION, "Diesel, own vehicles", employees * 40 * trend, "l", f.diesel(), null));
        if (year < 2023 && random.nextBoolean()) {
            lines.add(activity(1, EmissionCategory.STATIONARY_COMBUSTION, "Heating oil, back-up boilers",
                    employees * 15 * trend, "l", f.heatingOil(), null));
        }
        lines.add(activity(2, EmissionCategory.ELECTRICITY, "Electricity, all buildings", employees * 6000 * trend, "kWh",
                f.electricity(), new BigDecimal("0.45")));
        lines.add(activity(2, EmissionCategory.DISTRICT_HEATING, "District heating", employees * 2500 * trend, "kWh",
                f.districtHeating(), null));
        lines.add(direct(EmissionCategory.BUSINESS_TRAVEL, "Flights and rail (travel agency report)", employees * 0.35 * trend));
        lines.add(direct(EmissionCategory.WASTE, "Mixed waste (waste contractor report)", employees * 0.05 * trend));
        List<Scope3Notation> notations = new ArrayList<>();
        for (EmissionCategory c : EmissionCategory.ofScope(3)) {
            if (c != EmissionCategory.BUSINESS_TRAVEL && c != EmissionCategory.WASTE) {
                notations.add(new Scope3Notation(c, Notation.NE, "Not estimated in the synthetic demo account"));
            }
        }
        var created = reports.create(org.id, new NewReportInput(year, ConsolidationApproach.OPERATIONAL_CONTROL, GwpSet.AR6, f.setId()));
        var draft = reports.update(org.id, year, etag(created.version()), new ReportInput(ConsolidationApproach.OPERATIONAL_CONTROL,
                "All own premises and vehicles (synthetic demo account).", GwpSet.AR6,
                "Activity data × illustrative factors; travel and waste from supplier reports (synthetic).", f.setId(),
                null, employees, null, null, lines, notations));
        if (year == LAST_YEAR && isOneOf(org, "Stange kommune")) {
            return; // left as a draft for the demo reporter to finish
        }
        var submitted = workflow.submit(org.id, year, etag(draft.version()));
        if (year == LAST_YEAR && isOneOf(org, "Asplan Viak", "Innlandet fylkeskommune", "Fibertex")) {
            return; // waiting in the coordinators' review queue
        }
        workflow.approve(org.id, year, etag(submitted.version()));
    }

    /** A returned report and a reopened (corrected) one, so that the workflow history has something to show. */
    private void workflowExamples() {
        Organisation college = Organisation.find("name", "Høgskolen i Innlandet").firstResult();
        Organisation elverum = Organisation.find("name", "Elverum Vekst").firstResult();
        if (college != null) {
            var approved = reports.get(college.id, LAST_YEAR);
            var reopened = workflow.reopen(college.id, LAST_YEAR, etag(approved.version()),
                    new ReopenInput("Business travel was missing the autumn semester (synthetic example)"));
            var submitted = workflow.submit(college.id, LAST_YEAR, etag(reopened.version()));
            workflow.returnToReporter(college.id, LAST_YEAR, etag(submitted.version()),
                    new ReturnInput("Please attach the travel agency's figure for Q4 (synthetic example)"));
        }
        if (elverum != null) {
            var approved = reports.get(elverum.id, 2023);
            var reopened = workflow.reopen(elverum.id, 2023, etag(approved.version()),
                    new ReopenInput("District heating invoice for December was counted twice (synthetic example)"));
            var submitted = workflow.submit(elverum.id, 2023, etag(reopened.version()));
            workflow.approve(elverum.id, 2023, etag(submitted.version()));
        }
    }

    private void commitments() {
        Network innlandet = Network.find("slug", "klimapartnere-innlandet").firstResult();
        Network aalborg = Network.find("slug", "klimaalliancen-aalborg").firstResult();
        ScopeCoverage scopes12 = new ScopeCoverage(new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO);
        commitments.create(new CommitmentInput(innlandet.id, null, "Partners' own emissions halved by 2030",
                "The network's collective target for its partners' scope 1 and 2 (synthetic demo target).",
                TargetType.ABSOLUTE, null, scopes12, 2019, baseYearTotal(innlandet, 2019), 2030, new BigDecimal("50"),
                null, null, null, CommitmentStatus.ADOPTED, null));
        commitments.create(new CommitmentInput(aalborg.id, null, "Klimaalliancen: -74 % by 2030",
                "Follows Aalborg Municipality's DK2020 target (synthetic baseline).", TargetType.ABSOLUTE, null, scopes12,
                2022, baseYearTotal(aalborg, 2022), 2030, new BigDecimal("74"), null, null, null, CommitmentStatus.ADOPTED, null));
        Organisation stange = Organisation.find("name", "Stange kommune").firstResult();
        commitments.create(new CommitmentInput(innlandet.id, stange.id, "Fossil-free municipal vehicles",
                "All municipal cars and vans fossil-free (synthetic demo action).", TargetType.ACTION, null, null, null, null,
                null, null, null, "fossil-free vehicles", LocalDate.of(2027, 12, 31), CommitmentStatus.IN_PROGRESS, null));
        Organisation asplan = Organisation.find("name", "Asplan Viak").firstResult();
        commitments.create(new CommitmentInput(innlandet.id, asplan.id, "Net zero by 2040", "Synthetic demo target.",
                TargetType.NET_ZERO, null, new ScopeCoverage(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("67")),
                2019, null, 2040, null, null, null, null, CommitmentStatus.PLEDGED, null));
    }

    @Transactional
    BigDecimal baseYearTotal(Network network, int year) {
        Object total = em.createNativeQuery("""
                SELECT coalesce(sum(l.emissions_t), 0) FROM report_line l JOIN report r ON r.id = l.report_id
                JOIN membership m ON m.organisation_id = r.organisation_id
                WHERE m.network_id = :network AND r.year = :year AND l.scope IN (1, 2)""")
                .setParameter("network", network.id).setParameter("year", year).getSingleResult();
        return new BigDecimal(total.toString()).setScale(3, RoundingMode.HALF_EVEN);
    }

    @Transactional
    void markDemo() {
        em.createNativeQuery("UPDATE report SET demo = true WHERE organisation_id IN (SELECT id FROM organisation WHERE demo)")
                .executeUpdate();
        em.createNativeQuery("UPDATE commitment SET demo = true WHERE network_id IN (SELECT id FROM network WHERE demo)").executeUpdate();
    }

    private static ReportLineInput activity(int scope, EmissionCategory category, String text, double quantity, String unit,
                                            UUID factor, BigDecimal marketFactor) {
        return new ReportLineInput(scope, category, text, BigDecimal.valueOf(Math.round(quantity)), unit, factor, null, null,
                marketFactor, null, null);
    }

    private static ReportLineInput direct(EmissionCategory category, String text, double tonnes) {
        return new ReportLineInput(3, category, text, null, null, null, null, null, null,
                BigDecimal.valueOf(tonnes).setScale(3, RoundingMode.HALF_EVEN), null);
    }

    private static boolean isOneOf(Organisation org, String... names) {
        return List.of(names).contains(org.name);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
