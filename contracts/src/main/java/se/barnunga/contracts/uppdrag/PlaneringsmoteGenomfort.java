package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The planning meeting with the family has been held (routine: "Planeringsmöte"): the goals were reviewed, the start
 * date agreed and the first follow-up meeting booked (routine: "Boka in ett datum … för ett uppföljningsmöte senast
 * inom 6–8 veckor efter insatsens verkställighet").
 *
 * @param uppdragId              the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param motesdatum             date the meeting was held
 * @param planeratStartdatum     the agreed start date (verkställighetsdatum) of the intervention
 * @param forstaUppfoljningsmote date of the booked first follow-up meeting, after the planned start and at the latest
 *                               8 weeks after it unless a reason was recorded (an upper bound, no lower one)
 * @param barnetDeltog           whether the child took part in the meeting
 * @param ansvarigUtforare       staff id of the responsible performer
 * @param socialsekreterare      staff id of the responsible social secretary
 * @param registrerat            when the meeting was registered
 */
@ContractEvent(type = "PlaneringsmöteGenomfört", topic = Topics.UPPDRAG)
public record PlaneringsmoteGenomfort(
        String uppdragId,
        LocalDate motesdatum,
        LocalDate planeratStartdatum,
        LocalDate forstaUppfoljningsmote,
        boolean barnetDeltog,
        String ansvarigUtforare,
        String socialsekreterare,
        Instant registrerat) {
}
