package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The recipient decided not to give the professional reporter feedback, for special reasons (19 kap. 6 § SoL 2025:400:
 * feedback is given "om det inte finns särskilda skäl mot det"); the obligation to give feedback on the concern ends.
 * The reasons stay in the service.
 *
 * @param oroId    the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param beslutad when the decision was made
 */
@ContractEvent(type = "ÅterkopplingAvstådd", topic = Topics.ORO)
public record AterkopplingAvstadd(String oroId, Instant beslutad) {
}
