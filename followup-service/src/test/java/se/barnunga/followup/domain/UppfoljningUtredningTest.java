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

import se.barnunga.followup.domain.Handelser.UtredningInledd;
import se.barnunga.followup.domain.Kommandon.RegistreraUtredningInledd;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The social secretary records that a new investigation under SoL was opened after a follow-up that decided one
 * ("ska en ny utredning enligt SoL inledas") or rated a goal as a negative change ("Bedöm om barnet har nya behov som
 * behöver utredas"): public as {@code UtredningInledd}, which meets the deadline-service's watch.
 */
class UppfoljningUtredningTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    /** A week after the first meeting. */
    private static final LocalDate INLEDD = FORSTA_MOTET.plusDays(7);
    private static final Instant REGISTRERAT = kl(INLEDD, 15, 0);

    private static RegistreraUtredningInledd registrera(String moteId, LocalDate inledd, Actor actor) {
        return new RegistreraUtredningInledd(ID, moteId, inledd, actor, REGISTRERAT);
    }

    private static UtredningInledd inledd(String moteId, LocalDate inledd, Actor actor) {
        return new UtredningInledd(ID, moteId, inledd, BARN, MYNDIGHETSENHET, actor.userId(), REGISTRERAT);
    }

    /** M1 held with one goal rated a negative change, continuing with the new needs assessed; M2 booked. */
    private static List<Object> negativtBedomt() {
        Uppfoljningsmote m = uppfoljningsmote(x -> {
            x.bedomningar = List.of(
                    new Bedomning(MAL_SKOLA.malId(), Bbicskala.NEGATIV_FORANDRING, "Alva går inte till skolan alls."),
                    new Bedomning(MAL_FAMILJ.malId(), Bbicskala.INGEN_FORANDRING, "Som förut."));
            x.bedomningAvNyaBehov = "Skolfrånvaron kan bero på något nytt; vi överväger en utredning.";
        });
        return handelser(bokadMedSammanfattning(), m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
    }

    @Test
    void after_a_meeting_deciding_a_new_investigation_it_is_recorded_and_public() {
        given(forstaMotetHalletUtanNasta())
                .when(registrera("M1", INLEDD, ANNA))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("M1")
                .expectEvents(inledd("M1", INLEDD, ANNA))
                .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
    }

    @Test
    void after_a_negative_change_it_may_be_recorded() {
        given(negativtBedomt())
                .when(registrera("M1", INLEDD, BO))
                .expectEvents(inledd("M1", INLEDD, BO));
    }

    @Test
    void without_a_meeting_id_the_latest_meeting_calling_for_it_is_meant() {
        given(forstaMotetHalletUtanNasta())
                .when(registrera(null, INLEDD, ANNA))
                .expectEvents(inledd("M1", INLEDD, ANNA));
    }

    @Test
    void a_meeting_that_called_for_none_is_refused_and_named() {
        given(forstaMotetHallet())
                .when(registrera("M1", INLEDD, ANNA))
                .expectException(violates("moteId", "MOTET_KRAVDE_INGEN_UTREDNING"))
                .expectNoEvents();
        given(forstaMotetHallet())
                .when(registrera(null, INLEDD, ANNA))
                .expectException(conflicts("INGEN_UTREDNING_AKTUELL"));
    }

    @Test
    void an_unknown_or_not_held_meeting_is_refused() {
        given(forstaMotetHallet())
                .when(registrera("M2", INLEDD, ANNA))
                .expectException(violates("moteId", "OKANT_MOTE"));
        given(forstaMotetHallet())
                .when(registrera("M9", INLEDD, ANNA))
                .expectException(violates("moteId", "OKANT_MOTE"));
    }

    @Test
    void it_is_recorded_once_per_meeting() {
        given(forstaMotetHalletUtanNasta(), inledd("M1", INLEDD, ANNA))
                .when(registrera("M1", INLEDD, ANNA))
                .expectException(conflicts("UTREDNING_REDAN_REGISTRERAD"));
    }

    @Test
    void the_date_is_required_not_in_the_future_and_not_before_the_meeting() {
        given(forstaMotetHalletUtanNasta())
                .when(registrera("M1", null, ANNA))
                .expectException(violates("inledd", "DATUM_KRAVS"));
        given(forstaMotetHalletUtanNasta())
                .when(registrera("M1", INLEDD.plusDays(1), ANNA))
                .expectException(violates("inledd", "DATUM_I_FRAMTIDEN"));
        given(forstaMotetHalletUtanNasta())
                .when(registrera("M1", FORSTA_MOTET.minusDays(1), ANNA))
                .expectException(violates("inledd", "FORE_MOTET"));
        given(forstaMotetHalletUtanNasta())
                .when(registrera("M1", FORSTA_MOTET, ANNA))
                .expectEvents(inledd("M1", FORSTA_MOTET, ANNA));
    }

    @Test
    void only_a_social_secretary_of_the_owning_unit_records_it() {
        for (Actor actor : INTE_SOCIALSEKRETERARE) {
            given(forstaMotetHalletUtanNasta())
                    .when(registrera("M1", INLEDD, actor))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }

    @Test
    void after_the_intervention_closed_it_may_still_be_recorded() {
        given(forstaMotetHalletUtanNasta(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                .when(registrera("M1", INLEDD, ANNA))
                .expectEvents(inledd("M1", INLEDD, ANNA));
    }
}
