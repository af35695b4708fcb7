package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;

/**
 * The end of the routine: the report (redogörelse), the risk assessment, the closing summary, closing the intervention
 * and closing the assignment; a closed assignment refuses every further command.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppdragRedogorelseTest}, {@link UppdragInsatsAvslutTest},
 * {@link UppdragAvslutTest}.
 */
abstract class UppdragAvslutTestBase {

    FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The given events and lists of events, as one list. */
    TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    static final String SYNPUNKTER = "Föräldrarna och Alva delar bilden";
    static final String SAMMANFATTNING = "Samspelet har förbättrats";
}
