package se.barnunga.contracts.uppdrag;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The performing unit's metodhandledare went through the assignment and appointed the responsible performer (routine:
 * "Gå igenom uppdraget och utse ansvarig utförare").
 *
 * @param uppdragId        the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param utforarenhet     code of the performing unit
 * @param ansvarigUtforare staff id of the appointed responsible performer
 * @param utseddAv         staff id of the metodhandledare who appointed them
 * @param utsedd           when the responsible performer was appointed
 */
@ContractEvent(type = "AnsvarigUtförareUtsedd", topic = Topics.UPPDRAG)
public record AnsvarigUtforareUtsedd(
        String uppdragId,
        String utforarenhet,
        String ansvarigUtforare,
        String utseddAv,
        Instant utsedd) {
}
