package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The social secretary has decided on an intervention (routine: "fatta ett biståndsbeslut"), under 11 kap. 1 § SoL
 * (2025:400), 4 kap. 1 § of the old SoL, or 11 § LVU. The deadline-service starts the IVO three-month watch from
 * {@code beslutsdatum}, which may lie in the past when the decision is registered late.
 *
 * @param uppdragId          the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param uppdragstyp        {@code INSATS_UNDER_UTREDNING} or {@code BEVILJAD_INSATS} (the schema also admits
 *                           {@code UTREDNINGSUPPDRAG}, the whole enumeration)
 * @param barn               the child, pseudonymised
 * @param insatstyp          code of the intervention from the configurable catalogue
 * @param beslutsdatum       date of the decision
 * @param lagrum             {@code SOL_2025_11_1}, {@code SOL_2001_4_1} or {@code LVU_11}
 * @param periodFrom         first day of a time-limited decision period, or {@code null}
 * @param periodTom          last day of a time-limited decision period, or {@code null}
 * @param mal                the goals of the intervention
 * @param myndighetsenhet    code of the social secretary's investigating unit
 * @param socialsekreterare  staff id of the responsible social secretary
 * @param utforarenhet       code of the performing unit that gave its go-ahead
 * @param beslutRegistrerat  when the decision was registered
 */
@ContractEvent(type = "InsatsBeviljad", topic = Topics.UPPDRAG)
public record InsatsBeviljad(
        String uppdragId,
        String uppdragstyp,
        Barn barn,
        String insatstyp,
        LocalDate beslutsdatum,
        String lagrum,
        LocalDate periodFrom,
        LocalDate periodTom,
        List<Mal> mal,
        String myndighetsenhet,
        String socialsekreterare,
        String utforarenhet,
        Instant beslutRegistrerat) {
}
