package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Handelser.SammanfattningOverlamnad;
import se.barnunga.followup.domain.Kommandon.LamnaSammanfattningTillFamiljen;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Appendix 2, at the follow-up meeting: "Lämna sammanfattningen till familjen och till socialsekreteraren" (ansvarig
 * utförare). The social secretary has the summary in the record; handing it to the family is recorded with its
 * recipients.
 */
class UppfoljningOverlamningTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static final Set<Familjemedlem> FAMILJEN = Set.of(Familjemedlem.VARDNADSHAVARE, Familjemedlem.BARNET);

    private static LamnaSammanfattningTillFamiljen lamna(String moteId, Set<Familjemedlem> mottagare, LocalDate datum, Actor actor) {
        return new LamnaSammanfattningTillFamiljen(ID, moteId, mottagare, datum, actor, FORSTA_REGISTRERAT);
    }

    @Test
    void handed_to_the_family_at_the_meeting_it_is_recorded() {
        given(forstaMotetHallet())
                .when(lamna("M1", FAMILJEN, FORSTA_MOTET, ULLA))
                .expectResultMessagePayload("M1")
                .expectEvents(new SammanfattningOverlamnad(ID, "M1", FAMILJEN, FORSTA_MOTET, FORSTA_REGISTRERAT))
                .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
    }

    @Test
    void without_a_meeting_id_the_latest_summary_not_yet_handed_over_is_meant() {
        given(bokadMedSammanfattning())
                .when(lamna(null, Set.of(Familjemedlem.VARDNADSHAVARE), FORSTA_MOTET, ULLA))
                .expectEvents(new SammanfattningOverlamnad(ID, "M1", Set.of(Familjemedlem.VARDNADSHAVARE), FORSTA_MOTET,
                        FORSTA_REGISTRERAT));
    }

    @Test
    void there_must_be_a_summary() {
        given(bokad())
                .when(lamna(null, FAMILJEN, FORSTA_MOTET, ULLA))
                .expectException(conflicts("INGEN_SAMMANFATTNING"));
        given(bokad())
                .when(lamna("M1", FAMILJEN, FORSTA_MOTET, ULLA))
                .expectException(violates("moteId", "INGEN_SAMMANFATTNING"));
    }

    @Test
    void it_is_handed_over_once() {
        given(forstaMotetHallet(), new SammanfattningOverlamnad(ID, "M1", FAMILJEN, FORSTA_MOTET, FORSTA_REGISTRERAT))
                .when(lamna("M1", FAMILJEN, FORSTA_MOTET, ULLA))
                .expectException(conflicts("REDAN_OVERLAMNAD"));
    }

    @Test
    void the_recipients_and_a_date_between_the_summary_and_today_are_required() {
        given(forstaMotetHallet())
                .when(lamna("M1", Set.of(), FORSTA_MOTET, ULLA))
                .expectException(violates("mottagare", "MOTTAGARE_KRAVS"));
        given(forstaMotetHallet())
                .when(lamna("M1", FAMILJEN, null, ULLA))
                .expectException(violates("datum", "DATUM_KRAVS"));
        given(forstaMotetHallet())
                .when(lamna("M1", FAMILJEN, FORSTA_MOTET.plusDays(1), ULLA))
                .expectException(violates("datum", "DATUM_I_FRAMTIDEN"));
        given(forstaMotetHallet())
                .when(lamna("M1", FAMILJEN, LocalDate.ofInstant(SAMMANFATTAT, STOCKHOLM).minusDays(1), ULLA))
                .expectException(violates("datum", "FORE_SAMMANFATTNINGEN"));
    }

    @Test
    void only_the_responsible_performer_records_it() {
        for (Actor actor : new Actor[] {ANNA, KALLE, MIKAEL, ULLA_PA_ANNAN_ENHET}) {
            Instant t = FORSTA_REGISTRERAT;
            given(forstaMotetHallet())
                    .when(new LamnaSammanfattningTillFamiljen(ID, "M1", FAMILJEN, FORSTA_MOTET, actor, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }
}
