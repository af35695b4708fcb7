package se.barnunga.followup.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.platform.operations.testsupport.ConsumerParkingScenario;
import se.barnunga.testing.PostgresKafkaTestResource;

/** A contract event this service's consumer can never handle is parked and shown until discarded (the platform's scenario). */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class KonsumentParkeringTest extends ConsumerParkingScenario {

    @Override
    protected String consumerGroup() {
        return "followup-service.uppfoljning-uppdrag";
    }
}
