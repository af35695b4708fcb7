package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import se.barnunga.concern.domain.Kommandon.*;

/**
 * After the concern came in: the reporter's written confirmation of an oral report, the recipient's acknowledgement,
 * forwarding to another recipient and the feedback to the reporter.
 *
 * <p>The aggregate fixture and the helpers shared by {@link OroMottagandeTest},
 * {@link OroVidarebefordranOchAterkopplingTest}.
 */
abstract class OroMottagandeTestBase {

    FixtureConfiguration<Oro> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Oro.class);
    }

    TestExecutor<Oro> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }
}
