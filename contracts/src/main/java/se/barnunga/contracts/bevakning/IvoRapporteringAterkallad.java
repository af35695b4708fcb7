package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * Every {@link IvoRapporteringKravs} of the watch is withdrawn, with its {@link BevakningPasseradAterkallad}: the
 * decision was carried out, the interruption resumed, or the case closed within the three months after all (a fact
 * dated in time arrived late), or the due date moved. The case is in no quarter's IVO report for this watch: remove it
 * from the reports of {@code forstaKvartal} through {@code senasteKvartal} (amend a submitted one). Should the watch pass
 * again later, a new {@code IvoRapporteringKravs} with {@code forstaGangen} {@code true} follows.
 *
 * @param bevakningId     the watch (see {@link BevakningStartad})
 * @param regelId         {@code IVO_EJ_VERKSTALLT} or {@code IVO_AVBROTT}
 * @param uppdragId       the intervention's assignment id, also the CloudEvent {@code subject}
 * @param slag            {@code EJ_VERKSTALLT} or {@code AVBROTT}
 * @param myndighetsenhet the social secretary's unit, null if not known
 * @param avbrottsdatum   the date of the interruption ({@code AVBROTT} only), else null
 * @param forfallodatum   the last day of the three months the requirement was raised for
 * @param forstaKvartal   the first quarter the requirement named (see {@link IvoRapporteringKravs#forstaKvartal()})
 * @param senasteKvartal  the last quarter it was raised for ({@link IvoRapporteringKravs#kvartal()})
 * @param orsak           as in {@link BevakningPasseradAterkallad}
 * @param aterkallad      when the service withdrew it
 */
@ContractEvent(type = "IvoRapporteringÅterkallad", topic = Topics.BEVAKNING)
public record IvoRapporteringAterkallad(
        String bevakningId,
        String regelId,
        String uppdragId,
        String slag,
        String myndighetsenhet,
        LocalDate avbrottsdatum,
        LocalDate forfallodatum,
        String forstaKvartal,
        String senasteKvartal,
        String orsak,
        Instant aterkallad) {
}
