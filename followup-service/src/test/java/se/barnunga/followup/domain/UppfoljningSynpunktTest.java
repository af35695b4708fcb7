package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.SynpunktRegistrerad;
import se.barnunga.followup.domain.Handelser.SynpunktsatgardRegistrerad;
import se.barnunga.followup.domain.Kommandon.RegistreraSynpunkt;
import se.barnunga.followup.domain.Kommandon.RegistreraSynpunktsatgard;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The family's complaints and views on how the intervention is carried out, and the measures taken (SOSFS 2014:5,
 * 4 kap. 22 §: "om den enskilde har framfört några klagomål … vilka åtgärder som har vidtagits"; 5 kap. 4 §:
 * "klagomål eller synpunkter på genomförandet av insatsen till utföraren liksom vilka åtgärder"): recorded by the social
 * secretary or the responsible performer, internal only.
 */
class UppfoljningSynpunktTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static final LocalDate FRAMFORT = START.plusDays(20);
    private static final Instant REGISTRERAT = kl(FRAMFORT, 14, 0);
    private static final String AVSER = "Pappa tycker att träffarna ligger för tidigt på morgonen.";
    private static final String ATGARD = "Träffarna flyttade till eftermiddagen.";

    private static RegistreraSynpunkt synpunkt(Synpunktstyp typ, Familjemedlem fran, LocalDate datum, String avser, String atgarder,
                                               Actor actor) {
        return new RegistreraSynpunkt(ID, typ, fran, datum, avser, atgarder, actor, REGISTRERAT);
    }

    private static SynpunktRegistrerad registrerad(String id, String atgarder) {
        return new SynpunktRegistrerad(ID, id, Synpunktstyp.KLAGOMAL, Familjemedlem.VARDNADSHAVARE, FRAMFORT, AVSER, atgarder,
                REGISTRERAT);
    }

    @Test
    void the_responsible_performer_records_a_complaint_with_the_measures_taken() {
        given(startad())
                .when(synpunkt(Synpunktstyp.KLAGOMAL, Familjemedlem.VARDNADSHAVARE, FRAMFORT, AVSER, ATGARD, ULLA))
                .expectResultMessagePayload("S1")
                .expectEvents(registrerad("S1", ATGARD))
                .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
    }

    @Test
    void the_social_secretary_records_a_view_of_the_child_and_the_measures_may_come_later() {
        given(startad(), registrerad("S1", ATGARD))
                .when(synpunkt(Synpunktstyp.SYNPUNKT, Familjemedlem.BARNET, FRAMFORT, AVSER, " ", ANNA))
                .expectResultMessagePayload("S2")
                .expectEvents(new SynpunktRegistrerad(ID, "S2", Synpunktstyp.SYNPUNKT, Familjemedlem.BARNET, FRAMFORT, AVSER, null,
                        REGISTRERAT))
                .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
    }

    @Test
    void from_whom_what_kind_and_when_are_required() {
        given(startad())
                .when(synpunkt(null, Familjemedlem.VARDNADSHAVARE, FRAMFORT, AVSER, null, ULLA))
                .expectException(violates("typ", "TYP_KRAVS"));
        given(startad())
                .when(synpunkt(Synpunktstyp.KLAGOMAL, null, FRAMFORT, AVSER, null, ULLA))
                .expectException(violates("franVem", "FRAN_VEM_KRAVS"));
        given(startad())
                .when(synpunkt(Synpunktstyp.KLAGOMAL, Familjemedlem.ANNAN_FAMILJEMEDLEM, null, AVSER, null, ULLA))
                .expectException(violates("datum", "DATUM_KRAVS"));
        given(startad())
                .when(synpunkt(Synpunktstyp.KLAGOMAL, Familjemedlem.ANNAN_FAMILJEMEDLEM, FRAMFORT.plusDays(1), AVSER, null, ULLA))
                .expectException(violates("datum", "DATUM_I_FRAMTIDEN"));
    }

    @ParameterizedTest(name = "avser [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void what_it_is_about_is_required(String avser) {
        given(startad())
                .when(synpunkt(Synpunktstyp.KLAGOMAL, Familjemedlem.VARDNADSHAVARE, FRAMFORT, avser, null, ULLA))
                .expectException(violates("avser", "AVSER_KRAVS"))
                .expectNoEvents();
    }

    @Test
    void no_one_else_records_it() {
        for (Actor actor : List.of(KALLE, MIKAEL, SARA_PA_ANNAN_ENHET, ULLA_PA_ANNAN_ENHET, CHEFEN)) {
            given(startad())
                    .when(synpunkt(Synpunktstyp.KLAGOMAL, Familjemedlem.VARDNADSHAVARE, FRAMFORT, AVSER, null, actor))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }

    @Test
    void a_measure_is_added_later_by_either_of_them() {
        Instant senare = kl(FRAMFORT.plusDays(5), 9, 0);
        for (Actor actor : List.of(ULLA, ANNA)) {
            given(startad(), registrerad("S1", null))
                    .when(new RegistreraSynpunktsatgard(ID, "S1", FRAMFORT.plusDays(4), ATGARD, actor, senare))
                    .expectResultMessagePayload("S1")
                    .expectEvents(new SynpunktsatgardRegistrerad(ID, "S1", FRAMFORT.plusDays(4), ATGARD, senare));
        }
    }

    @Test
    void a_measure_needs_a_known_complaint_a_date_and_a_description() {
        Instant senare = kl(FRAMFORT.plusDays(5), 9, 0);
        given(startad(), registrerad("S1", null))
                .when(new RegistreraSynpunktsatgard(ID, "S2", FRAMFORT, ATGARD, ULLA, senare))
                .expectException(violates("synpunktId", "OKAND_SYNPUNKT"));
        given(startad(), registrerad("S1", null))
                .when(new RegistreraSynpunktsatgard(ID, "S1", FRAMFORT.plusDays(6), ATGARD, ULLA, senare))
                .expectException(violates("datum", "DATUM_I_FRAMTIDEN"));
        given(startad(), registrerad("S1", null))
                .when(new RegistreraSynpunktsatgard(ID, "S1", FRAMFORT, " ", ULLA, senare))
                .expectException(violates("atgarder", "ATGARDER_KRAVS"));
        given(startad(), registrerad("S1", null))
                .when(new RegistreraSynpunktsatgard(ID, "S1", FRAMFORT, ATGARD, KALLE, senare))
                .expectException(notPermitted());
    }
}
