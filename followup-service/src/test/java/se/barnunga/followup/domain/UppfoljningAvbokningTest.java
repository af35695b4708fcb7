package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Handelser.UppfoljningsmoteAvbokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmotePakallat;
import se.barnunga.followup.domain.Kommandon.AvbokaMote;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Cancelling the booked meeting without a new date ({@code AvbokaMote}): by a social secretary of the owning unit,
 * with a reason; afterwards nothing is booked, the next booking is a new meeting, and a cancelled extra meeting leaves
 * its call open.
 */
class UppfoljningAvbokningTest {

    private static final Instant AVBOKAT = kl(FORSTA_MOTET.minusDays(3), 9, 0);
    private static final String SKAL = "Familjen har flyttat tillfälligt; ny tid bokas när de är tillbaka.";

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static AvbokaMote avboka(Actor actor, String skal) {
        return new AvbokaMote(ID, skal, actor, AVBOKAT);
    }

    @Test
    void the_booked_meeting_is_cancelled_with_its_reason() {
        given(bokad())
                .when(avboka(ANNA, SKAL))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("M1")
                .expectEvents(new UppfoljningsmoteAvbokat(ID, "M1", false, SKAL, AVBOKAT))
                .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
    }

    @Test
    void a_reason_is_required() {
        given(bokad())
                .when(avboka(ANNA, " "))
                .expectException(violates("skal", "SKAL_KRAVS"))
                .expectNoEvents();
    }

    @Test
    void nothing_booked_is_a_conflict() {
        given(startad())
                .when(avboka(ANNA, SKAL))
                .expectException(conflicts("INGET_BOKAT_MOTE"));
    }

    @Test
    void a_cancelled_meeting_cannot_be_cancelled_again() {
        given(bokad(), new UppfoljningsmoteAvbokat(ID, "M1", false, SKAL, AVBOKAT))
                .when(avboka(ANNA, SKAL))
                .expectException(conflicts("INGET_BOKAT_MOTE"));
    }

    @Test
    void only_a_social_secretary_of_the_owning_unit_cancels() {
        given(bokad()).when(avboka(ULLA, SKAL)).expectException(notPermitted());
        given(bokad()).when(avboka(SARA_PA_ANNAN_ENHET, SKAL)).expectException(notPermitted());
        given(bokad()).when(avboka(BO, SKAL)).expectSuccessfulHandlerExecution();
    }

    @Test
    void after_a_cancellation_the_next_booking_is_a_new_meeting_within_the_window_from_the_start() {
        given(bokad(), new UppfoljningsmoteAvbokat(ID, "M1", false, SKAL, AVBOKAT))
                .when(boka(bokning(START.plusDays(50))))
                .expectResultMessagePayload("M2")
                .expectEvents(bokat(b -> {
                    b.moteId = "M2";
                    b.datum = START.plusDays(50);
                    b.dagarFranReferens = 50;
                }));
    }

    @Test
    void a_meeting_cannot_be_held_after_its_cancellation() {
        given(bokadMedSammanfattning(), new UppfoljningsmoteAvbokat(ID, "M1", false, SKAL, AVBOKAT))
                .when(uppfoljningsmote(m -> { }).kommando())
                .expectException(conflicts("INGET_BOKAT_MOTE"));
    }

    @Test
    void a_cancelled_extra_meeting_leaves_the_call_open_so_the_next_booking_is_extra_again() {
        UppfoljningsmotePakallat pakallat = new UppfoljningsmotePakallat(ID, "Oro i skolan", "ulla", Roll.UTFORARE.claim(),
                MYNDIGHETSENHET, UTFORARENHET, kl(START.plusDays(3), 9, 0));
        given(startad(), pakallat, bokat(b -> {
                    b.extra = true;
                    b.datum = START.plusDays(10);
                    b.dagarFranReferens = 10;
                    b.inomFonster = null;
                }),
                new UppfoljningsmoteAvbokat(ID, "M1", true, SKAL, AVBOKAT))
                .when(boka(bokning(START.plusDays(12))))
                .expectEvents(bokat(b -> {
                    b.moteId = "M2";
                    b.extra = true;
                    b.datum = START.plusDays(12);
                    b.dagarFranReferens = 12;
                    b.inomFonster = null;
                }));
    }
}
