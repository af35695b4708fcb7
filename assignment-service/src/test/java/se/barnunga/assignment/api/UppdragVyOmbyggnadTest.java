package se.barnunga.assignment.api;

import static se.barnunga.assignment.api.AssignmentTestSupport.*;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.ReadModelRebuild;

/**
 * The operators' rebuild of {@code uppdrag-vy} (docs/operations.md, "Rebuilding a read model"): after assignments in
 * different states, the projection's reset handler clears the read model and the replay of the whole store restores
 * exactly the rows it had.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragVyOmbyggnadTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void uppdrag_vy_is_rebuilt_from_the_event_store_into_the_same_rows() {
        registrera(ANNA);
        klartecken(registrera(ANNA));
        String beslutat = registrera(ANNA);
        beslutat(beslutat);
        skicka(ANNA, beslutat);

        ReadModelRebuild.assertRebuiltIdentically(OLLE_DRIFT, "uppdrag-vy", dataSource, "uppdrag_vy");
    }
}
