package org.factdesk.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain speaks the business: no web framework in the model or the workflow. */
class ArchitectureTest {

    private final JavaClasses factdesk = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk");

    @Test
    void coreAndWorkflowUseNoWebCode() {
        noClasses().that().resideInAnyPackage("org.factdesk.core..", "org.factdesk.workflow..", "org.factdesk.seeds..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus.qute..",
                        "org.jboss.resteasy..", "io.vertx..", "org.factdesk.web..")
                .check(factdesk);
    }

    @Test
    void theModelDoesNotReachIntoTheWorkflow() {
        noClasses().that().resideInAPackage("org.factdesk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.workflow..", "org.factdesk.seeds..")
                .check(factdesk);
    }

    @Test
    void theSearchIndexSitsBetweenTheWorkflowAndTheWeb() {
        noClasses().that().resideInAnyPackage("org.factdesk.core..", "org.factdesk.workflow..", "org.factdesk.seeds..")
                .should().dependOnClassesThat().resideInAPackage("org.factdesk.search..")
                .check(factdesk);
        noClasses().that().resideInAPackage("org.factdesk.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.web..", "org.factdesk.seeds..")
                .check(factdesk);
    }

    @Test
    void onlyTheSearchModuleTouchesLucene() {
        noClasses().that().resideOutsideOfPackage("org.factdesk.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "dev.langchain4j..")
                .check(factdesk);
    }

    @Test
    void onlyTheWorkflowMovesAClaimBetweenStates() {
        noClasses().that().resideOutsideOfPackages("org.factdesk.workflow..", "org.factdesk.core..")
                .should().callMethod(org.factdesk.core.claim.Claim.class, "enter",
                        org.factdesk.core.claim.ReviewState.class, java.time.Instant.class)
                .check(factdesk);
    }
}
