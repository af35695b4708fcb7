package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractCatalog;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.deadline.application.BevakningKontraktsmappning;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.platform.publishing.ContractEventPublisher;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TestInfrastructure;
import se.barnunga.testing.TopicReader;

/**
 * The operations metrics the dashboard and the alert rules read, on the real store and broker: publisher lag (contract
 * events stored, not yet acknowledged by Kafka), projection lag ({@code barnunga_processor_lag} of {@code bevakning-vy}),
 * DLQ depth ({@code barnunga_processor_parked} of the consumer group), and every metric that {@code deploy/monitoring}
 * uses and says this service exposes is on its {@code /q/metrics}, tagged with the service.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class OperationsMetricsTest {

    private static final String SERVICE = "deadline-service";
    private static final String CONSUMER = "deadline-service.bevakning-handelser";
    private static final String PROJECTION = "bevakning-vy";
    /** The one list of what the dashboard and the alert rules use (deploy/monitoring, checked there too). */
    static final Path EXPOSED_METRICS = Path.of("..", "deploy", "monitoring", "exposed-metrics.txt");

    @Inject
    AxonRuntime axon;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void publisher_lag_counts_the_contract_events_stored_and_not_yet_acknowledged_by_kafka() throws Exception {
        StreamingEventProcessor publisher = processor(ContractEventPublisher.PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(60)).until(() -> publisherLag() == 0);
        List<String> ids;
        long lag;
        publisher.shutDown();
        try {
            ids = beslut(LocalDate.of(2036, 2, 4), 2);
            long lagrade = publicerbaraHandelser(ids);
            assertThat(lagrade).as("each decision started watches, which are public events").isGreaterThanOrEqualTo(4);
            lag = await().atMost(Duration.ofSeconds(30)).until(OperationsMetricsTest::publisherLag, n -> n == lagrade);
        } finally {
            publisher.start();
        }
        // once the publisher runs again, exactly that many CloudEvents of these cases reach the topic, and the lag is gone
        Set<String> keys = Set.copyOf(ids);
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            List<ConsumerRecord<String, byte[]>> sent = topic.await((int) lag, r -> keys.contains(r.key()), Duration.ofSeconds(60));
            assertThat(sent).hasSize((int) lag);
            assertThat(sent.stream().map(r -> TopicReader.cloudEvent(r).getId()).distinct().count()).isEqualTo(lag);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> publisherLag() == 0);
    }

    @Test
    void projection_lag_is_the_events_the_projection_has_not_handled_yet() throws Exception {
        StreamingEventProcessor projection = processor(PROJECTION);
        await().atMost(Duration.ofSeconds(60)).until(() -> processorLag(PROJECTION) == 0);
        List<String> ids;
        projection.shutDown();
        try {
            ids = beslut(LocalDate.of(2036, 5, 6), 2);
            // the consumer stored the cases' events; the stopped projection is behind by exactly those
            long lagrade = await().atMost(Duration.ofSeconds(60)).until(() -> handelser(ids), n -> n >= 2 * 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> processorLag(PROJECTION) == handelser(ids));
            given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/" + ids.get(0)).then().statusCode(404);
            assertThat(lagrade).isPositive();
        } finally {
            projection.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> processorLag(PROJECTION) == 0);
        given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/" + ids.get(0)).then().statusCode(200);
    }

    @Test
    void dlq_depth_rises_when_a_record_is_dead_lettered_and_falls_when_the_operator_resolves_it() throws Exception {
        double fore = await().atMost(Duration.ofSeconds(30)).until(() -> dlqDepth(), d -> !Double.isNaN(d));
        String uppdragId = UUID.randomUUID().toString();
        CloudEvent poison = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:barnunga:assignment-service")).withType(ContractCatalog.typeOf(UppdragSkickat.class))
                .withSubject(uppdragId).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData("{\"uppdragId\": [".getBytes(StandardCharsets.UTF_8)).build();
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(Topics.UPPDRAG, uppdragId, poison)).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> dlqDepth() == fore + 1);

        String id = given().auth().oauth2(OLLE_DRIFT).queryParam("processor", CONSUMER).queryParam("state", "PARKED")
                .get("/api/drift/parked").then().statusCode(200).extract().jsonPath()
                .getString("parked.find { it.eventId == '" + poison.getId() + "' }.id");
        given().auth().oauth2(OLLE_DRIFT).post("/api/drift/parked/" + id + "/discard").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> dlqDepth() == fore);
    }

    @Test
    void every_metric_the_dashboard_and_alerts_read_from_this_service_is_exposed_with_the_service_tag() throws Exception {
        // the consumer and the publisher have counted something (their counters exist from the first event)
        List<String> ids = beslut(LocalDate.of(2036, 8, 5), 1);
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            topic.await(1, TopicReader.withKey(ids.get(0)), Duration.ofSeconds(60));
        }
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(EXPOSED_METRICS)) {
            String[] parts = line.strip().split("\\s+");
            if (parts[0].isEmpty() || parts[0].startsWith("#")) {
                continue;
            }
            List<String> exposers = List.of(parts).subList(1, parts.length);
            if (exposers.contains("every-service") || exposers.contains(SERVICE)) {
                expected.add(parts[0]);
            }
        }
        assertThat(expected).as("the list names this service's metrics").contains("barnunga_watches_open", "barnunga_publisher_lag");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MetricsScrape m = MetricsScrape.read();
            for (String name : expected) {
                assertThat(m.samples(name)).as(name).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.labels()).as(name).containsEntry("service", SERVICE));
            }
        });
    }

    private StreamingEventProcessor processor(String name) {
        return (StreamingEventProcessor) axon.configuration().eventProcessingConfiguration().eventProcessors().get(name);
    }

    private static long publisherLag() {
        return (long) MetricsScrape.read().value("barnunga_publisher_lag", "service", SERVICE);
    }

    private static long processorLag(String group) {
        return (long) MetricsScrape.read().value("barnunga_processor_lag", "group", group, "kind", "PROCESSOR");
    }

    private static double dlqDepth() {
        return MetricsScrape.read().value("barnunga_processor_parked", "group", CONSUMER, "kind", "CONSUMER");
    }

    /** The events stored for the cases. */
    private long handelser(List<String> ids) throws Exception {
        return count("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?)", ids, null);
    }

    /** The stored events of the cases whose classes the service publishes (by class name, as Axon stores them). */
    private long publicerbaraHandelser(List<String> ids) throws Exception {
        List<String> types = new BevakningKontraktsmappning().mappings().classes().stream().map(Class::getName).toList();
        return count("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?) AND payloadType = ANY (?)",
                ids, types);
    }

    private long count(String sql, List<String> ids, List<String> types) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            if (types != null) {
                q.setArray(2, c.createArrayOf("varchar", types.toArray()));
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Decisions on intervention published by the assignment-service, once their events are in the store. */
    private List<String> beslut(LocalDate dag, int antal) throws Exception {
        TestClock.set(kl(dag, 12));
        List<String> ids = new ArrayList<>();
        try (ContractEventWriter w = uppdragstjansten()) {
            for (int i = 0; i < antal; i++) {
                String id = UUID.randomUUID().toString();
                w.publish(id, beviljad(id, new Barn(pseudonym(), "KVINNA", 2021), dag, "MYND-1", "anna"), kl(dag, 10));
                ids.add(id);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> publicerbaraHandelser(ids) >= 2L * antal);
        return ids;
    }
}
