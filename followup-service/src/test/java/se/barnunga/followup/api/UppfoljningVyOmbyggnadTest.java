package se.barnunga.followup.api;

import static se.barnunga.followup.api.FollowupTestSupport.*;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.ReadModelRebuild;

/**
 * The operators' rebuild of {@code uppfoljning-vy} (docs/operations.md, "Rebuilding a read model"): after
 * interventions are started (with and without a booked first meeting), the projection's reset handler clears the
 * follow-up records, meetings, ratings, views and their measures, and the replay restores exactly the rows they had.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class UppfoljningVyOmbyggnadTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void uppfoljning_vy_is_rebuilt_from_the_event_store_into_the_same_rows() {
        LocalDate start = LocalDate.now().minusDays(7);
        verkstalldInsats("KVINNA", unikInsatstyp("OMBYGGNAD"), start, start.plusWeeks(6));
        verkstalldInsats("MAN", unikInsatstyp("OMBYGGNAD"), start, null);

        ReadModelRebuild.assertRebuiltIdentically(OLLE_DRIFT, "uppfoljning-vy", dataSource, "uppfoljning_vy", "mote_vy",
                "bedomning_vy", "synpunkt_vy", "synpunktsatgard_vy");
    }
}
