package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A watch was met by its stop event: in time or late.
 *
 * @param bevakningId   the watch (see {@link BevakningStartad})
 * @param forfallodatum the last day on which the deadline is met
 * @param uppfylldDatum the date the deadline was met (e.g. the date the intervention started)
 * @param inomFrist     whether {@code uppfylldDatum} is on or before {@code forfallodatum}
 * @param uppfylld      when the service registered it
 */
@ContractEvent(type = "BevakningUppfylld", topic = Topics.BEVAKNING)
public record BevakningUppfylld(
        String bevakningId,
        String regelId,
        String arendetyp,
        String arendeId,
        String myndighetsenhet,
        String utforarenhet,
        String socialsekreterare,
        LocalDate forfallodatum,
        LocalDate uppfylldDatum,
        boolean inomFrist,
        Instant uppfylld) {
}
