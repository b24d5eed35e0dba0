package no.klimanett.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The packages form floors (issue #10, "one rule, one place, no loops"): a package may use its own floor's packages
 * one way and every floor below, never one above, and no packages use each other in a circle. The ground floor is the
 * vocabulary and plumbing every feature shares; access control sits on it and asks the features through interfaces
 * of its own (auth/MembershipFacts); the features; the figures read them all; demo data uses everything.
 */
class ArchitectureTest {

    static final String BASE = "no.klimanett";

    /** Bottom first. A new package fails {@link #everyPackageHasAFloor} until it is placed here. */
    static final List<Set<String>> FLOORS = List.of(
            Set.of("common", "ghg"),
            Set.of("auth"),
            Set.of("network", "organisation", "factor", "idempotency", "site"),
            Set.of("membership", "admin"),
            Set.of("commitment", "report"),
            Set.of("stats"),
            Set.of("demo"));

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void everyPackageHasAFloor() {
        Set<String> placed = FLOORS.stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = CLASSES.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(BASE + "."))
                .map(p -> p.substring(BASE.length() + 1).split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(placed, present, "FLOORS must name exactly the packages that exist");
    }

    @Test
    void noPackageLoops() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noFloorUsesAFloorAboveIt() {
        for (int floor = 0; floor < FLOORS.size() - 1; floor++) {
            String[] above = IntStream.range(floor + 1, FLOORS.size()).boxed().flatMap(i -> FLOORS.get(i).stream())
                    .map(p -> BASE + "." + p + "..").toArray(String[]::new);
            String[] here = FLOORS.get(floor).stream().map(p -> BASE + "." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAnyPackage(here).should().dependOnClassesThat().resideInAnyPackage(above)
                    .because("floor " + floor + " " + FLOORS.get(floor) + " is below them").check(CLASSES);
        }
    }
}
