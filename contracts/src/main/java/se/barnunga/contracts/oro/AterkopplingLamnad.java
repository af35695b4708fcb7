package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The reporter was told whether an investigation is opened, is already under way or is not opened (19 kap. 6 § SoL
 * 2025:400).
 *
 * @param oroId  the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param besked {@code UTREDNING_INLEDD}, {@code UTREDNING_PAGAR} or {@code INGEN_UTREDNING}, what the reporter was told
 * @param lamnad when the feedback was given
 */
@ContractEvent(type = "ÅterkopplingLämnad", topic = Topics.ORO)
public record AterkopplingLamnad(String oroId, String besked, Instant lamnad) {
}
