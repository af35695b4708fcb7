package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The reporter confirmed an oral report of concern in writing (routine: an oral report is confirmed in writing by the
 * end of the next working day).
 *
 * @param oroId     the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param bekraftad when the written confirmation was made
 * @param inomFrist whether it was made by the end of the working day after the concern came in
 */
@ContractEvent(type = "OroBekräftadSkriftligt", topic = Topics.ORO)
public record OroBekraftadSkriftligt(String oroId, Instant bekraftad, boolean inomFrist) {
}
