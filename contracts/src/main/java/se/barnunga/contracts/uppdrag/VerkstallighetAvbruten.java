package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The carrying out of a started intervention has been interrupted (SoL 34 kap. 1 §: "avbrott i verkställigheten"). The
 * deadline-service starts the IVO three-month watch of the interruption from {@code avbrottsdatum}.
 *
 * @param uppdragId     the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param avbrottsdatum first day of the interruption
 * @param orsak         {@code ENSKILDS_BEGARAN}, {@code BARNET_EJ_TILLGANGLIGT}, {@code UTFORARE_SAKNAS} or
 *                      {@code ANNAT}
 * @param registreradAv staff id of whoever registered the interruption
 * @param registrerat   when the interruption was registered
 */
@ContractEvent(type = "VerkställighetAvbruten", topic = Topics.UPPDRAG)
public record VerkstallighetAvbruten(
        String uppdragId,
        LocalDate avbrottsdatum,
        String orsak,
        String registreradAv,
        Instant registrerat) {
}
