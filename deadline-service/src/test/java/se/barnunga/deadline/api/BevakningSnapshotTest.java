package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.deadline.domain.Bevakningsarende;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * A case loaded from its snapshot is the case its events make: the state from the latest snapshot and the events after
 * it equals the state of every event replayed from the first (field by field, as the snapshot serializer sees it), and a
 * rule run on the snapshotted case (the sweep raising a passed start watch) raises the alert once, as it would without.
 * Tests snapshot after 2 events ({@code %test.barnunga.axon.snapshot-threshold}); production after a few more
 * (application.properties), so the sweep loads a snapshot and the events after it, not the whole history.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class BevakningSnapshotTest {

    private static final AggregateModel<Bevakningsarende> MODELL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(Bevakningsarende.class);

    @Inject
    AxonRuntime axon;
    @Inject
    Bevakningssvep svep;
    @Inject
    ObjectMapper objectMapper;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void ett_snapshottat_arende_har_samma_tillstand_och_larmar_som_ur_handelserna() throws Exception {
        LocalDate dag = LocalDate.of(2029, 3, 5);
        TestClock.set(kl(dag, 12));
        String id = UUID.randomUUID().toString();
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(id, beviljad(id, new Barn(pseudonym(), "KVINNA", 2016), dag, "MYND-1", "anna"), kl(dag, 10));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + id).then().statusCode(200)
                .body("bevakningar.find { it.regelId == 'VERKSTALLIGHET_START' }.status", equalTo("OPPEN")));

        DomainEventMessage<?> snapshot = axon.storageEngine().readSnapshot(id).orElseThrow(
                () -> new AssertionError("the case has a snapshot (threshold 2 in tests)"));
        assertThat(snapshot.getPayload()).isInstanceOf(Bevakningsarende.class);
        assertThat(franSnapshot(id)).isEqualTo(franHandelser(id));

        // the start watch (14 days) has passed: the sweep loads the case from its snapshot and raises the alert once
        Instant nu = kl(dag.plusDays(23), 9);
        TestClock.set(nu);
        assertThat(svep.svep(nu, 100).misslyckade()).isZero();
        svep.svep(nu, 100);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + id).then().statusCode(200).extract().jsonPath()
                .getList("historik.findAll { it.handelse == 'BevakningPasserad' }.bevakningId"))
                .containsExactly("VERKSTALLIGHET_START:" + id));

        JsonNode efter = franHandelser(id);
        assertThat(franSnapshot(id)).as("after the alert, snapshot and events still agree").isEqualTo(efter);
        assertThat(efter.at("/bevakningar/VERKSTALLIGHET_START:" + id + "/passerad").asBoolean()).isTrue();
        assertThat(efter.at("/bevakningar/VERKSTALLIGHET_START:" + id + "/larm").asInt()).isEqualTo(1);
    }

    /** The state from the latest snapshot and the events after it, as the repository loads the case. */
    private JsonNode franSnapshot(String id) {
        DomainEventMessage<?> snapshot = axon.storageEngine().readSnapshot(id).orElseThrow();
        Bevakningsarende arende = (Bevakningsarende) snapshot.getPayload();
        spela(arende, axon.storageEngine().readEvents(id, snapshot.getSequenceNumber() + 1));
        return tillstand(arende);
    }

    /** The state of every event of the case replayed from the first, no snapshot. */
    private JsonNode franHandelser(String id) throws Exception {
        Constructor<Bevakningsarende> c = Bevakningsarende.class.getDeclaredConstructor();
        c.setAccessible(true);
        Bevakningsarende arende = c.newInstance();
        DomainEventStream handelser = axon.storageEngine().readEvents(id, 0);
        List<? extends DomainEventMessage<?>> alla = handelser.asStream().toList();
        assertThat(alla).as("the case's events").hasSizeGreaterThan(2);
        alla.forEach(m -> MODELL.publish(m, arende));
        return tillstand(arende);
    }

    private static void spela(Bevakningsarende arende, DomainEventStream handelser) {
        handelser.asStream().forEach(m -> MODELL.publish(m, arende));
    }

    /** The aggregate's fields, as the snapshot serializer writes them. */
    private JsonNode tillstand(Bevakningsarende arende) {
        ObjectMapper falt = objectMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return falt.valueToTree(arende);
    }
}
