package org.factdesk.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The search index sits below the web application: it serves pages and the API and knows neither. */
class SearchArchitectureTest {

    private final JavaClasses search = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk.search");

    @Test
    void theSearchIndexUsesNoWebCodeAndNothingOfTheWebApplication() {
        noClasses().that().resideInAPackage("org.factdesk.search..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus.qute..",
                        "org.jboss.resteasy..", "io.vertx..", "org.factdesk.web..", "org.factdesk.seeds..")
                .check(search);
    }
}
