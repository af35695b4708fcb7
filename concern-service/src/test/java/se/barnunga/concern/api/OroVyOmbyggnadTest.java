package se.barnunga.concern.api;

import static se.barnunga.concern.api.ConcernTestSupport.*;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.ReadModelRebuild;

/**
 * The operators' rebuild of {@code oro-vy} (docs/operations.md, "Rebuilding a read model"): after concerns are
 * submitted and handled, the projection's reset handler clears the concerns and the deviation register, and the replay
 * restores exactly the rows they had; the tables kept by the Kafka consumers and the absences are not the
 * projection's and are left alone.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroVyOmbyggnadTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oro_vy_and_the_deviation_register_are_rebuilt_from_the_event_store_into_the_same_rows() throws Exception {
        lamnaOro(ULLA_UTFORARE, nyttBarn(), true, "MUNTLIG");
        lamnaOro(ULLA_UTFORARE, nyttBarn(), false, "SKRIFTLIG");
        var ovriga = ReadModelRebuild.content(dataSource, "ansvarig_socialsekreterare", "franvaro");

        ReadModelRebuild.assertRebuiltIdentically(OLLE_DRIFT, "oro-vy", dataSource, "oro_vy", "oro_avvikelse");
        org.assertj.core.api.Assertions.assertThat(ReadModelRebuild.content(dataSource, "ansvarig_socialsekreterare", "franvaro"))
                .isEqualTo(ovriga);
    }
}
