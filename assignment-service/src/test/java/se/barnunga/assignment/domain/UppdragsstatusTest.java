package se.barnunga.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragsstatus.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.barnunga.assignment.domain.Handelser.*;

/**
 * The one status transition ({@link Uppdragsstatus#efter}) the aggregate, the list projection and the case file share:
 * every event that moves the assignment, the events whose effect depends on the state, and the events that leave the
 * status as it was.
 */
class UppdragsstatusTest {

    private static final LocalDate DATUM = LocalDate.of(2026, 3, 4);

    /** Each event that moves the assignment: the status before it, and the status after it. */
    static Stream<Arguments> overgangar() {
        return Stream.of(
                overgang(null, registrerad(Uppdragstyp.BEVILJAD_INSATS), FORFRAGAN),
                overgang(null, forfragan(), FORFRAGAN),
                overgang(AVBOJT, forfragan(2, ANNAN_UTFORARENHET), FORFRAGAN),
                overgang(HINDRAT, forfragan(2, ANNAN_UTFORARENHET), FORFRAGAN),
                overgang(FORFRAGAN, avbojd(), AVBOJT),
                overgang(KLARTECKEN, beslut(Uppdragstyp.BEVILJAD_INSATS), BESLUTAT),
                overgang(KLARTECKEN, beslut(Uppdragstyp.UTREDNINGSUPPDRAG), BESLUTAT),
                overgang(BESLUTAT, skickat(Uppdragstyp.BEVILJAD_INSATS), SKICKAT),
                overgang(SKICKAT, mottaget(), MOTTAGET),
                overgang(MOTTAGET, utsedd(), TILLDELAT),
                overgang(TILLDELAT, hindrad(Hinder.KAN_INTE_TA_SIG_AN), HINDRAT),
                overgang(TILLDELAT, planerat(), PLANERAT),
                overgang(PLANERAT, verkstalld(START), VERKSTALLT),
                overgang(VERKSTALLT, avbruten(DATUM), AVBRUTET),
                overgang(AVBRUTET, aterupptagen(), VERKSTALLT),
                overgang(VERKSTALLT, aterkallat(DATUM), ATERKALLAT),
                overgang(VERKSTALLT, insatsAvslutad(Riskniva.MINSKAD), INSATS_AVSLUTAD),
                overgang(INSATS_AVSLUTAD, uppdragAvslutat(), AVSLUTAT));
    }

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @MethodSource("overgangar")
    void the_event_moves_the_assignment(Uppdragsstatus fore, UppdragHandelse handelse, Uppdragsstatus efter) {
        assertThat(Uppdragsstatus.efter(fore, false, handelse)).isEqualTo(efter);
        assertThat(Uppdragsstatus.efter(fore, true, handelse)).as("after the decision").isEqualTo(efter);
    }

    @Test
    void the_go_ahead_before_the_decision_gives_klartecken() {
        assertThat(Uppdragsstatus.efter(FORFRAGAN, false, klartecken())).isEqualTo(KLARTECKEN);
    }

    @Test
    void the_go_ahead_of_another_unit_after_the_decision_makes_the_assignment_ready_to_be_sent_again() {
        assertThat(Uppdragsstatus.efter(FORFRAGAN, true, klartecken(2, ANNAN_UTFORARENHET, "lisa"))).isEqualTo(BESLUTAT);
    }

    @ParameterizedTest
    @EnumSource(value = Uppdragsstatus.class, names = "MOTTAGET", mode = EnumSource.Mode.EXCLUDE)
    void appointing_a_performer_moves_only_a_received_assignment(Uppdragsstatus fore) {
        assertThat(Uppdragsstatus.efter(fore, true, utsedd(ANNAN_UTFORARENHET, "ivar"))).isEqualTo(fore);
    }

