package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The child and the guardians were told in good time that the decision period is ending (routine: "Informera barn
 * och vårdnadshavare i god tid inför att insatsens beslutsperiod går ut" / "i god tid för att möjliggöra ett bra
 * avslut"). Meets the deadline-service's watch on the end of the decision period.
 *
 * @param uppdragId       the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param informeradDatum the date the family was told
 * @param informerade     who was told: {@code VARDNADSHAVARE}, {@code BARNET}
 * @param registreradAv   staff id of the social secretary or responsible performer who recorded it
 * @param registrerat     when it was registered
 */
@ContractEvent(type = "FamiljenInformeradInförAvslut", topic = Topics.UPPDRAG)
public record FamiljenInformeradInforAvslut(
        String uppdragId,
        LocalDate informeradDatum,
        List<String> informerade,
        String registreradAv,
        Instant registrerat) {
}
