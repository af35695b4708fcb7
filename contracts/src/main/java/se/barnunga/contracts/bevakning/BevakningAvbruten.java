package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A watch was cancelled: the deadline no longer applies.
 *
 * @param bevakningId   the watch (see {@link BevakningStartad})
 * @param orsak         why: {@code INSATS_AVSLUTAD}, {@code BESLUT_ATERKALLAT}, {@code UPPDRAG_AVSLUTAT},
 *                      {@code UPPFOLJNING_AVSLUTAD} (the follow-ups ended with a closing meeting or an outcome that does
 *                      not continue) or {@code REGEL_GALLER_INTE} (a later fact means the rule no longer applies)
 * @param avbrutenDatum the date of the fact that cancelled it
 * @param avbruten      when the service registered it
 */
@ContractEvent(type = "BevakningAvbruten", topic = Topics.BEVAKNING)
public record BevakningAvbruten(
        String bevakningId,
        String regelId,
        String arendetyp,
        String arendeId,
        String myndighetsenhet,
        String utforarenhet,
        String socialsekreterare,
        String orsak,
        LocalDate avbrutenDatum,
        Instant avbruten) {
}
