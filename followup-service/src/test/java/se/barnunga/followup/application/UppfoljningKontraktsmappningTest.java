package se.barnunga.followup.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Handelser;
import se.barnunga.testing.ContractMappingAssertions;

/**
 * The publisher reads an event's payload only if the mapping says it may publish the event's class
 * ({@link UppfoljningKontraktsmappning#mayPublish}): every other event must map to nothing, or it would never be published.
 */
class UppfoljningKontraktsmappningTest {

    private final UppfoljningKontraktsmappning mappning = new UppfoljningKontraktsmappning();

    @Test
    void every_event_class_the_publisher_passes_by_maps_to_no_contract_event() {
        ContractMappingAssertions.assertInternalEventsArePassedBy(Handelser.class, mappning.mappings().classes(),
                mappning::mayPublish, mappning::toContractEvents);
        assertThat(mappning.mayPublish(Handelser.UppfoljningGenomford.class)).isTrue();
        assertThat(mappning.mayPublish(Handelser.UppdragKant.class)).isFalse();
    }
}
