package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The social secretary made the closing risk assessment (routine, Avslut: "Gör en riskbedömning … minskats, är
 * oförändrad eller har ökat"). The assignment-service owns the one risk assessment of a case; it gates the closure of the
 * intervention, and the followup-service's closing meeting carries it from this event. The reasoning stays in the
 * service.
 *
 * @param uppdragId         the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param barn              the child, pseudonymised
 * @param riskniva          {@code MINSKAD}, {@code OFORANDRAD} or {@code OKAD}
 * @param kvarstaendeBehov  whether the child has remaining needs that call for changed or more interventions
 * @param bedomningsdatum   the date of the assessment
 * @param myndighetsenhet   code of the social secretary's unit
 * @param socialsekreterare staff id of the responsible social secretary
 * @param registrerat       when it was registered
 */
@ContractEvent(type = "RiskbedömningGjord", topic = Topics.UPPDRAG)
public record RiskbedomningGjord(
        String uppdragId,
        Barn barn,
        String riskniva,
        boolean kvarstaendeBehov,
        LocalDate bedomningsdatum,
        String myndighetsenhet,
        String socialsekreterare,
        Instant registrerat) {
}
