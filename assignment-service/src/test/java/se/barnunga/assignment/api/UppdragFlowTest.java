package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.OLLE_DRIFT;
import static se.barnunga.assignment.api.AssignmentTestSupport.PERSONNUMMER;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.barnunga.assignment.domain.Handelser.UppdragSkickat;
import se.barnunga.contracts.Topics;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TopicReader;

/** The walking skeleton end to end: REST → aggregate → event store → read model, and → Kafka as a CloudEvent. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragFlowTest {

    @Inject
    EventStore eventStore;
    @Inject
    Pseudonymizer pseudonymizer;
    @Inject
    Clock clock;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    private int snapshots(String aggregateId) throws Exception {
        try (var c = dataSource.getConnection();
             var q = c.prepareStatement("SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?")) {
            q.setString(1, aggregateId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void register_and_send_an_assignment_then_read_it_and_receive_UppdragSkickat_on_the_broker() throws Exception {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.body(PERSONNUMMER))
                    .when().post("/api/uppdrag")
                    .then().statusCode(201)
                    .extract().path("uppdragId");
            given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.body(PERSONNUMMER))
                    .when().post("/api/uppdrag").then().statusCode(201).header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/uppdrag/[0-9a-f-]{36}"));
            AssignmentTestSupport.beslutat(id);
            AssignmentTestSupport.skicka(ANNA, id);

            // the read model follows the event store
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}", id)
                            .then().statusCode(200)
                            .body("uppdragId", is(id))
                            .body("status", is("SKICKAT"))
                            .body("typ", is("BEVILJAD_INSATS"))
                            .body("barn.personnummer", is("201504122381"))
                            .body("barn.fornamn", is("Alva"))
                            .body("vy", is("FULLSTANDIG"))
                            .body("utforarenhet", is("UTF-1"))
                            .body("myndighetsenhet", is("MYND-1"))
                            .body("socialsekreterare", is("anna")));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(ANNA).queryParam("status", "SKICKAT").when().get("/api/uppdrag")
                            .then().statusCode(200).body("items.uppdragId", hasItem(id)).body("page", is(0)));

            // the performing unit confirms receipt: a second public event of the same aggregate, after the first
            AssignmentTestSupport.bekraftaMottagande(AssignmentTestSupport.MATS_METODHANDLEDARE, id);
            List<ConsumerRecord<String, byte[]>> records = reader.await(3, TopicReader.withKey(id), Duration.ofSeconds(30));
            assertThat(records).hasSize(3);
            assertThat(records).extracting(r -> TopicReader.cloudEvent(r).getType()).containsExactly("InsatsBeviljad", "UppdragSkickat", "UppdragMottaget");
            records.forEach(ContractAssertions::assertConformsToContract);
            assertThat(TopicReader.cloudEvent(records.get(2)).getSubject()).isEqualTo(id);
            ContractAssertions.assertContainsNone(records.get(2), "201504122381", "Alva", "Ekström");
            ConsumerRecord<String, byte[]> record = records.get(1);
            JsonNode data = ContractAssertions.assertConformsToContract(record);
            CloudEvent event = TopicReader.cloudEvent(record);
            assertThat(event.getType()).isEqualTo("UppdragSkickat");
            assertThat(event.getSubject()).isEqualTo(id);
            String storedEventId = eventStore.readEvents(id, 0).asStream()
                    .filter(m -> m.getPayload() instanceof UppdragSkickat)
                    .map(DomainEventMessage::getIdentifier).findFirst().orElseThrow();
            assertThat(event.getId()).as("the CloudEvent id is the stored event's id, stable across re-delivery").isEqualTo(storedEventId);
            assertThat(data.path("uppdragId").asText()).isEqualTo(id);
            assertThat(data.path("barn").path("pseudonym").asText())
                    .isEqualTo(pseudonymizer.pseudonym(Personnummer.parse(PERSONNUMMER, clock)));
            assertThat(data.path("barn").path("kon").asText()).isEqualTo("KVINNA");
            assertThat(data.path("barn").path("fodelsear").asInt()).isEqualTo(2015);
            ContractAssertions.assertContainsNone(record, "201504122381", "1504122381", "150412-2381", "20150412", "Alva", "Ekström");

            // every read and change of the case is in the audit log, for operations to see
            given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).when().get("/api/audit")
                    .then().statusCode(200)
                    .body("operation", hasItems("POST /api/uppdrag", "POST /api/uppdrag/{uppdragId}/skicka", "GET /api/uppdrag/{uppdragId}",
                            "GET /api/uppdrag", "POST /api/uppdrag/{uppdragId}/mottagande"))
                    .body("findAll { it.operation == 'POST /api/uppdrag/{uppdragId}/skicka' }.userId", everyItem(is("anna")))
                    .body("findAll { it.operation == 'POST /api/uppdrag/{uppdragId}/mottagande' }.userId", everyItem(is("mats")))
                    .body("findAll { it.userId == 'anna' }.enhet", everyItem(is("MYND-1")))
                    .body("outcome", everyItem(is("OK")));

            // operations: readiness covers the database and the broker, metrics count what was published
            given().when().get("/q/health/ready").then().statusCode(200)
                    .body("checks.name", hasItems("kafka", "Database connections health check"));
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("barnunga_events_published_total{service=\"assignment-service\",type=\"UppdragSkickat\"}");
            given().when().get("/q/swagger-ui/").then().statusCode(200);
            given().when().get("/q/openapi").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("Skicka en förfrågan till en utförarenhet"));

            // three events with snapshot-threshold 2 in tests: a snapshot exists, and the aggregate loads from it
            assertThat(snapshots(id)).isPositive();
            given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN")).when().post("/api/uppdrag/{id}/skicka", id).then().statusCode(409);
        }
    }
}
