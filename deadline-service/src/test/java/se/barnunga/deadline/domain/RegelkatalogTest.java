package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.deadline.domain.BevakningFixtures.dag;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.barnunga.contracts.ContractCatalog;

/**
 * The rule catalogue as data: every rule of the deadline catalogue (docs/architecture.md, "Deadlines as data"),
 * versions that follow each other, events of the contract.
 */
class RegelkatalogTest {

    static final List<String> DESIGNENS_REGLER = List.of(Regelkatalog.VERKSTALLIGHET_START, Regelkatalog.IVO_EJ_VERKSTALLT,
            Regelkatalog.IVO_AVBROTT, Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, Regelkatalog.FORSTA_UPPFOLJNING,
            Regelkatalog.NASTA_UPPFOLJNING, Regelkatalog.BESLUTSPERIOD_SLUTAR, Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG,
            Regelkatalog.SKYDDSBEDOMNING, Regelkatalog.SKRIFTLIG_BEKRAFTELSE, Regelkatalog.ATERKOPPLING,
            Regelkatalog.FORHANDSBEDOMNING, Regelkatalog.SAMTYCKE_ATERKALLAT, Regelkatalog.ATGARD_EFTER_UPPFOLJNING,
            Regelkatalog.UPPFOLJNING_FORE_UTREDNINGENS_SLUT, Regelkatalog.MOTTAGANDE_BEKRAFTAT,
            Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD);

    static Stream<String> regler() {
        return DESIGNENS_REGLER.stream();
    }

    @Test
    void every_rule_of_the_design_is_there_and_no_other() {
        assertThat(Regelkatalog.regelIds()).containsExactlyInAnyOrderElementsOf(DESIGNENS_REGLER);
        assertThat(List.of("VERKSTALLIGHET_START", "IVO_EJ_VERKSTALLT", "IVO_AVBROTT", "IVO_VERKSTALLT_EFTER_RAPPORT",
                "FORSTA_UPPFOLJNING", "NASTA_UPPFOLJNING", "BESLUTSPERIOD_SLUTAR", "REDOGORELSE_UTREDNINGSUPPDRAG",
                "SKYDDSBEDOMNING", "SKRIFTLIG_BEKRAFTELSE", "ATERKOPPLING", "FORHANDSBEDOMNING", "SAMTYCKE_ATERKALLAT",
                "ATGARD_EFTER_UPPFOLJNING", "UPPFOLJNING_FORE_UTREDNINGENS_SLUT", "MOTTAGANDE_BEKRAFTAT",
                "GENOMFORANDEPLAN_UPPRATTAD"))
                .isEqualTo(DESIGNENS_REGLER);
    }

