package se.barnunga.platform.domain.testsupport;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every aggregate's given-when-then tests: a fresh Axon {@link AggregateTestFixture} per test, and
 * {@code given} / {@code givenCommands} that take events, commands and lists of them flattened ({@link Given}). A
 * routine step's test files extend a service's base of this (e.g. {@code UppdragGenomforandeTestBase}) that adds the
 * step's helpers.
 *
 * @param <A> the aggregate
 */
public abstract class AggregateTestBase<A> {

    private final Class<A> aggregate;
    protected FixtureConfiguration<A> fixture;

    protected AggregateTestBase(Class<A> aggregate) {
        this.aggregate = aggregate;
    }

    /** A fresh fixture: before each test, and wherever a test starts a second scenario. */
    @BeforeEach
    protected void setUp() {
        fixture = new AggregateTestFixture<>(aggregate);
    }

    /** The given events, and lists of events, as one history. */
    protected TestExecutor<A> given(Object... handelser) {
        return fixture.given(Given.handelser(handelser));
    }

    /** The given commands, and lists of commands, run in order to make the history. */
    protected TestExecutor<A> givenCommands(Object... kommandon) {
        return fixture.givenCommands(Given.kommandon(kommandon));
    }
}
