package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The committee has revoked the decision on intervention (SOSFS 2014:5: "återkallat ett beslut om insats"); ends the
 * IVO watches of the decision. The reasons stay in the service.
 *
 * @param uppdragId         the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param aterkallatDatum   date the decision was revoked
 * @param socialsekreterare staff id of the responsible social secretary
 * @param registrerat       when the revocation was registered
 */
@ContractEvent(type = "BeslutÅterkallat", topic = Topics.UPPDRAG)
public record BeslutAterkallat(
        String uppdragId,
        LocalDate aterkallatDatum,
        String socialsekreterare,
        Instant registrerat) {
}
