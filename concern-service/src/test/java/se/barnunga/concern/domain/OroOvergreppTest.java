package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.platform.domain.Roll;

/**
 * Informing the family when abuse is suspected.
 */
class OroOvergreppTest extends OroLamnaTestBase {

    // ==== Telling the family, person by person (H4) ==================================================================

    /**
     * The routine's body: "Observera att vid misstanke om fysiskt, psykiskt eller sexuellt övergrepp ska inte
     * vårdnadshavare eller annan familjemedlem informeras" – by anyone; and the checklist's "Under förutsättning att
     * oron inte gäller en förälders eller annan närståendes våld eller annat övergrepp mot barnet, ska vårdnadshavaren,
     * och barnet om hen fyllt 15 år eller utifrån barnets ålder och mognad informeras".
     */
    @Nested
    @DisplayName("Informering av familjen vid misstanke om övergrepp")
    class FamiljenVidOvergrepp {

        private OroLamnad lamnad(Anmalan a) {
            return a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST, FRISTER_SKRIFTLIG);
        }

        private static Varden.Familjemedlem vh(boolean informerad) {
            return new Varden.Familjemedlem(Familjerelation.VARDNADSHAVARE, informerad);
        }

        private static Varden.Familjemedlem annan(boolean informerad) {
            return new Varden.Familjemedlem(Familjerelation.ANNAN_FAMILJEMEDLEM, informerad);
        }

        @Test
        void suspected_physical_abuse_by_anyone_gives_one_deviation_per_guardian_and_family_member_told_and_is_accepted() {
            Anmalan a = anmalan(x -> {
                x.misstanktOvergrepp = List.of(Overgreppstyp.FYSISKT);
                x.informering = Informering.av(List.of(vh(true), vh(true), annan(true), annan(false)), null, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(lamnad(a),
                            avvikelseFor(Avvikelsetyp.VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP, 0, UTFORARENHET, INKOM),
                            avvikelseFor(Avvikelsetyp.VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP, 1, UTFORARENHET, INKOM),
                            avvikelseFor(Avvikelsetyp.FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP, 2, UTFORARENHET, INKOM))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @ParameterizedTest
        @EnumSource(Overgreppstyp.class)
        void every_kind_of_suspected_abuse_forbids_telling_another_family_member(Overgreppstyp typ) {
            Anmalan a = anmalan(x -> {
                x.misstanktOvergrepp = List.of(typ);
                x.informering = Informering.av(List.of(vh(false), annan(true)), null, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a),
                            avvikelseFor(Avvikelsetyp.FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP, 1, UTFORARENHET, INKOM));
        }

        @Test
        void violence_by_a_parent_and_another_family_member_told_is_a_deviation_too() {
            Anmalan a = anmalan(x -> {
                x.omValdEllerOvergrepp = true;
                x.informering = Informering.av(List.of(vh(false), annan(true)), null, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a),
                            avvikelseFor(Avvikelsetyp.FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP, 1, UTFORARENHET, INKOM));
        }

        @Test
        void suspected_abuse_and_nobody_told_without_a_reason_is_no_deviation() {
            Anmalan a = anmalan(x -> {
                x.misstanktOvergrepp = List.of(Overgreppstyp.PSYKISKT, Overgreppstyp.SEXUELLT);
                x.barn = barnFodd(LocalDate.of(2009, 1, 1)); // 17: would otherwise have to be told
                x.informering = Informering.av(List.of(vh(false), vh(false), annan(false)), false, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void suspected_abuse_and_only_the_child_told_is_no_deviation() {
            Anmalan a = anmalan(x -> {
                x.misstanktOvergrepp = List.of(Overgreppstyp.PSYKISKT);
                x.informering = Informering.av(List.of(vh(false)), true, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void the_kinds_of_abuse_are_kept_once_each_in_order() {
            Anmalan a = anmalan(x -> {
                x.misstanktOvergrepp = List.of(Overgreppstyp.SEXUELLT, Overgreppstyp.FYSISKT, Overgreppstyp.SEXUELLT);
                x.informering = Informering.av(List.of(vh(false)), null, null);
            });
            Anmalan forvantad = anmalan(x -> {
                x.misstanktOvergrepp = List.of(Overgreppstyp.FYSISKT, Overgreppstyp.SEXUELLT);
                x.informering = Informering.av(List.of(vh(false)), null, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(forvantad));
        }

        @Test
        void without_abuse_one_guardian_of_two_not_told_without_a_reason_is_recorded() {
            Anmalan a = anmalan(x -> x.informering = Informering.av(List.of(vh(true), vh(false)), null, null));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a),
                            avvikelse(Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, UTFORARENHET, INKOM, "skalAttInteInformera"));
        }

        @Test
        void without_abuse_a_list_without_a_guardian_counts_as_the_guardians_not_told() {
            Anmalan a = anmalan(x -> x.informering = Informering.av(List.of(annan(true)), null, null));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a),
                            avvikelse(Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, UTFORARENHET, INKOM, "skalAttInteInformera"));
        }

        @Test
        void without_abuse_every_guardian_told_and_another_family_member_too_is_no_deviation() {
            Anmalan a = anmalan(x -> x.informering = Informering.av(List.of(vh(true), vh(true), annan(true)), null, null));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void a_child_under_15_told_by_age_and_maturity_is_no_deviation() {
            Anmalan a = anmalan(x -> {
                x.barn = barnFodd(LocalDate.of(2014, 6, 1)); // 11
                x.informering = Informering.av(List.of(vh(true)), true, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void a_child_of_16_not_told_without_abuse_and_without_a_reason_is_recorded() {
            Anmalan a = anmalan(x -> {
                x.barn = barnFodd(LocalDate.of(2010, 1, 1));
                x.informering = Informering.av(List.of(vh(true), vh(true)), false, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a),
                            avvikelse(Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, UTFORARENHET, INKOM, "skalAttInteInformera"));
        }

        @Test
        void the_guardians_flag_is_derived_from_the_list() {
            org.assertj.core.api.Assertions.assertThat(Informering.av(List.of(vh(true), vh(true), annan(false)), null, null)
                    .vardnadshavareInformerade()).isTrue();
            org.assertj.core.api.Assertions.assertThat(Informering.av(List.of(vh(true), vh(false)), null, null)
                    .vardnadshavareInformerade()).isFalse();
            org.assertj.core.api.Assertions.assertThat(Informering.av(List.of(annan(true)), null, null)
                    .vardnadshavareInformerade()).isFalse();
        }
    }
}
