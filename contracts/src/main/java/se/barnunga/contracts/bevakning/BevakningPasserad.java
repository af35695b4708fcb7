package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A watch's due time passed without the deadline being met: the case is overdue.
 *
 * @param bevakningId   the watch (see {@link BevakningStartad})
 * @param forfallodatum the last day on which the deadline is met
 * @param forfaller     the moment the watch passed
 * @param passerad      when the service raised the alert (at or after {@code forfaller}; later when the service was down
 *                      or the start fact arrived late)
 */
@ContractEvent(type = "BevakningPasserad", topic = Topics.BEVAKNING)
public record BevakningPasserad(
        String bevakningId,
        String regelId,
        String arendetyp,
        String arendeId,
        String myndighetsenhet,
        String utforarenhet,
        String socialsekreterare,
        LocalDate forfallodatum,
        Instant forfaller,
        Instant passerad) {
}
