package se.barnunga.deadline.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.barnunga.deadline.domain.Handelser;
import se.barnunga.testing.ContractMappingAssertions;

/**
 * The publisher reads an event's payload only if the mapping says it may publish the event's class
 * ({@link BevakningKontraktsmappning#mayPublish}): every other event must map to nothing, or it would never be published.
 */
class BevakningKontraktsmappningTest {

    private final BevakningKontraktsmappning mappning = new BevakningKontraktsmappning();

    @Test
    void every_event_class_the_publisher_passes_by_maps_to_no_contract_event() {
        ContractMappingAssertions.assertInternalEventsArePassedBy(Handelser.class, mappning.mappings().classes(),
                mappning::mayPublish, mappning::toContractEvents);
        assertThat(mappning.mayPublish(Handelser.BevakningStartad.class)).isTrue();
        assertThat(mappning.mayPublish(Handelser.FaktumRegistrerat.class)).isFalse();
    }
}
