package se.barnunga.contracts.uppfoljning;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The social secretary or the responsible performer called for an extra follow-up meeting (the routine: "Behovet av
 * uppföljningsmöte kan påkallas av både socialsekreteraren och av ansvarig utförare"). The reason stays in the service.
 *
 * @param uppdragId      the intervention's assignment id, also the CloudEvent {@code subject}
 * @param pakallatAvRoll {@code socialsekreterare} or {@code utforare}
 * @param pakallatAv     staff id of the one who called for it
 * @param myndighetsenhet the social secretary's unit, null if not yet known
 * @param utforarenhet   the performing unit, null if not yet known
 * @param pakallat       when it was called for
 */
@ContractEvent(type = "UppföljningsmötePåkallat", topic = Topics.UPPFOLJNING)
public record UppfoljningsmotePakallat(
        String uppdragId,
        String pakallatAvRoll,
        String pakallatAv,
        String myndighetsenhet,
        String utforarenhet,
        Instant pakallat) {
}
