package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * An interrupted intervention is carried out again (SoL 34 kap. 1 §: "verkställts på nytt"); ends the IVO watch of
 * the interruption that began on {@code avbrottsdatum}.
 *
 * @param uppdragId         the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param avbrottsdatum     first day of the interruption that ends, as in {@link VerkstallighetAvbruten}
 * @param aterupptagenDatum date the intervention was resumed
 * @param registreradAv     staff id of whoever registered the resumption
 * @param registrerat       when the resumption was registered
 */
@ContractEvent(type = "VerkställighetÅterupptagen", topic = Topics.UPPDRAG)
public record VerkstallighetAterupptagen(
        String uppdragId,
        LocalDate avbrottsdatum,
        LocalDate aterupptagenDatum,
        String registreradAv,
        Instant registrerat) {
}
