package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.ForMoteHallet;
import se.barnunga.followup.domain.Kommandon.HallForMote;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The optional pre-meeting ({@code HallForMote}) where the social secretary and the responsible performer plan the
 * booked meeting with the family: for a booked meeting, once, held on or before the meeting's date and not in the future.
 */
class UppfoljningForMoteTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static final String PLANERING = "Alva vill börja mötet själv med Ulla; Anna leder; ingen tolk behövs.";
    private static final LocalDate DATUM = FORSTA_MOTET.minusDays(5);
    private static final Instant REGISTRERAT = kl(DATUM, 15, 0);

    private static HallForMote formote(Actor actor, LocalDate datum, Instant tidpunkt) {
        return new HallForMote(ID, datum, PLANERING, actor, tidpunkt);
    }

    @Test
    void the_social_secretary_registers_the_pre_meeting_of_the_booked_meeting() {
        given(bokad())
                .when(formote(ANNA, DATUM, REGISTRERAT))
                .expectEvents(new ForMoteHallet(ID, "M1", DATUM, PLANERING, REGISTRERAT))
                .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
    }

    @Test
    void the_responsible_performer_may_register_it() {
        given(bokad())
                .when(formote(ULLA, DATUM, REGISTRERAT))
                .expectEvents(new ForMoteHallet(ID, "M1", DATUM, PLANERING, REGISTRERAT))
                .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
    }

    @Test
    void no_one_else_may() {
        for (Actor actor : new Actor[] {KALLE, ULLA_PA_ANNAN_ENHET, MIKAEL, SARA_PA_ANNAN_ENHET, CHEFEN}) {
            given(bokad())
                    .when(formote(actor, DATUM, REGISTRERAT))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }

    @Test
    void it_needs_a_booked_meeting() {
        given(startad())
                .when(formote(ANNA, DATUM, REGISTRERAT))
                .expectException(conflicts("INGET_BOKAT_MOTE"))
                .expectNoEvents();
        given(forstaMotetHalletUtanNasta())
                .when(formote(ANNA, FORSTA_MOTET.plusDays(3), kl(FORSTA_MOTET.plusDays(3), 9, 0)))
                .expectException(conflicts("INGET_BOKAT_MOTE"));
    }

    @Test
    void not_started_is_a_conflict() {
        given(uppdragKant(), ansvarigKand(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD), bokat(b -> {
            b.referensdatum = PLANERAD_START;
            b.kalla = Bokningskalla.PLANERINGSMOTE;
        }))
                .when(formote(ANNA, DATUM, REGISTRERAT))
                .expectException(conflicts("INSATSEN_EJ_VERKSTALLD"));
    }

    @Test
    void it_is_registered_once_it_was_held() {
        given(bokad())
                .when(formote(ANNA, DATUM.plusDays(1), REGISTRERAT))
                .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                .expectNoEvents();
    }

    @Test
    void today_is_stockholm_time() {
        // 00:30 in Stockholm is the previous day in UTC: still today, not the future
        Instant strax = kl(DATUM, 0, 30);
        given(bokad())
                .when(formote(ANNA, DATUM, strax))
                .expectEvents(new ForMoteHallet(ID, "M1", DATUM, PLANERING, strax));
    }

    @Test
    void it_is_held_before_the_meeting() {
        LocalDate efter = FORSTA_MOTET.plusDays(1);
        given(bokad())
                .when(formote(ANNA, efter, kl(efter, 9, 0)))
                .expectException(violates("datum", "EFTER_MOTET"));
    }

    @Test
    void it_may_be_held_on_the_day_of_the_meeting() {
        Instant morgon = kl(FORSTA_MOTET, 8, 0);
        given(bokad())
                .when(formote(ULLA, FORSTA_MOTET, morgon))
                .expectEvents(new ForMoteHallet(ID, "M1", FORSTA_MOTET, PLANERING, morgon));
    }

    @Test
    void it_is_held_once_per_meeting() {
        given(bokad(), new ForMoteHallet(ID, "M1", DATUM, PLANERING, REGISTRERAT))
                .when(formote(ULLA, DATUM, REGISTRERAT))
                .expectException(conflicts("FORMOTE_REDAN_HALLET"));
    }

    @Test
    void a_re_booked_meeting_keeps_its_pre_meeting() {
        given(bokad(), new ForMoteHallet(ID, "M1", DATUM, PLANERING, REGISTRERAT), bokat(b -> {
            b.datum = FORSTA_MOTET.plusDays(2);
            b.dagarFranReferens = 46;
            b.ombokning = true;
        }))
                .when(formote(ANNA, DATUM, REGISTRERAT))
                .expectException(conflicts("FORMOTE_REDAN_HALLET"));
    }

    @Test
    void the_next_meeting_has_its_own_pre_meeting() {
        LocalDate datum = ANDRA_MOTET.minusDays(3);
        Instant t = kl(datum, 15, 0);
        given(forstaMotetHallet(), new ForMoteHallet(ID, "M1", DATUM, PLANERING, REGISTRERAT))
                .when(formote(ANNA, datum, t))
                .expectEvents(new ForMoteHallet(ID, "M2", datum, PLANERING, t));
    }

    @Test
    void it_answers_with_the_meeting_id() {
        given(forstaMotetHallet())
                .when(formote(ULLA, ANDRA_MOTET.minusDays(1), kl(ANDRA_MOTET.minusDays(1), 9, 0)))
                .expectResultMessagePayload("M2");
    }

    @Test
    void an_absurd_date_is_refused() {
        given(bokad())
                .when(formote(ANNA, LocalDate.of(1800, 1, 1), REGISTRERAT))
                .expectException(violates("datum", "DATUM_ORIMLIGT"));
    }

    @Test
    void it_needs_a_date() {
        given(bokad())
                .when(formote(ANNA, null, REGISTRERAT))
                .expectException(violates("datum", "DATUM_KRAVS"));
    }

    @ParameterizedTest(name = "planering [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void it_needs_the_planning(String planering) {
        given(bokad())
                .when(new HallForMote(ID, DATUM, planering, ANNA, REGISTRERAT))
                .expectException(violates("planering", "PLANERING_KRAVS"));
    }

    @Test
    void after_insats_avslutad_the_booked_follow_up_has_no_pre_meeting() {
        given(bokad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                .when(formote(ANNA, DATUM, REGISTRERAT))
                .expectException(conflicts("INGET_BOKAT_MOTE"));
    }

    @Test
    void after_insats_avslutad_the_booked_closing_meeting_may_have_one() {
        LocalDate datum = AVSLUTNINGSMOTET.minusDays(2);
        Instant t = kl(datum, 10, 0);
        given(avslutningsmoteBokat(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                .when(formote(ULLA, datum, t))
                .expectEvents(new ForMoteHallet(ID, "M2", datum, PLANERING, t));
    }

    @Test
    void after_beslut_aterkallat_there_is_none() {
        given(avslutningsmoteBokat(), slutKant(Avslutsorsak.BESLUT_ATERKALLAT))
                .when(formote(ANNA, AVSLUTNINGSMOTET.minusDays(2), kl(AVSLUTNINGSMOTET.minusDays(2), 10, 0)))
                .expectException(conflict())
                .expectNoEvents();
    }
}
