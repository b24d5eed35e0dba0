package no.klimanett.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.Csv;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /stats/compare: the same year's figures of several networks side by side. Per member divides by the
 * reporting members; per employee by their employees, and is null when any reporting member's employee count is
 * unknown (a partial denominator would overstate the intensity).
 */
public record Comparison(int year, Scope2Method scope2Method, List<NetworkFigures> networks) implements Csv.Table {

    @Schema(name = "ComparedNetwork")
    public record NetworkFigures(UUID networkId, String slug, String name, long members, long reportingMembers,
                                 long employees, long reportingWithoutEmployees, BigDecimal scope12T, BigDecimal scope3T,
                                 @Schema(nullable = true) BigDecimal scope12PerMemberT, @Schema(nullable = true) BigDecimal scope3PerMemberT,
                                 @Schema(nullable = true) BigDecimal scope12PerEmployeeT,
                                 @Schema(nullable = true) BigDecimal scope3PerEmployeeT, @Schema(nullable = true) Instant asOf) {}

    public static final List<String> CSV_HEADER = List.of("network_id", "slug", "name", "year", "scope2_method", "members",
            "reporting_members", "employees", "reporting_without_employees", "scope12_t", "scope3_t",
            "scope12_per_member_t", "scope3_per_member_t", "scope12_per_employee_t", "scope3_per_employee_t");

    @Override
    public List<String> csvHeader() {
        return CSV_HEADER;
    }

    @Override
    public List<List<Object>> csvRows() {
        return networks.stream().map(n -> List.<Object>of(n.networkId(), n.slug(), n.name(), year, scope2Method, n.members(),
                n.reportingMembers(), n.employees(), n.reportingWithoutEmployees(), n.scope12T(), n.scope3T(),
                NetworkStats.nullable(n.scope12PerMemberT()), NetworkStats.nullable(n.scope3PerMemberT()),
                NetworkStats.nullable(n.scope12PerEmployeeT()), NetworkStats.nullable(n.scope3PerEmployeeT()))).toList();
    }
}
