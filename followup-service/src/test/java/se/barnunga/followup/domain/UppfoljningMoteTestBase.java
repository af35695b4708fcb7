package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import se.barnunga.followup.domain.Handelser.*;

/**
 * The held follow-up meeting ({@code RegistreraUppfoljning}, the routine's appendix 2): every goal rated on the BBIC
 * scale, the child's view, the performer's summary, the outcome and the next meeting within 6–8 weeks, the meetings'
 * numbering.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppfoljningMoteTest},
 * {@link UppfoljningMoteForutsattningarTest}, {@link UppfoljningMoteUtfallTest},
 * {@link UppfoljningMotePlanOchNumreringTest}.
 */
abstract class UppfoljningMoteTestBase {

    FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    static final String SKAL = "Alva var sjuk; hon berättade om sin syn för Ulla dagen före.";
}
