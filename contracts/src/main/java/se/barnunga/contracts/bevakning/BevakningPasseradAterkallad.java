package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A {@link BevakningPasserad} of the watch is withdrawn: the deadline turned out not to have passed. A fact dated on or
 * before the due date arrived after the alert (e.g. a backdated start registered after a backdated decision) and met
 * ({@code UPPFYLLD_INOM_FRIST}) or cancelled ({@code AVBRUTEN_INOM_FRIST}) the watch in time, or a later fact moved the
 * due date beyond the moment of this event ({@code FORFALLODATUM_ANDRAT}; the watch is open again with the new due date
 * of the {@link BevakningStartad} just before). Consumers treat the case as never overdue for this watch; the alert
 * needs no acknowledgement. For an IVO watch, {@link IvoRapporteringAterkallad} follows.
 *
 * @param bevakningId   the watch (see {@link BevakningStartad})
 * @param forfallodatum the due date the alert was raised for
 * @param orsak         {@code UPPFYLLD_INOM_FRIST}, {@code AVBRUTEN_INOM_FRIST} or {@code FORFALLODATUM_ANDRAT}
 * @param datum         the date the watch was met or cancelled, or (for {@code FORFALLODATUM_ANDRAT}) the new due date
 * @param aterkallad    when the service withdrew it
 */
@ContractEvent(type = "BevakningPasseradÅterkallad", topic = Topics.BEVAKNING)
public record BevakningPasseradAterkallad(
        String bevakningId,
        String regelId,
        String arendetyp,
        String arendeId,
        String myndighetsenhet,
        String utforarenhet,
        String socialsekreterare,
        LocalDate forfallodatum,
        String orsak,
        LocalDate datum,
        Instant aterkallad) {
}
