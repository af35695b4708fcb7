package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Tolkbehov;

/**
 * The förmöte and the planning meeting item by item of the routine's checklists: the förmöte sets the planning
 * meeting's time and place (E3), meets the need of an interpreter or other support (E4) and the family is called (E7);
 * the planning meeting records every point of "Checklista Planeringsmöte" (Bilaga 1, K0–K11).
 */
class UppdragPlaneringsmoteChecklistaTest {

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    /** Sent with an interpreter in Arabic named in the assignment, received and appointed. */
    private static List<Object> tilldelatMedTolk() {
        UppdragSkickat skickat = new UppdragSkickat(ID, BEVILJAD_INSATS, BARN, UTFORARENHET, MYNDIGHETSENHET, "anna",
                INSATSTYP, BESLUT, MAL, null, innehall(i -> i.tolkbehov = new Tolkbehov(true, "arabiska", null)), TIDIGARE);
        return handelser(tillBeslut(BEVILJAD_INSATS), skickat, mottaget(), utsedd());
    }

    // ==== Förmöte ============================================================================================

    private static final LocalDate FORMOTE = LocalDate.of(2026, 2, 13);
    private static final Set<Deltagare> PROFFS = Set.of(Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);

    private static RegistreraFormote formote(LocalDate planeringsmote, String plats, String tolk, Boolean kallad) {
        return new RegistreraFormote(ID, FORMOTE, PROFFS, planeringsmote, plats, tolk, BARNETS_DELAKTIGHET,
                Motesledning.GEMENSAM, kallad, ANNA, NU);
    }

    @Nested
    @DisplayName("RegistreraFormote: E3, E4, E7")
    class Formote {

