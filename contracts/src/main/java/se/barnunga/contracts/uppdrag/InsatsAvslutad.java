package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The social secretary has closed the intervention (routine: "avslutas insatsen (socialsekreterare) … i Treserva"),
 * after the risk assessment; if the risk remains, a new investigation is opened.
 *
 * @param uppdragId         the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param avslutsdatum      date the intervention was closed
 * @param skal              {@code MALEN_UPPFYLLDA}, {@code BESLUTSPERIOD_UTGANGEN}, {@code NY_UTREDNING},
 *                          {@code ENSKILD_AVBOJER}, {@code FLYTTAT} or {@code ANNAT}
 * @param riskniva          result of the closing risk assessment, {@code MINSKAD}, {@code OFORANDRAD} or
 *                          {@code OKAD}; {@code null} if none was made
 * @param nyUtredning       whether a new investigation is opened
 * @param socialsekreterare staff id of the responsible social secretary
 * @param registrerat       when the closure was registered
 */
@ContractEvent(type = "InsatsAvslutad", topic = Topics.UPPDRAG)
public record InsatsAvslutad(
        String uppdragId,
        LocalDate avslutsdatum,
        String skal,
        String riskniva,
        boolean nyUtredning,
        String socialsekreterare,
        Instant registrerat) {
}
