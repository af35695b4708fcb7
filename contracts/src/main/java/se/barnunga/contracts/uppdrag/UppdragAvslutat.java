package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The performing unit has closed the assignment (routine: "avslutas … uppdraget (ansvarig utförare) i Treserva").
 * The last event of a case.
 *
 * @param uppdragId     the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param utforarenhet  code of the performing unit
 * @param avslutatDatum date the assignment was closed
 * @param avslutatAv    staff id of whoever closed it
 * @param registrerat   when the closure was registered
 */
@ContractEvent(type = "UppdragAvslutat", topic = Topics.UPPDRAG)
public record UppdragAvslutat(
        String uppdragId,
        String utforarenhet,
        LocalDate avslutatDatum,
        String avslutatAv,
        Instant registrerat) {
}
