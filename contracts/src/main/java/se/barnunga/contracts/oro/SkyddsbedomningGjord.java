package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The recipient assessed whether the child needs immediate protection (20 kap. 1 § SoL 2025:400); the reasoning stays
 * in the service.
 *
 * @param oroId                 the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param omedelbartSkyddsbehov whether the child was found to need immediate protection
 * @param bedomd                when the assessment was made
 * @param sammaDag              whether it was made on the day the concern came in (Europe/Stockholm)
 * @param registrerad           when the assessment was registered
 */
@ContractEvent(type = "SkyddsbedömningGjord", topic = Topics.ORO)
public record SkyddsbedomningGjord(
        String oroId,
        boolean omedelbartSkyddsbehov,
        Instant bedomd,
        boolean sammaDag,
        Instant registrerad) {
}
