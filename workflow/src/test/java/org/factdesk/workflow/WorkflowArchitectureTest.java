package org.factdesk.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.util.List;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.junit.jupiter.api.Test;

/**
 * The workflow's map, kept true: the event log at the bottom, the review rules on it, and intake,
 * research, administration and figures each on those two, never on one another.
 */
class WorkflowArchitectureTest {

    private static final String WORKFLOW = "org.factdesk.workflow";
    private static final List<String> ON_THE_REVIEW_RULES = List.of("intake", "research", "administration", "figures", "conversation");

    private final JavaClasses workflow = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(WORKFLOW);

    @Test
    void theCapabilitiesDependOnOneAnotherWithoutCycles() {
        slices().matching(WORKFLOW + ".(*)..").should().beFreeOfCycles().check(workflow);
    }

    @Test
    void theWordsTheCapabilitiesShareDependOnNoneOfThem() {
        noClasses().that().resideInAPackage(WORKFLOW)
                .should().dependOnClassesThat().resideInAPackage(WORKFLOW + ".*..")
                .check(workflow);
    }

    @Test
    void theEventLogDependsOnNoOtherCapability() {
        noClasses().that().resideInAPackage(WORKFLOW + ".events..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("review", "intake", "research", "administration", "figures", "conversation"))
                .check(workflow);
    }

    @Test
    void theReviewRulesDependOnlyOnTheEventLog() {
        noClasses().that().resideInAPackage(WORKFLOW + ".review..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("intake", "research", "administration", "figures", "conversation"))
                .check(workflow);
    }

    @Test
    void intakeResearchAdministrationAndFiguresDoNotUseOneAnother() {
        for (String capability : ON_THE_REVIEW_RULES) {
            String[] others = ON_THE_REVIEW_RULES.stream().filter(other -> !other.equals(capability))
                    .map(other -> WORKFLOW + "." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(WORKFLOW + "." + capability + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(workflow);
        }
    }

    @Test
    void onlyTheReviewRulesAndTheImportOfPublishedFactChecksMoveAClaimBetweenStates() {
        noClasses().that().resideInAPackage(WORKFLOW + "..")
                .and().resideOutsideOfPackages(WORKFLOW + ".review..", WORKFLOW + ".intake..")
                .should().callMethod(Claim.class, "enter", ReviewState.class, Instant.class)
                .check(workflow);
    }

    private static String[] packages(String... capabilities) {
        return java.util.Arrays.stream(capabilities).map(capability -> WORKFLOW + "." + capability + "..").toArray(String[]::new);
    }
}
