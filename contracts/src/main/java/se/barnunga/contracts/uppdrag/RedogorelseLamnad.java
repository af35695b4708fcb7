package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The responsible performer has handed the written account, or the closing summary, to the social secretary (routine:
 * "Skicka snarast, inom den pågående utredningstiden, redogörelsen till ansvarig utredare"). Its content stays in the
 * service.
 *
 * @param uppdragId             the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param uppdragstyp           {@code UTREDNINGSUPPDRAG}, {@code INSATS_UNDER_UTREDNING} or {@code BEVILJAD_INSATS}
 * @param slag                  {@code REDOGORELSE} or {@code AVSLUTANDE_SAMMANFATTNING}
 * @param lamnadDatum           date it was handed in
 * @param utredningensSlutdatum planned end of the ongoing investigation
 * @param sen                   {@code true} when handed in after {@code utredningensSlutdatum}
 * @param ansvarigUtforare      staff id of the responsible performer
 * @param registrerat           when it was registered
 */
@ContractEvent(type = "RedogörelseLämnad", topic = Topics.UPPDRAG)
public record RedogorelseLamnad(
        String uppdragId,
        String uppdragstyp,
        String slag,
        LocalDate lamnadDatum,
        LocalDate utredningensSlutdatum,
        boolean sen,
        String ansvarigUtforare,
        Instant registrerat) {
}