    @Test
    void a_rule_that_starts_after_another_passed_comes_after_it() {
        List<String> ordning = Regelkatalog.regelIds();
        for (Regel r : Regelkatalog.regler()) {
            for (Handelsemonster m : r.start()) {
                if (m.efterPasseradRegel() != null) {
                    assertThat(ordning.indexOf(m.efterPasseradRegel())).as(r.id() + " after " + m.efterPasseradRegel())
                            .isLessThan(ordning.indexOf(r.id()));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("regler")
    void versions_follow_each_other_without_overlap_or_gap_from_1980_on(String regelId) {
        List<Regel> versioner = Regelkatalog.versioner(regelId);
        assertThat(versioner).isNotEmpty();
        assertThat(versioner).extracting(Regel::version).isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, versioner.size()).boxed().toList());
        assertThat(versioner.get(0).giltigFran()).isEqualTo(dag("1980-01-01"));
        for (int i = 0; i < versioner.size() - 1; i++) {
            Regel denna = versioner.get(i);
            Regel nasta = versioner.get(i + 1);
            assertThat(denna.giltigTill()).as(regelId + " v" + denna.version() + " ends").isNotNull();
            assertThat(nasta.giltigFran()).as(regelId + " v" + nasta.version() + " starts the day after")
                    .isEqualTo(denna.giltigTill().plusDays(1));
        }
        assertThat(versioner.get(versioner.size() - 1).giltigTill()).as("the last version is in force").isNull();
        // every day applies to exactly one version: the edges and a sample of days
        for (LocalDate d = dag("1980-01-01"); d.isBefore(dag("2040-01-01")); d = d.plusDays(97)) {
            LocalDate dagen = d;
            assertThat(versioner.stream().filter(r -> r.galler(dagen)).count()).as(regelId + " on " + d).isEqualTo(1);
        }
        for (Regel r : versioner) {
            for (LocalDate kant : Stream.of(r.giltigFran(), r.giltigFran().minusDays(1), r.giltigTill(),
                    r.giltigTill() == null ? null : r.giltigTill().plusDays(1)).filter(java.util.Objects::nonNull)
                    .filter(k -> !k.isBefore(dag("1980-01-01"))).toList()) {
                assertThat(versioner.stream().filter(v -> v.galler(kant)).count()).as(regelId + " on " + kant).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("regler")
    void versions_of_one_rule_agree_on_what_they_watch(String regelId) {
        List<Regel> versioner = Regelkatalog.versioner(regelId);
        Regel forsta = versioner.get(0);
        for (Regel r : versioner) {
            assertThat(r.arendetyp()).isEqualTo(forsta.arendetyp());
            assertThat(r.start()).isEqualTo(forsta.start());
            assertThat(r.forekomstfalt()).isEqualTo(forsta.forekomstfalt());
            assertThat(r.ivo()).isEqualTo(forsta.ivo());
            assertThat(r.namn()).isNotBlank();
            assertThat(r.kalla()).isNotBlank();
            assertThat(r.beskrivning()).isNotBlank();
            assertThat(r.frist()).isNotNull();
        }
    }

    @Test
    void every_event_named_is_a_contract_event_or_the_services_own_ivo_report() {
        for (Regel r : Regelkatalog.regler()) {
            for (Handelsemonster m : Stream.of(r.start(), r.uppfylls(), r.avbryts()).flatMap(List::stream).toList()) {
                assertThat(ContractCatalog.forType(m.handelse()).isPresent()
                        || m.handelse().equals(Handelsetyper.IVO_RAPPORT_INLAMNAD))
                        .as(r.id() + " v" + r.version() + ": " + m.handelse()).isTrue();
                assertThat(Handelsetyper.LASTA.contains(m.handelse()) || m.handelse().equals(Handelsetyper.IVO_RAPPORT_INLAMNAD))
                        .as("the consumer reads " + m.handelse()).isTrue();
            }
        }
    }

    @Test
    void the_fields_read_are_fields_of_the_contract_events() {
        for (Regel r : Regelkatalog.regler()) {
            for (Handelsemonster m : Stream.of(r.start(), r.uppfylls(), r.avbryts()).flatMap(List::stream).toList()) {
                var typ = ContractCatalog.forType(m.handelse());
                if (typ.isEmpty()) {
                    continue;
                }
                List<String> falt = Stream.of(typ.get().getRecordComponents()).map(c -> c.getName()).toList();
                if (m.datumfalt() != null) {
                    assertThat(falt).as(r.id() + ": " + m.handelse()).contains(m.datumfalt());
                }
                for (Villkor v : m.villkor()) {
                    if (!v.falt().startsWith("arende.") && !v.falt().equals(Handelsetyper.NEGATIV_FORANDRING)) {
                        assertThat(falt).as(r.id() + ": " + m.handelse()).contains(v.falt());
                    }
                }
            }
        }
    }

    @Test
    void cancelling_events_give_a_reason_and_stop_events_say_which_watches_they_end() {
        for (Regel r : Regelkatalog.regler()) {
            r.avbryts().forEach(m -> assertThat(m.orsak()).as(r.id()).isNotBlank());
            r.uppfylls().forEach(m -> assertThat(m.matchning()).as(r.id()).isNotNull());
            r.start().forEach(m -> assertThat(m.matchning()).as(r.id()).isNull());
        }
    }

    @Test
    void the_ivo_versions_follow_the_law_in_force_on_the_decision_date() {
        assertThat(Regelkatalog.version(Regelkatalog.IVO_EJ_VERKSTALLT, dag("2025-06-30")).orElseThrow())
                .satisfies(r -> {
                    assertThat(r.version()).isEqualTo(1);
                    assertThat(r.kalla()).isEqualTo("16 kap. 6 f § SoL (2001:453)");
                });
        assertThat(Regelkatalog.version(Regelkatalog.IVO_EJ_VERKSTALLT, dag("2025-07-01")).orElseThrow())
                .satisfies(r -> {
                    assertThat(r.version()).isEqualTo(2);
                    assertThat(r.kalla()).isEqualTo("34 kap. 1 § SoL (2025:400)");
                });
        assertThat(Regelkatalog.version(Regelkatalog.IVO_AVBROTT, dag("2025-06-30")).orElseThrow().kalla())
                .isEqualTo("16 kap. 6 f § andra stycket SoL (2001:453)");
        assertThat(Regelkatalog.version(Regelkatalog.IVO_AVBROTT, dag("2025-07-01")).orElseThrow().kalla())
                .isEqualTo("34 kap. 1 § SoL (2025:400)");
        assertThat(Regelkatalog.version(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, dag("2025-06-30")).orElseThrow().kalla())
                .isEqualTo("16 kap. 6 g § SoL (2001:453)");
        assertThat(Regelkatalog.version(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, dag("2025-07-01")).orElseThrow().kalla())
                .isEqualTo("34 kap. 2 § SoL (2025:400)");
        assertThat(Regelkatalog.NYA_SOL).isEqualTo(dag("2025-07-01"));
    }

    @Test
    void the_ivo_rules_are_the_legal_three_month_rules_on_intervention_decisions() {
        for (String id : List.of(Regelkatalog.IVO_EJ_VERKSTALLT, Regelkatalog.IVO_AVBROTT)) {
            for (Regel r : Regelkatalog.versioner(id)) {
                assertThat(r.ivo()).isTrue();
                assertThat(r.kalltyp()).isEqualTo(Regel.Kalltyp.LAG);
                assertThat(r.frist()).isEqualTo(Frist.kalendermanader(3));
                assertThat(r.arendetyp()).isEqualTo(Arendetyp.UPPDRAG);
            }
        }
        assertThat(Regelkatalog.regler().stream().filter(Regel::ivo).map(Regel::id).distinct())
                .containsExactlyInAnyOrder(Regelkatalog.IVO_EJ_VERKSTALLT, Regelkatalog.IVO_AVBROTT);
        assertThat(Regelkatalog.IVO_LAGRUM).containsExactlyInAnyOrder("SOL_2025_11_1", "SOL_2001_4_1");
    }

    @Test
    void the_ivo_rules_state_which_legal_bases_they_cover_and_young_adults_and_lvu_are_not_among_them() {
        assertThat(Regelkatalog.IVO_LAGRUM).doesNotContain("SOL_2025_13_7", "SOL_2001_3_6B", "LVU_11");
        for (String id : List.of(Regelkatalog.IVO_EJ_VERKSTALLT, Regelkatalog.IVO_AVBROTT)) {
            for (Regel r : Regelkatalog.versioner(id)) {
                assertThat(r.beskrivning()).as(id).contains("11 kap. 1 § SoL (2025:400)", "4 kap. 1 § SoL (2001:453)",
                        "inte beslut för unga vuxna enligt 13 kap. 7 § SoL (tidigare 3 kap. 6 b §) och inte 11 § LVU");
            }
        }
    }

    @Test
    void every_source_fits_the_contract_field() {
        // BevakningStartad.kalla: 1–256 characters (schema)
        for (Regel r : Regelkatalog.regler()) {
            assertThat(r.kalla()).as(r.id() + " v" + r.version()).isNotBlank().hasSizeLessThanOrEqualTo(256);
        }
    }

    @Test
    void the_deadlines_the_municipality_sets_follow_its_settings() {
        List<Regel> standard = Regelkatalog.regler(Regelinstallningar.STANDARD);
        List<Regel> egna = Regelkatalog.regler(new Regelinstallningar(7, 21));
        assertThat(regel(standard, Regelkatalog.SAMTYCKE_ATERKALLAT).frist()).isEqualTo(Frist.dagar(14));
        assertThat(regel(standard, Regelkatalog.ATGARD_EFTER_UPPFOLJNING).frist()).isEqualTo(Frist.dagar(14));
        assertThat(regel(egna, Regelkatalog.SAMTYCKE_ATERKALLAT).frist()).isEqualTo(Frist.dagar(7));
        assertThat(regel(egna, Regelkatalog.SAMTYCKE_ATERKALLAT).beskrivning()).contains("inom 7 dagar");
        assertThat(regel(egna, Regelkatalog.ATGARD_EFTER_UPPFOLJNING).frist()).isEqualTo(Frist.dagar(21));
        assertThat(regel(egna, Regelkatalog.ATGARD_EFTER_UPPFOLJNING).paminnelseDagar()).isEqualTo(4);
        assertThat(regel(Regelkatalog.regler(new Regelinstallningar(1, 2)), Regelkatalog.ATGARD_EFTER_UPPFOLJNING)
                .paminnelseDagar()).as("a reminder never before the watch starts").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Regelinstallningar(0, 14))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Regelkatalog.regler()).as("in force without other settings").isEqualTo(standard);
    }

    private static Regel regel(List<Regel> regler, String id) {
        return regler.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_concern_rules_watch_concerns_and_the_others_assignments() {
        for (Regel r : Regelkatalog.regler()) {
            boolean oro = List.of(Regelkatalog.SKYDDSBEDOMNING, Regelkatalog.SKRIFTLIG_BEKRAFTELSE, Regelkatalog.ATERKOPPLING,
                    Regelkatalog.FORHANDSBEDOMNING).contains(r.id());
            assertThat(r.arendetyp()).as(r.id()).isEqualTo(oro ? Arendetyp.ORO : Arendetyp.UPPDRAG);
        }
    }

    @Test
    void the_concern_law_versions_change_with_the_new_act() {
        assertThat(Regelkatalog.version(Regelkatalog.SKYDDSBEDOMNING, dag("2025-06-30")).orElseThrow().kalla())
                .isEqualTo("11 kap. 1 a § SoL (2001:453)");
        assertThat(Regelkatalog.version(Regelkatalog.SKYDDSBEDOMNING, dag("2025-07-01")).orElseThrow().kalla())
                .isEqualTo("20 kap. 1 § SoL (2025:400)");
        assertThat(Regelkatalog.version(Regelkatalog.FORHANDSBEDOMNING, dag("2025-07-01")).orElseThrow().kalla())
                .isEqualTo("20 kap. 2 § SoL (2025:400)");
        assertThat(Regelkatalog.version(Regelkatalog.FORHANDSBEDOMNING, dag("1979-12-31"))).isEmpty();
    }
}
