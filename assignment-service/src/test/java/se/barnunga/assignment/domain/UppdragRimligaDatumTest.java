package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Utredning;

/**
 * Every date of a case lies in the years 1900–2200 (DATUM_ORIMLIGT): anything else is a typing error. Checked for the
 * dates that may lie in the future as well as for every date that must not.
 */
class UppdragRimligaDatumTest {

    private static final LocalDate FOR_TIDIGT = LocalDate.of(1899, 12, 31);
    private static final LocalDate TIDIGAST = LocalDate.of(1900, 1, 1);
    private static final LocalDate SENAST = LocalDate.of(2200, 12, 31);
    private static final LocalDate FOR_SENT = LocalDate.of(2201, 1, 1);

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The given events and lists of events, as one list. */
    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private SkickaForfragan forfraganMed(Utredning utredning) {
        return new SkickaForfragan(ID, INSATS_UNDER_UTREDNING, BARN, utredning, INSATSTYP, ONSKEMAL, BEHOVSOMRADEN, BEHOV,
                UTFORARENHET, ANNA, NU);
    }

    @Test
    void the_investigation_lies_in_reasonable_years() {
        fixture.givenNoPriorActivity()
                .when(forfraganMed(new Utredning("UTR-1", FOR_TIDIGT, UTREDNING.planeratSlut())))
                .expectException(violates("utredning.start", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(forfraganMed(new Utredning("UTR-1", UTREDNING.start(), FOR_SENT)))
                .expectException(violates("utredning.planeratSlut", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(forfraganMed(new Utredning("UTR-1", TIDIGAST, SENAST)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_decision_period_lies_in_reasonable_years() {
        given(tillKlartecken(BEVILJAD_INSATS), samtycken())
                .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, new Period(BESLUT, FOR_SENT), MAL, DOKUMENTATION, null, null, ANNA, NU))
                .expectException(violates("period.tom", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        given(tillKlartecken(BEVILJAD_INSATS), samtycken())
                .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, new Period(FOR_TIDIGT, BESLUT), MAL, DOKUMENTATION, null, null, ANNA, NU))
                .expectException(violates("period.from", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        given(tillKlartecken(BEVILJAD_INSATS), samtycken())
                .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, new Period(BESLUT, SENAST), MAL, DOKUMENTATION, null, null, ANNA, NU))
                .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, BESLUT, Lagrum.SOL_2025_11_1,
                        new Period(BESLUT, SENAST), MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null));
    }

    @Test
    void a_date_that_must_not_be_in_the_future_is_first_checked_for_reasonable_years() {
        given(tillKlartecken(BEVILJAD_INSATS))
                .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, LocalDate.of(1, 1, 1), ANNA, NU))
                .expectException(violates("datum", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        given(tillKlartecken(BEVILJAD_INSATS), samtycken())
                .when(new FattaBeslut(ID, LocalDate.of(9999, 12, 31), Lagrum.LVU_11, null, MAL, DOKUMENTATION, null, null, ANNA, NU))
                .expectException(violates("beslutsdatum", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        given(tillPlanerat(BEVILJAD_INSATS))
                .when(new DokumenteraVerkstallighet(ID, LocalDate.of(9999, 1, 1), ANNA, NU))
                .expectException(violates("verkstallighetsdatum", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                .when(new AvslutaInsats(ID, FOR_SENT, Avslutsskal.ANNAT, false, null, ANNA, NU))
                .expectException(violates("datum", "DATUM_ORIMLIGT"))
                .expectNoEvents();
    }

    @Test
    void the_planned_dates_of_the_formote_lie_in_reasonable_years() {
        given(tillTilldelat(BEVILJAD_INSATS))
                .when(new RegistreraFormote(ID, LocalDate.of(2026, 2, 13), DELTAGARE, FOR_SENT, "Familjecentralen", null,
                        BARNETS_DELAKTIGHET, Motesledning.GEMENSAM, true, ANNA, NU))
                .expectException(violates("planeringsmoteDatum", "DATUM_ORIMLIGT"))
                .expectNoEvents();
    }

    @Test
    void the_planned_start_and_follow_up_lie_in_reasonable_years() {
        given(tillTilldelat(BEVILJAD_INSATS))
                .when(new RegistreraPlaneringsmote(ID, MOTE, DELTAGARE, true, null, true, true, FOR_SENT, "Skäl",
                        FOR_SENT.plusDays(42), null, OVERENSKOMMELSER, ANNA, NU))
                .expectException(violates("planeratStartdatum", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        given(tillTilldelat(BEVILJAD_INSATS))
                .when(new RegistreraPlaneringsmote(ID, MOTE, DELTAGARE, true, null, true, true, START, null, FOR_SENT,
                        null, OVERENSKOMMELSER, ANNA, NU))
                .expectException(violates("forstaUppfoljningsmote", "DATUM_ORIMLIGT"))
                .expectNoEvents();
    }

    @Test
    void the_wished_start_of_a_postponement_lies_in_reasonable_years() {
        given(tillPlanerat(BEVILJAD_INSATS))
                .when(new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, FOR_SENT, "Skäl", ANNA, NU))
                .expectException(violates("onskatStartdatum", "DATUM_ORIMLIGT"))
                .expectNoEvents();
        given(tillPlanerat(BEVILJAD_INSATS))
                .when(new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, SENAST, "Skäl", ANNA, NU))
                .expectEvents(new UppskovBegart(ID, Samtyckespart.VARDNADSHAVARE, SENAST, "Skäl", NU));
    }
}
