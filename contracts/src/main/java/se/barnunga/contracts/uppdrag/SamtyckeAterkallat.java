package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A guardian, or the child of 15 or over (or the young person of 18 or over), has withdrawn the consent the
 * decision rested on (11 kap. 1 § SoL is voluntary: "samtycke från barnets vårdnadshavare …"). The intervention can no
 * longer go on under the consent-based legal basis: the deadline-service watches that the social secretary closes the
 * intervention, revokes the decision or re-decides it ({@link BeslutOmprovat}). No reasons or free text.
 *
 * @param uppdragId         the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param barn              the child, pseudonymised
 * @param aterkallatAv      {@code VARDNADSHAVARE}, {@code BARNET} (15 or over) or {@code DEN_UNGE} (18 or over)
 * @param aterkallatDatum   the date the consent was withdrawn
 * @param lagrum            the legal basis of the decision whose consent was withdrawn
 * @param myndighetsenhet   code of the social secretary's unit
 * @param socialsekreterare staff id of the responsible social secretary
 * @param registrerat       when it was registered
 */
@ContractEvent(type = "SamtyckeÅterkallat", topic = Topics.UPPDRAG)
public record SamtyckeAterkallat(
        String uppdragId,
        Barn barn,
        String aterkallatAv,
        LocalDate aterkallatDatum,
        String lagrum,
        String myndighetsenhet,
        String socialsekreterare,
        Instant registrerat) {
}
