package se.barnunga.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering every service keeps (developers' guide, "Simple and explicit"): {@code domain} is plain Java and Axon,
 * free of Quarkus, CDI, JPA, Kafka and REST; {@code api} does not reach into {@code infrastructure}. Each service runs
 * {@link #check(String)} from one test.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);

        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "io.smallrye..", "io.vertx..",
                        "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..",
                        "jakarta.persistence..", "org.hibernate..", "io.agroal..", "org.flywaydb..",
                        "jakarta.ws.rs..", "org.jboss.resteasy..",
                        "org.apache.kafka..", "io.cloudevents..",
                        "com.fasterxml.jackson.databind..", "java.sql..")
                .because("the domain is plain Java and Axon, testable given-when-then without a container")
                .check(classes);

        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .because("REST resources talk to the application layer, not to adapters")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..api..", "..infrastructure..")
                .because("the domain depends on nothing outside itself")
                .allowEmptyShould(true)
                .check(classes);
    }
}
