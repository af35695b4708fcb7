package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The intervention has really started and the social secretary documented the date (routine: "Dokumentera … datum
 * för verkställighet, d.v.s. när insatsen verkligen startar och familjen påbörjar nyttjandet av insatsen"). Ends the
 * IVO three-month watch of the decision.
 *
 * @param uppdragId            the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param uppdragstyp          {@code UTREDNINGSUPPDRAG}, {@code INSATS_UNDER_UTREDNING} or {@code BEVILJAD_INSATS}
 * @param barn                 the child, pseudonymised
 * @param insatstyp            code of the intervention from the configurable catalogue
 * @param beslutsdatum         date of the decision on intervention
 * @param verkstallighetsdatum date the intervention really started
 * @param utforarenhet         code of the performing unit
 * @param myndighetsenhet      code of the social secretary's investigating unit
 * @param socialsekreterare    staff id of the responsible social secretary, who documented the start
 * @param ansvarigUtforare     staff id of the responsible performer, or {@code null} if none has been appointed
 * @param dokumenterat         when the start was documented
 */
@ContractEvent(type = "InsatsVerkställd", topic = Topics.UPPDRAG)
public record InsatsVerkstalld(
        String uppdragId,
        String uppdragstyp,
        Barn barn,
        String insatstyp,
        LocalDate beslutsdatum,
        LocalDate verkstallighetsdatum,
        String utforarenhet,
        String myndighetsenhet,
        String socialsekreterare,
        String ansvarigUtforare,
        Instant dokumenterat) {
}
