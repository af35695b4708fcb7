package se.barnunga.contracts.uppfoljning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The closing meeting of the intervention was held (the routine's appendix 3): goals fulfilled rated on the BBIC
 * four-step scale, the risk assessment, and whether the performer's closing summary was presented. How the child and the
 * others experienced the intervention stays in the service.
 *
 * @param uppdragId                     the intervention's assignment id, also the CloudEvent {@code subject}
 * @param moteId                        the closing meeting's id
 * @param datum                         the date it was held (Europe/Stockholm)
 * @param barn                          the child (pseudonym, sex, birth year); null if not yet known
 * @param insatstyp                     the intervention type; null if not yet known
 * @param myndighetsenhet               the social secretary's unit; null if not yet known
 * @param utforarenhet                  the performing unit; null if not yet known
 * @param barnetDeltog                  whether the child took part
 * @param bedomningar                   one rating per goal of the assignment
 * @param riskbedomning                 {@code MINSKAD}, {@code OFORANDRAD} or {@code OKAD}
 * @param slutsammanfattningPresenterad whether the performer presented the closing summary at the meeting
 * @param registrerat                   when it was registered
 */
@ContractEvent(type = "AvslutningsmöteGenomfört", topic = Topics.UPPFOLJNING)
public record AvslutningsmoteGenomfort(
        String uppdragId,
        String moteId,
        LocalDate datum,
        Barn barn,
        String insatstyp,
        String myndighetsenhet,
        String utforarenhet,
        boolean barnetDeltog,
        List<Malbedomning> bedomningar,
        String riskbedomning,
        boolean slutsammanfattningPresenterad,
        Instant registrerat) {
}
