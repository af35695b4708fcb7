package se.barnunga.contracts.bevakning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A decision on intervention not carried out within three months, or an interruption not resumed within three months,
 * must be reported to IVO (34 kap. 1 § SoL 2025:400, old 16 kap. 6 f § SoL 2001:453) in the quarter's report; raised
 * when the three months pass and again at the start of each later quarter until carried out, resumed or closed. The
 * person code and the reasons are never on Kafka: the report fetches them from the assignment-service.
 *
 * @param bevakningId    the watch (see {@link BevakningStartad})
 * @param regelId        {@code IVO_EJ_VERKSTALLT} or {@code IVO_AVBROTT}
 * @param uppdragId      the intervention's assignment id, also the CloudEvent {@code subject}
 * @param slag           {@code EJ_VERKSTALLT} (a decision not carried out) or {@code AVBROTT} (an interruption not resumed)
 * @param barn           the child's pseudonym, sex and birth year; null if not known
 * @param insatstyp      the type of intervention; null if not known
 * @param lagrum         the legal basis of the decision ({@code SOL_2025_11_1} or {@code SOL_2001_4_1})
 * @param myndighetsenhet the social secretary's unit, null if not known
 * @param beslutsdatum   the decision date
 * @param avbrottsdatum  the date of the interruption ({@code AVBROTT} only), else null
 * @param forfallodatum  the last day of the three months
 * @param kvartal        the quarter current when the service raised it (the quarter of {@code kravd}, calendar quarters
 *                       in Europe/Stockholm, e.g. {@code 2027-Q3}): the case must be in this quarter's report, on the list
 *                       of decisions not carried out (interruptions not resumed) while open at the quarter's end. Raised
 *                       once per quarter while open. For a decision registered late this is later than
 *                       {@code forstaKvartal}. When the service learns of the case only after it was carried out,
 *                       resumed or closed late (a backdated decision registered together with its late start), it is
 *                       raised once, {@code kvartal} then being the quarter it ended in
 * @param forstaGangen   true the first time the service raises it for the watch, false when raised again in a later
 *                       quarter
 * @param kravd          when the service raised it
 * @param forstaKvartal  the first quarter whose report must include the case: the quarter in which the three months
 *                       passed (the quarter of {@code forfallodatum} + 1 day). The case belongs in every quarter's report
 *                       from {@code forstaKvartal} through {@code kvartal}; when {@code forstaKvartal} is earlier than
 *                       {@code kvartal} (registered late) the earlier quarters' reports must include it too (amend a
 *                       report already submitted). Null on events published before the field existed
 */
@ContractEvent(type = "IvoRapporteringKrävs", topic = Topics.BEVAKNING)
public record IvoRapporteringKravs(
        String bevakningId,
        String regelId,
        String uppdragId,
        String slag,
        Barn barn,
        String insatstyp,
        String lagrum,
        String myndighetsenhet,
        LocalDate beslutsdatum,
        LocalDate avbrottsdatum,
        LocalDate forfallodatum,
        String kvartal,
        boolean forstaGangen,
        Instant kravd,
        String forstaKvartal) {

    /** The event as published before {@code forstaKvartal} existed. */
    public IvoRapporteringKravs(String bevakningId, String regelId, String uppdragId, String slag, Barn barn, String insatstyp,
            String lagrum, String myndighetsenhet, LocalDate beslutsdatum, LocalDate avbrottsdatum, LocalDate forfallodatum,
            String kvartal, boolean forstaGangen, Instant kravd) {
        this(bevakningId, regelId, uppdragId, slag, barn, insatstyp, lagrum, myndighetsenhet, beslutsdatum, avbrottsdatum,
                forfallodatum, kvartal, forstaGangen, kravd, null);
    }
}
