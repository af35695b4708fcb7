package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A watch (bevakning) of one deadline rule started for one case, or its due date moved by a later fact.
 *
 * @param bevakningId     the watch's stable id: {@code <regelId>:<arendeId>} or {@code <regelId>:<arendeId>:<occurrence>}
 * @param regelId         the rule in the deadline-service's catalogue (GET /api/bevakningsregler)
 * @param regelversion    the version of the rule that applies (by the date the watch counts from)
 * @param kalla           the rule's legal or routine source, e.g. {@code 34 kap. 1 § SoL (2025:400)}
 * @param arendetyp       {@code UPPDRAG} (an assignment or intervention) or {@code ORO} (a report of concern)
 * @param arendeId        the assignment id or the concern id, also the CloudEvent {@code subject}
 * @param barn            the child's pseudonym, sex and birth year; null if not known
 * @param myndighetsenhet the social secretary's unit, null if not known
 * @param utforarenhet    the performing unit, null if not known
 * @param socialsekreterare staff id of the responsible social secretary, null if not known
 * @param startdatum      the date the deadline counts from
 * @param forfallodatum   the last day on which the deadline is met
 * @param forfaller       the moment the watch passes (start of the day after the due date, Europe/Stockholm)
 * @param paminnelse      when a reminder is due, null if the rule has none
 * @param andrad          true when a later fact moved the due date of a watch already started
 * @param startad         when the watch was started (or changed)
 */
@ContractEvent(type = "BevakningStartad", topic = Topics.BEVAKNING)
public record BevakningStartad(
        String bevakningId,
        String regelId,
        int regelversion,
        String kalla,
        String arendetyp,
        String arendeId,
        Barn barn,
        String myndighetsenhet,
        String utforarenhet,
        String socialsekreterare,
        LocalDate startdatum,
        LocalDate forfallodatum,
        Instant forfaller,
        Instant paminnelse,
        boolean andrad,
        Instant startad) {
}
