package se.barnunga.assignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Topics;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.platform.publishing.ContractEventPublisher;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TopicReader;

/**
 * A backlog for the publisher: with the publisher stopped, several cases each store several public events; once it is
 * started again its batches hold many events of each aggregate, which it sends one after the other per aggregate (the
 * next only after the broker acknowledged the previous) and of different aggregates side by side. Every event is on
 * the topic exactly once (no failure, so no re-send), each case's in the order they happened.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class PublishingBacklogTest {

    private static final int CASES = 8;

    @Inject
    AxonRuntime axon;

    @Test
    void a_backlog_of_several_events_per_case_is_published_once_each_in_the_order_of_each_case() throws Exception {
        StreamingEventProcessor publisher = (StreamingEventProcessor) axon.configuration().eventProcessingConfiguration()
                .eventProcessors().get(ContractEventPublisher.PROCESSING_GROUP);
        List<String> ids = new ArrayList<>();
        publisher.shutDown();
        try {
            for (int i = 0; i < CASES; i++) {
                String id = AssignmentTestSupport.registrera(ANNA);
                AssignmentTestSupport.beslutat(id);
                AssignmentTestSupport.skicka(ANNA, id);
                AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
                ids.add(id);
            }
        } finally {
            publisher.start();
        }

        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            for (String id : ids) {
                List<ConsumerRecord<String, byte[]>> records = reader.await(3, TopicReader.withKey(id), Duration.ofSeconds(60));
                List<String> eventIds = new ArrayList<>();
                List<String> types = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    ContractAssertions.assertConformsToContract(record);
                    CloudEvent event = TopicReader.cloudEvent(record);
                    eventIds.add(event.getId());
                    types.add(event.getType());
                }
                assertThat(eventIds).as("each event of %s once", id).doesNotHaveDuplicates();
                assertThat(types).as("every event of %s, in the order they happened", id)
                        .containsExactly("InsatsBeviljad", "UppdragSkickat", "UppdragMottaget");
            }
        }
    }
}
