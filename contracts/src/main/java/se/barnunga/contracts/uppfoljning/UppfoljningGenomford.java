package se.barnunga.contracts.uppfoljning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A follow-up meeting was held: every goal rated on the BBIC four-step scale, and the outcome. What the child and the
 * family said, what changed and the adaptations made stay in the service.
 *
 * @param uppdragId                   the intervention's assignment id, also the CloudEvent {@code subject}
 * @param moteId                      the meeting held
 * @param nummer                      the follow-up meeting's number in the intervention (1, 2, …)
 * @param extra                       whether it was an extra meeting called for by either side
 * @param datum                       the date it was held (Europe/Stockholm)
 * @param barn                        the child (pseudonym, sex, birth year); null if not yet known
 * @param insatstyp                   the intervention type; null if not yet known
 * @param myndighetsenhet             the social secretary's unit; null if not yet known
 * @param utforarenhet                the performing unit; null if not yet known
 * @param barnetDeltog                whether the child took part
 * @param bedomningar                 one rating per goal of the assignment
 * @param utfall                      {@code FORTSATTA}, {@code JUSTERA}, {@code AVSLUTA} or {@code NY_UTREDNING}
 * @param utredningsgrund             for {@code NY_UTREDNING}: {@code OKAD_RISK}, {@code NYA_BEHOV},
 *                                    {@code ANSOKAN_ANNAN_INSATS} or {@code ANSOKAN_FORTSATT_INSATS}; otherwise null
 * @param genomforandeplanenRevideras whether the outcome needs the implementation plan revised
 * @param sammanfattningFanns         whether the performer's summary had been handed in
 * @param nastaMotesdatum             the next follow-up meeting booked at the meeting; null if none
 * @param registrerat                 when it was registered
 */
@ContractEvent(type = "UppföljningGenomförd", topic = Topics.UPPFOLJNING)
public record UppfoljningGenomford(
        String uppdragId,
        String moteId,
        int nummer,
        boolean extra,
        LocalDate datum,
        Barn barn,
        String insatstyp,
        String myndighetsenhet,
        String utforarenhet,
        boolean barnetDeltog,
        List<Malbedomning> bedomningar,
        String utfall,
        String utredningsgrund,
        boolean genomforandeplanenRevideras,
        boolean sammanfattningFanns,
        LocalDate nastaMotesdatum,
        Instant registrerat) {
}
