package se.barnunga.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser;
import se.barnunga.testing.ContractMappingAssertions;

/**
 * The publisher reads an event's payload only if the mapping says it may publish the event's class
 * ({@link UppdragKontraktsmappning#mayPublish}): every other event must map to nothing, or it would never be published.
 */
class UppdragKontraktsmappningTest {

    private final UppdragKontraktsmappning mappning = new UppdragKontraktsmappning();

    @Test
    void every_event_class_the_publisher_passes_by_maps_to_no_contract_event() {
        ContractMappingAssertions.assertInternalEventsArePassedBy(Handelser.class, mappning.mappings().classes(),
                mappning::mayPublish, mappning::toContractEvents);
        assertThat(mappning.mayPublish(Handelser.UppdragSkickat.class)).isTrue();
        assertThat(mappning.mayPublish(Handelser.UppdragRegistrerat.class)).isFalse();
    }
}
