package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A reminder ahead of a watch's due time, at the rule's reminder lead time.
 *
 * @param bevakningId   the watch (see {@link BevakningStartad})
 * @param forfallodatum the last day on which the deadline is met
 * @param forfaller     the moment the watch passes
 * @param skickad       when the reminder was raised
 */
@ContractEvent(type = "BevakningPåminnelse", topic = Topics.BEVAKNING)
public record BevakningPaminnelse(
        String bevakningId,
        String regelId,
        String arendetyp,
        String arendeId,
        String myndighetsenhet,
        String utforarenhet,
        String socialsekreterare,
        LocalDate forfallodatum,
        Instant forfaller,
        Instant skickad) {
}