        @Test
        void the_formote_sets_the_planning_meetings_time_and_place() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(null, "Familjecentralen", null, true))
                    .expectException(violates("planeringsmoteDatum", "PLANERINGSMOTE_DATUM_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(MOTE, " ", null, true))
                    .expectException(violates("planeringsmotePlats", "PLANERINGSMOTE_PLATS_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(FORMOTE.minusDays(1), "Familjecentralen", null, true))
                    .expectException(violates("planeringsmoteDatum", "PLANERINGSMOTE_FORE_FORMOTET"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(FORMOTE, "Familjecentralen", null, true))
                    .expectEvents(new FormoteGenomfort(ID, FORMOTE, PROFFS, FORMOTE, "Familjecentralen", null,
                            BARNETS_DELAKTIGHET, Motesledning.GEMENSAM, true, NU));
        }

        @Test
        void the_family_is_called_to_the_planning_meeting() {
            for (Boolean kallad : new Boolean[] {null, false}) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(formote(MOTE, "Familjecentralen", null, kallad))
                        .expectException(violates("familjenKallad", "FAMILJEN_SKA_KALLAS"))
                        .expectNoEvents();
            }
        }

        @Test
        void an_interpreter_named_in_the_assignment_is_planned_for() {
            given(tilldelatMedTolk())
                    .when(formote(MOTE, "Familjecentralen", null, true))
                    .expectException(violates("tolkOchStod", "TOLK_OCH_STOD_KRAVS"))
                    .expectNoEvents();
            given(tilldelatMedTolk())
                    .when(formote(MOTE, "Familjecentralen", "Tolk på arabiska bokad via tolkförmedlingen", true))
                    .expectEvents(new FormoteGenomfort(ID, FORMOTE, PROFFS, MOTE, "Familjecentralen",
                            "Tolk på arabiska bokad via tolkförmedlingen", BARNETS_DELAKTIGHET, Motesledning.GEMENSAM, true, NU));
        }

        @Test
        void other_communication_support_named_in_the_assignment_is_planned_for_too() {
            UppdragSkickat skickat = new UppdragSkickat(ID, BEVILJAD_INSATS, BARN, UTFORARENHET, MYNDIGHETSENHET, "anna",
                    INSATSTYP, BESLUT, MAL, null, innehall(i -> i.tolkbehov = new Tolkbehov(false, null, "Bildstöd")), TIDIGARE);
            given(tillBeslut(BEVILJAD_INSATS), skickat, mottaget(), utsedd())
                    .when(formote(MOTE, "Familjecentralen", null, true))
                    .expectException(violates("tolkOchStod", "TOLK_OCH_STOD_KRAVS"))
                    .expectNoEvents();
        }
    }

    // ==== Planeringsmöte =====================================================================================

    private static RegistreraPlaneringsmote mote(Consumer<Overenskommelser> andring) {
        return mote(DELTAGARE, andring);
    }

    private static RegistreraPlaneringsmote mote(Set<Deltagare> deltagare, Consumer<Overenskommelser> andring) {
        Overenskommelser o = new Overenskommelser();
        andring.accept(o);
        return new RegistreraPlaneringsmote(ID, MOTE, deltagare, true, null, true, true, START, null, START.plusDays(42), null,
                o.build(), ANNA, NU);
    }

    private static PlaneringsmoteGenomfort genomfort(Consumer<Overenskommelser> andring) {
        Overenskommelser o = new Overenskommelser();
        andring.accept(o);
        return new PlaneringsmoteGenomfort(ID, MOTE, DELTAGARE, true, null, true, START, null, START.plusDays(42), null,
                o.build(), "ulla", "anna", NU);
    }

    static Stream<Arguments> saknadePunkter() {
        return Stream.of(
                punkt("K1/F1 syftet förklarat", "syfteForklarat", "SYFTET_SKA_FORKLARAS", o -> o.syfteForklarat = false),
                punkt("K1/F1 syftet ej angivet", "syfteForklarat", "SYFTET_SKA_FORKLARAS", o -> o.syfteForklarat = null),
                punkt("K2 delar familjen synen på målen", "familjenDelarMalen", "FAMILJENS_SYN_PA_MALEN_KRAVS",
                        o -> o.familjenDelarMalen = null),
                punkt("K2 familjens syn när den inte delar målen", "familjensSynPaMalen", "FAMILJENS_SYN_PA_MALEN_KRAVS",
                        o -> o.familjenDelarMalen = false),
                punkt("K2 prioriterade mål", "prioriteradeMal", "PRIORITERADE_MAL_KRAVS", o -> o.prioriteradeMal = List.of()),
                punkt("K2 prioriterade mål saknas", "prioriteradeMal", "PRIORITERADE_MAL_KRAVS", o -> o.prioriteradeMal = null),
                punkt("K2 okänt mål", "prioriteradeMal[1]", "OKANT_MAL", o -> o.prioriteradeMal = List.of("mal-1", "mal-9")),
                punkt("K2 målet två gånger", "prioriteradeMal[1]", "MAL_DUBBLETT", o -> o.prioriteradeMal = List.of("mal-2", "mal-2")),
                punkt("K3 beräknat avslut", "beraknatAvslut", "BERAKNAT_AVSLUT_KRAVS", o -> o.beraknatAvslut = null),
                punkt("K3 avslut före start", "beraknatAvslut", "BERAKNAT_AVSLUT_FORE_START", o -> o.beraknatAvslut = START.minusDays(1)),
                punkt("K3 familjen informerad om avslutet", "familjenInformeradOmAvslut", "FAMILJEN_SKA_INFORMERAS_OM_AVSLUT",
                        o -> o.familjenInformeradOmAvslut = false),
                punkt("K4 om insatsen inte fungerar", "omInsatsenInteFungerar", "OVERENSKOMMELSE_KRAVS",
                        o -> o.omInsatsenInteFungerar = " "),
                punkt("K6 kontakt hur", "kontaktHur", "KONTAKT_MED_SOCIALSEKRETERAREN_KRAVS", o -> o.kontaktHur = null),
                punkt("K6 kontakt hur ofta", "kontaktHurOfta", "KONTAKT_MED_SOCIALSEKRETERAREN_KRAVS", o -> o.kontaktHurOfta = ""),
                punkt("K9 utförarenheten presenterad", "utforarenhetenPresenterad", "UTFORARENHETEN_SKA_PRESENTERAS",
                        o -> o.utforarenhetenPresenterad = false),
                punkt("K9 informationsskyldighet", "informationsskyldighetInformerad", "INFORMATIONSSKYLDIGHET_SKA_INFORMERAS",
                        o -> o.informationsskyldighetInformerad = null),
                punkt("K10 hur planen brukar upprättas", "planprocessenBeskriven", "PLANPROCESSEN_SKA_BESKRIVAS",
                        o -> o.planprocessenBeskriven = false),
                punkt("K11 familjens mål, resurser och styrkor", "familjensMalResurserOchStyrkor", "FAMILJENS_BERATTELSE_KRAVS",
                        o -> o.familjensMalResurserOchStyrkor = " "));
    }

    private static Arguments punkt(String namn, String falt, String regel, Consumer<Overenskommelser> andring) {
        return Arguments.of(Named.of(namn, andring), falt, regel);
    }

    @Nested
    @DisplayName("RegistreraPlaneringsmote: Checklista Planeringsmöte (bilaga 1)")
    class Planeringsmote {

        @Test
        void every_agreement_of_the_checklist_is_recorded() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(o -> { }))
                    .expectEvents(genomfort(o -> { }));
        }

        @Test
        void the_agreements_are_required() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new RegistreraPlaneringsmote(ID, MOTE, DELTAGARE, true, null, true, true, START, null,
                            START.plusDays(42), null, null, ANNA, NU))
                    .expectException(violates("overenskommelser", "OVERENSKOMMELSER_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("se.barnunga.assignment.domain.UppdragPlaneringsmoteChecklistaTest#saknadePunkter")
        void a_missing_point_of_the_checklist_is_named(Consumer<Overenskommelser> andring, String falt, String regel) {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(andring))
                    .expectException(violates("overenskommelser." + falt, regel))
                    .expectNoEvents();
        }

        @Test
        void a_family_that_does_not_share_the_goals_has_its_view_recorded() {
            Consumer<Overenskommelser> delarInte = o -> {
                o.familjenDelarMalen = false;
                o.familjensSynPaMalen = "Föräldrarna tycker att skolan är viktigare än konflikterna hemma";
                o.prioriteradeMal = List.of("mal-2", "mal-1");
            };
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(delarInte))
                    .expectEvents(genomfort(delarInte));
        }

