package se.barnunga.deadline.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.barnunga.platform.audit.AuditedCases;

/**
 * A quarter's IVO report: the decisions not carried out (and interruptions not resumed) within three months, and the
 * decisions reported earlier that were carried out or closed during the quarter. Every case listed is audited as read.
 */
public record IvoRapport(String kvartal, Instant framtagen, List<Individrapport> ejVerkstallda,
                         List<Individrapport> verkstalldaEllerAvslutadeEfterRapport) implements AuditedCases {

    @Override
    public Collection<String> auditedCaseIds() {
        Set<String> ids = new LinkedHashSet<>();
        ejVerkstallda.forEach(r -> ids.add(r.uppdragId()));
        verkstalldaEllerAvslutadeEfterRapport.forEach(r -> ids.add(r.uppdragId()));
        return ids;
    }

    /**
     * One individual report, with the fields IVO's e-service asks for.
     *
     * @param slag                 {@code EJ_VERKSTALLT} (a decision) or {@code AVBROTT} (an interruption)
     * @param personkod            birth date and a code whose gender digit is odd for a boy, even for a girl
     * @param verkstallighetsdatum the date the decision was carried out (for {@code EJ_VERKSTALLT}: up to the quarter's end)
     * @param aterupptagenDatum    for {@code AVBROTT}: the date carried out again, up to the quarter's end
     * @param avslutsdatum         the date closed for another reason (when not carried out first)
     * @param avslutsskal          the reason it was closed ({@code InsatsAvslutad}'s reason or {@code BESLUT_ATERKALLAT})
     * @param forstaKvartal        the quarter it was first reported for
     */
    public record Individrapport(String uppdragId, String slag, String personkod, String kon, LocalDate beslutsdatum,
                                 String insatstyp, String lagrum, String myndighetsenhet, LocalDate avbrottsdatum,
                                 List<Skal> skalForDrojsmal, LocalDate verkstallighetsdatum, LocalDate aterupptagenDatum,
                                 LocalDate avslutsdatum, String avslutsskal, String forstaKvartal) {
    }

    /** A reason for the delay: when, its source, the reason, what was offered meanwhile. */
    public record Skal(LocalDate datum, String kalla, String skal, String erbjudetUnderTiden) {
    }

    /**
     * The statistics for the municipal council and the auditors: what was not carried out (or resumed) at the quarter's
     * end, counted; no identifying data.
     *
     * @param enhet the unit counted (an enhetschef's own), null for every unit
     */
    public record Statistik(String kvartal, String enhet, Instant framtagen, long ejVerkstallda, long avbrott,
                            long verkstalldaEllerAvslutadeUnderKvartalet, List<Fordelning> perInsatstyp,
                            List<Fordelning> perTidSedanBeslut, List<Fordelning> perKon) {
    }

    /** One group's counts: decisions not carried out, interruptions not resumed, both. */
    public record Fordelning(String grupp, long ejVerkstallda, long avbrott, long totalt) {
    }

    /** The quarter's report marked as submitted for these cases. */
    public record Inlamning(String kvartal, Instant inlamnad, List<String> uppdrag) implements AuditedCases {

        @Override
        public Collection<String> auditedCaseIds() {
            return uppdrag;
        }
    }
}
