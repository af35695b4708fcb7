package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.platform.domain.Actor;

/** The routine from the social secretary's enquiry to the decision: enquiries, go-ahead, decline, consent, decision. */

/**
 * The aggregate fixture and the helpers shared by {@link UppdragForfraganTest}, {@link UppdragSamtyckeTest},
 * {@link UppdragBeslutTest}, {@link UppdragUtredningTest}.
 */
abstract class UppdragForfraganOchBeslutTestBase {

    FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The given events and lists of events, as one list. */
    TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    static SkickaForfragan skickaForfragan(Uppdragstyp typ, Utredning utredning, String insatstyp, String enhet,
                                                   Actor actor) {
        return new SkickaForfragan(ID, typ, BARN, utredning, insatstyp, ONSKEMAL, BEHOVSOMRADEN, BEHOV, enhet, actor, NU);
    }

    static FattaBeslut fattaBeslut(LocalDate datum, Lagrum lagrum) {
        return new FattaBeslut(ID, datum, lagrum, null, MAL, DOKUMENTATION, null, null, ANNA, NU);
    }

    static InsatsBeviljad beviljadNu(Barn barn, LocalDate datum, Lagrum lagrum) {
        return new InsatsBeviljad(ID, BEVILJAD_INSATS, barn, INSATSTYP, datum, lagrum, null, MAL, UTFORARENHET,
                MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null);
    }
}
