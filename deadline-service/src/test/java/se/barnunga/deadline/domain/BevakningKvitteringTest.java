package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.allaUtfordaAv;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.conflicts;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.notPermitted;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.deadline.domain.Kommandon.KvitteraLarm;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Acknowledging a watch's latest alert ({@code KvitteraLarm}): by the staff of the case's unit (or its performing
 * unit), an IVO watch also by the rapportör; only when there is an alert not yet acknowledged, and again after a new
 * alert. Who did it is in the metadata.
 */
class BevakningKvitteringTest {

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    private TestExecutor<Bevakningsarende> givet(Object... kommandon) {
        return fixture.givenCommands(kommandon(kommandon));
    }

    private final Vantad vs = verkstallighetStart();
    private final Vantad ivo = ivoEjVerkstallt();
    private static final Instant NU = kl("2026-12-10T09:30");

    /** The routine watch reminded on 10 December. */
    private List<Object> paminnd() {
        return kommandon(registrera(beviljad()), kontrollera(vs.paminnelse()));
    }

    private static KvitteraLarm kvittera(String bevakningId, Actor actor, String kommentar, Instant nu) {
        return new KvitteraLarm(ID, bevakningId, kommentar, actor, nu);
    }

    @Test
    void the_social_secretary_acknowledges_the_reminder() {
        givet(paminnd())
                .when(kvittera(vs.id(), ANNA, "Ringt utföraren, start på måndag.", NU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(vs.kvitterat("BevakningPåminnelse", "Ringt utföraren, start på måndag.", NU))
                .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
    }

    @Test
    void the_unit_manager_acknowledges_in_that_role() {
        givet(paminnd())
                .when(kvittera(vs.id(), EVA, null, NU))
                .expectEvents(vs.kvitterat("BevakningPåminnelse", null, NU))
                .expectEventsMatching(allaUtfordaAv(EVA, Roll.ENHETSCHEF));
    }

    @Test
    void a_performer_of_the_performing_unit_acknowledges_too() {
        givet(paminnd())
                .when(kvittera(vs.id(), ULLA, null, NU))
                .expectEvents(vs.kvitterat("BevakningPåminnelse", null, NU))
                .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
    }

    @Test
    void the_comment_is_trimmed_and_a_blank_one_left_out() {
        givet(paminnd())
                .when(kvittera(vs.id(), ANNA, "  Ringt familjen.  ", NU))
                .expectEvents(vs.kvitterat("BevakningPåminnelse", "Ringt familjen.", NU));
        setUp();
        givet(paminnd())
                .when(kvittera(vs.id(), ANNA, "   ", NU))
                .expectEvents(vs.kvitterat("BevakningPåminnelse", null, NU));
    }

    @Test
    void staff_of_another_unit_may_not() {
        givet(paminnd()).when(kvittera(vs.id(), SARA_PA_ANNAN_ENHET, null, NU)).expectException(notPermitted()).expectNoEvents();
        setUp();
        givet(paminnd()).when(kvittera(vs.id(), CHEF_PA_ANNAN_ENHET, null, NU)).expectException(notPermitted());
    }

    @Test
    void a_role_that_does_not_handle_watches_may_not() {
        givet(paminnd()).when(kvittera(vs.id(), DRIFTEN, null, NU)).expectException(notPermitted());
        setUp();
        givet(paminnd()).when(kvittera(vs.id(), Actor.of("anna", MYNDIGHETSENHET, Roll.RAPPORTOR), null, NU))
                .expectException(notPermitted());
    }

    @Test
    void the_rapportor_may_not_acknowledge_a_routine_watch() {
        givet(paminnd())
                .when(kvittera(vs.id(), RITA_RAPPORTOR, null, NU))
                .expectException(notPermitted())
                .expectNoEvents();
    }

    @Test
    void the_rapportor_acknowledges_an_ivo_alert() {
        Instant nu = kl("2027-03-01T10:00");
        givet(paminnd(), kontrollera(vs.forfaller()), kontrollera(ivo.forfaller()))
                .when(kvittera(ivo.id(), RITA_RAPPORTOR, "Med i rapporten för 2027-Q1.", nu))
                .expectEvents(ivo.kvitterat("IvoRapporteringKrävs", "Med i rapporten för 2027-Q1.", nu))
                .expectEventsMatching(allaUtfordaAv(RITA_RAPPORTOR, Roll.RAPPORTOR));
    }

    @Test
    void the_rapportor_acknowledges_the_watch_of_a_reported_decision_carried_out_later() {
        Faktum start = verkstalld(dag("2027-04-12"));
        Vantad efter = uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", start, dag("2027-04-12"),
                dag("2027-09-30"), dag("2027-08-31"));
        Instant nu = kl("2027-08-31T10:00");
        givet(registrera(beviljad()), kontrollera(ivo.forfaller()), registrera(start), kontrollera(efter.paminnelse()))
                .when(kvittera(efter.id(), RITA_RAPPORTOR, null, nu))
                .expectEvents(efter.kvitterat("BevakningPåminnelse", null, nu))
                .expectEventsMatching(allaUtfordaAv(RITA_RAPPORTOR, Roll.RAPPORTOR));
    }

    @Test
    void the_unit_acknowledges_an_ivo_alert_too() {
        Instant nu = kl("2027-03-01T10:00");
        givet(paminnd(), kontrollera(ivo.forfaller()))
                .when(kvittera(ivo.id(), EVA, null, nu))
                .expectEvents(ivo.kvitterat("IvoRapporteringKrävs", null, nu))
                .expectEventsMatching(allaUtfordaAv(EVA, Roll.ENHETSCHEF));
    }

    @Test
    void nothing_to_acknowledge_before_any_alert() {
        givet(paminnd())
                .when(kvittera(ivo.id(), ANNA, null, NU))
                .expectException(conflicts("INGET_LARM"))
                .expectNoEvents();
    }

    @Test
    void an_alert_is_acknowledged_once() {
        givet(paminnd(), kvittera(vs.id(), ANNA, null, NU))
                .when(kvittera(vs.id(), EVA, null, NU.plusSeconds(60)))
                .expectException(conflicts("LARM_REDAN_KVITTERAT"))
                .expectNoEvents();
    }

    @Test
    void a_new_alert_after_an_acknowledgement_is_acknowledged_again() {
        Instant nu = kl("2026-12-15T08:00");
        givet(paminnd(), kvittera(vs.id(), ANNA, null, NU), kontrollera(vs.forfaller()))
                .when(kvittera(vs.id(), ANNA, "Insatsen har inte startat; kontakt med utföraren.", nu))
                .expectEvents(vs.kvitterat("BevakningPasserad", "Insatsen har inte startat; kontakt med utföraren.", nu));
    }

    @Test
    void the_ivo_requirement_of_a_new_quarter_is_acknowledged_again() {
        Instant q2 = kl("2027-04-01T00:00");
        Instant nu = kl("2027-04-02T10:00");
        givet(paminnd(), kontrollera(ivo.forfaller()), kvittera(ivo.id(), RITA_RAPPORTOR, null, kl("2027-03-01T10:00")),
                kontrollera(q2))
                .when(kvittera(ivo.id(), RITA_RAPPORTOR, null, nu))
                .expectEvents(ivo.kvitterat("IvoRapporteringKrävs", null, nu));
        setUp();
        givet(paminnd(), kontrollera(ivo.forfaller()), kvittera(ivo.id(), RITA_RAPPORTOR, null, kl("2027-03-01T10:00")),
                kontrollera(kl("2027-03-20T06:00")))
                .when(kvittera(ivo.id(), RITA_RAPPORTOR, null, nu))
                .expectException(conflicts("LARM_REDAN_KVITTERAT"));
    }

    @Test
    void an_unknown_watch_is_a_conflict() {
        givet(paminnd())
                .when(kvittera(Regelkatalog.FORSTA_UPPFOLJNING + ":" + ID, ANNA, null, NU))
                .expectException(conflicts("OKAND_BEVAKNING"));
    }

    @Test
    void a_concern_s_alert_is_acknowledged_by_the_receiving_unit_and_after_it_is_passed_on_by_the_new_one() {
        Faktum oro = oroInlamnad("SKRIFTLIG");
        Vantad aterkoppling = orobevakning(Regelkatalog.ATERKOPPLING, oro, dag("2027-03-02"), dag("2027-03-09"),
                dag("2027-03-07"));
        Instant nu = kl("2027-03-08T09:00");
        givet(registrera(oro), registrera(skyddsbedomning(kl("2027-03-02T11:00"))), kontrollera(ORO_ID, aterkoppling.paminnelse()))
                .when(new KvitteraLarm(ORO_ID, aterkoppling.id(), null, MAJA_MOTTAGNING, nu))
                .expectEvents(aterkoppling.kvitterat("BevakningPåminnelse", null, nu))
                .expectEventsMatching(allaUtfordaAv(MAJA_MOTTAGNING, Roll.MOTTAGNING));
        setUp();
        List<Object> vidare = kommandon(registrera(oro), registrera(skyddsbedomning(kl("2027-03-02T11:00"))),
                registrera(vidarebefordrad("MOTT-2", kl("2027-03-03T10:00"))), kontrollera(ORO_ID, aterkoppling.paminnelse()));
        givet(vidare.toArray())
                .when(new KvitteraLarm(ORO_ID, aterkoppling.id(), null, MAJA_MOTTAGNING, nu))
                .expectException(notPermitted());
        setUp();
        Actor nyaEnheten = Actor.of("jonas", "MOTT-2", Roll.SOCIALJOUR);
        givet(vidare.toArray())
                .when(new KvitteraLarm(ORO_ID, aterkoppling.id(), null, nyaEnheten, nu))
                .expectEvents(aterkoppling.kvitterat("BevakningPåminnelse", null, nu))
                .expectEventsMatching(allaUtfordaAv(nyaEnheten, Roll.SOCIALJOUR));
    }
}
