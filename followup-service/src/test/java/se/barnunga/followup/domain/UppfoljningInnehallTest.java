package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Varden.Bedomning;

/**
 * What a held follow-up meeting records beyond the ratings (appendix 2, the BBIC scale, seed 002, SOSFS 2014:5 4 kap.
 * 22 §): the family members' view, the adaptations made (or that none were needed), the assessment of new needs after a
 * negative change, a standardised assessment instrument used, and the goals for the coming period.
 */
class UppfoljningInnehallTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    /** A meeting registered on the standard booked case that is expected to be recorded as given. */
    private void registreras(Uppfoljningsmote m) {
        given(bokadMedSammanfattning())
                .when(m.kommando())
                .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
    }

    private static final List<Bedomning> EN_NEGATIV = List.of(
            new Bedomning(MAL_SKOLA.malId(), Bbicskala.NEGATIV_FORANDRING, "Alva går inte till skolan alls längre."),
            new Bedomning(MAL_FAMILJ.malId(), Bbicskala.INGEN_FORANDRING, "Konflikterna hemma är lika många."));

    // ==== L1/L8: the family's view ==================================================================================

    @Nested
    @DisplayName("Familjens uppfattning (bilaga 2)")
    class Familjen {

        @ParameterizedTest(name = "uppfattning [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void when_guardians_took_part_their_view_is_required(String uppfattning) {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.familjensUppfattning = uppfattning).kommando())
                    .expectException(violates("familjensUppfattning", "UPPFATTNING_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void when_another_relative_took_part_their_view_is_required() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> {
                        m.deltagare = Set.of(Deltagare.BARNET, Deltagare.ANNAN_NARSTAENDE, Deltagare.SOCIALSEKRETERARE);
                        m.familjensUppfattning = null;
                    }).kommando())
                    .expectException(violates("familjensUppfattning", "UPPFATTNING_KRAVS"));
        }

        @Test
        void when_only_the_child_of_the_family_took_part_the_childs_view_is_enough() {
            registreras(uppfoljningsmote(m -> {
                m.deltagare = Set.of(Deltagare.BARNET, Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);
                m.familjensUppfattning = null;
            }));
        }

        @Test
        void the_familys_view_is_recorded() {
            registreras(new Uppfoljningsmote());
        }
    }

    // ==== I8: adaptations ===========================================================================================

    @Nested
    @DisplayName("Anpassningar av insatsen")
    class Anpassningar {

        @ParameterizedTest(name = "anpassningar [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void the_adaptations_made_are_required(String anpassningar) {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.anpassningar = anpassningar).kommando())
                    .expectException(violates("anpassningar", "ANPASSNINGAR_KRAVS"))
                    .expectNoEvents();
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> {
                        m.anpassningar = anpassningar;
                        m.ingaAnpassningarBehovdes = false;
                    }).kommando())
                    .expectException(violates("anpassningar", "ANPASSNINGAR_KRAVS"));
        }

        @Test
        void or_the_statement_that_none_were_needed() {
            registreras(uppfoljningsmote(m -> {
                m.anpassningar = null;
                m.ingaAnpassningarBehovdes = true;
            }));
        }

        @Test
        void not_both() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.ingaAnpassningarBehovdes = true).kommando())
                    .expectException(violates("ingaAnpassningarBehovdes", "ANPASSNINGAR_MOTSAGELSE"));
        }
    }

    // ==== I7: negative change ========================================================================================

    @Nested
    @DisplayName("Negativ förändring: bedöm om barnet har nya behov")
    class NyaBehov {

        @ParameterizedTest
        @EnumSource(value = Utfall.class, names = {"FORTSATTA", "JUSTERA", "AVSLUTA"})
        void a_negative_change_without_a_new_investigation_needs_the_assessment_of_new_needs(Utfall utfall) {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> {
                        m.bedomningar = EN_NEGATIV;
                        m.utfall = utfall;
                        m.justering = utfall == Utfall.JUSTERA ? Justering.INTENSITET_OCH_INNEHALL : null;
                        m.nastaMote = bokning(utfall == Utfall.AVSLUTA ? AVSLUTNINGSMOTET : ANDRA_MOTET);
                    }).kommando())
                    .expectException(violates("bedomningAvNyaBehov", "BEDOMNING_AV_NYA_BEHOV_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void with_the_assessment_it_is_recorded() {
            registreras(uppfoljningsmote(m -> {
                m.bedomningar = EN_NEGATIV;
                m.bedomningAvNyaBehov = NYA_BEHOV;
            }));
        }

        @Test
        void a_new_investigation_is_itself_the_answer() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.bedomningar = EN_NEGATIV;
                x.utfall = Utfall.NY_UTREDNING;
                x.utredningsgrund = Utredningsgrund.NYA_BEHOV;
                x.nastaMote = null;
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true));
        }

        @Test
        void without_a_negative_change_it_is_not_required_but_kept_when_given() {
            registreras(uppfoljningsmote(m -> m.bedomningAvNyaBehov = NYA_BEHOV));
        }
    }

    // ==== P6: standardised assessment instrument =======================================================================

    @Nested
    @DisplayName("Standardiserat bedömningsinstrument")
    class Instrument {

        @Test
        void the_instruments_used_are_recorded() {
            registreras(uppfoljningsmote(m -> m.bedomningsinstrument = Set.of(Bedomningsinstrument.SDQ, Bedomningsinstrument.CSQ8)));
        }

        @Test
        void none_is_fine() {
            registreras(uppfoljningsmote(m -> m.bedomningsinstrument = Set.of()));
        }

        @Test
        void another_instrument_is_named() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningsinstrument = Set.of(Bedomningsinstrument.ANNAT)).kommando())
                    .expectException(violates("annatInstrument", "INSTRUMENT_KRAVS"));
            registreras(uppfoljningsmote(m -> {
                m.bedomningsinstrument = Set.of(Bedomningsinstrument.ANNAT);
                m.annatInstrument = "Beck Youth Inventories";
            }));
        }

        @Test
        void a_name_only_with_another_instrument() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> {
                        m.bedomningsinstrument = Set.of(Bedomningsinstrument.SDQ);
                        m.annatInstrument = "Beck Youth Inventories";
                    }).kommando())
                    .expectException(violates("annatInstrument", "ENDAST_VID_ANNAT"));
        }
    }

    // ==== I6: goals for the coming period =============================================================================

    @Nested
    @DisplayName("Mål för kommande period")
    class KommandePeriod {

        @Test
        void a_goal_for_the_coming_period_is_recorded_per_goal_and_optional() {
            registreras(uppfoljningsmote(m -> m.bedomningar = List.of(
                    new Bedomning(MAL_SKOLA.malId(), Bbicskala.POSITIV_FORANDRING_MAL_EJ_UPPFYLLT, "Tre dagar i veckan.",
                            "Delmål: fyra dagar i veckan före jullovet."),
                    new Bedomning(MAL_FAMILJ.malId(), Bbicskala.INGEN_FORANDRING, "Konflikterna kvarstår.", null))));
        }
    }
}