    @ParameterizedTest
    @EnumSource(Uppdragsstatus.class)
    void a_delay_leaves_the_status(Uppdragsstatus fore) {
        assertThat(Uppdragsstatus.efter(fore, true, hindrad(Hinder.KAN_INTE_VERKSTALLA_INOM_SKALIG_TID))).isEqualTo(fore);
    }

    /** Each event that never moves the assignment. */
    static Stream<Named<Object>> ovrigaHandelser() {
        return ovriga().stream().map(h -> Named.of(h.getClass().getSimpleName(), h));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ovrigaHandelser")
    void the_event_leaves_the_status(UppdragHandelse handelse) {
        for (Uppdragsstatus fore : Uppdragsstatus.values()) {
            assertThat(Uppdragsstatus.efter(fore, false, handelse)).as("%s", fore).isEqualTo(fore);
            assertThat(Uppdragsstatus.efter(fore, true, handelse)).as("%s after the decision", fore).isEqualTo(fore);
        }
    }

    @Test
    void every_event_is_covered_here() {
        Set<Class<?>> tackta = new HashSet<>();
        overgangar().forEach(a -> tackta.add(((Named<?>) a.get()[1]).getPayload().getClass()));
        ovriga().forEach(h -> tackta.add(h.getClass()));
        tackta.add(KlarteckenLamnat.class);

        assertThat(tackta).as("a new event in Handelser: decide here whether it moves the assignment")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Handelser.class.getDeclaredClasses())
                        .filter(Class::isRecord).toList());
    }

    private static Arguments overgang(Uppdragsstatus fore, Object handelse, Uppdragsstatus efter) {
        return Arguments.of(fore, Named.of(handelse.getClass().getSimpleName(), handelse), efter);
    }

    private static List<Object> ovriga() {
        return List.of(
                samtycke(VH1, SAMTYCKT),
                // a withdrawal of consent and the re-decision show in the case's samtyckeEfterBeslut, not in its status
                new SamtyckeAterkallat(ID, BARN, Samtyckespart.VARDNADSHAVARE, Aterkallare.VARDNADSHAVARE, VH1, DATUM,
                        Lagrum.SOL_2025_11_1, MYNDIGHETSENHET, "anna", TIDIGARE),
                new BeslutOmprovat(ID, BARN, Omprovningsgrund.NAMNDBESLUT_LVU_11, DATUM, Lagrum.LVU_11, "Skäl", null,
                        LVU_VARD, namndbeslut(DATUM), MYNDIGHETSENHET, "anna", TIDIGARE),
                new FormoteGenomfort(ID, MOTE, DELTAGARE, MOTE.plusDays(7), "Kontoret", null, BARNETS_DELAKTIGHET,
                        Motesledning.GEMENSAM, true, TIDIGARE),
                new StartBekraftad(ID, START, false, "Alva var sjuk", TIDIGARE),
                uppskov(START.plusDays(7)),
                planUpprattad(),
                planReviderad(2, DATUM),
                new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.VARDNADSHAVARE), PLANDATUM, TIDIGARE),
                new GenomforandeplanEfterfragad(ID, TIDIGARE),
                invandning("inv-1"),
                invandningHanterad("inv-1"),
                redogorelse(Uppdragstyp.UTREDNINGSUPPDRAG, DATUM),
                risk(Riskniva.MINSKAD, false),
                sammanfattning(),
                new FragaOmUppdragetStalld(ID, "f-1", "Oklart", UTFORARENHET, "mats", TIDIGARE),
                new FragaOmUppdragetBesvarad(ID, "f-1", "Svar", "anna", TIDIGARE),
                new NyInformationLamnad(ID, "i-1", "Ny information", "ulla", "anna", TIDIGARE),
                new FamiljenInformeradInforAvslut(ID, DATUM, Set.of(Mottagare.BARNET, Mottagare.VARDNADSHAVARE), "ulla", TIDIGARE));
    }

    private static VerkstallighetAterupptagen aterupptagen() {
        return new VerkstallighetAterupptagen(ID, DATUM, DATUM.plusDays(3), "ulla", TIDIGARE);
    }
}