        @Test
        void the_expected_end_lies_within_the_decision_period() {
            // the intervention during the investigation is granted until 2026-03-06
            given(tillTilldelat(INSATS_UNDER_UTREDNING))
                    .when(mote(o -> o.beraknatAvslut = PERIOD_UNDER_UTREDNING.tom().plusDays(1)))
                    .expectException(violates("overenskommelser.beraknatAvslut", "BERAKNAT_AVSLUT_EFTER_BESLUTSPERIOD"))
                    .expectNoEvents();
            given(tillTilldelat(INSATS_UNDER_UTREDNING))
                    .when(mote(o -> o.beraknatAvslut = PERIOD_UNDER_UTREDNING.tom()))
                    .expectSuccessfulHandlerExecution();
            // a decision until further notice is reconsidered at a date of the meeting's choice
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(o -> o.beraknatAvslut = START.plusYears(1)))
                    .expectEvents(genomfort(o -> o.beraknatAvslut = START.plusYears(1)));
        }

        @Test
        void the_social_secretary_and_the_ansvarig_utforare_take_part() {
            for (Set<Deltagare> deltagare : List.of(Set.of(Deltagare.BARNET, Deltagare.VARDNADSHAVARE, Deltagare.SOCIALSEKRETERARE),
                    Set.of(Deltagare.BARNET, Deltagare.VARDNADSHAVARE, Deltagare.ANSVARIG_UTFORARE))) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(mote(deltagare, o -> { }))
                        .expectException(violates("deltagare", "SOCIALSEKRETERARE_OCH_ANSVARIG_UTFORARE_DELTAR"))
                        .expectNoEvents();
            }
        }

        @Test
        void an_interpreter_named_in_the_assignment_was_there() {
            for (Boolean tillgodosett : new Boolean[] {null, false}) {
                given(tilldelatMedTolk())
                        .when(mote(o -> o.tolkOchStodTillgodosett = tillgodosett))
                        .expectException(violates("overenskommelser.tolkOchStodTillgodosett", "TOLKBEHOV_EJ_TILLGODOSETT"))
                        .expectNoEvents();
            }
            given(tilldelatMedTolk())
                    .when(mote(o -> o.tolkOchStodTillgodosett = true))
                    .expectEvents(genomfort(o -> o.tolkOchStodTillgodosett = true));
        }

        @Test
        void without_a_need_of_an_interpreter_the_point_does_not_apply() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(o -> o.tolkOchStodTillgodosett = false))
                    .expectEvents(genomfort(o -> o.tolkOchStodTillgodosett = false));
        }
    }
}
