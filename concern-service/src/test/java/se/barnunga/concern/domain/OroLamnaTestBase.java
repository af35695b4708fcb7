package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.util.function.Consumer;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import se.barnunga.testing.TestClock;

/**
 * Passing on a concern ({@code LamnaOro}): who may, where it is routed (with the clock moved over office hours,
 * weekends and holidays), the deadlines fixed at submission and the deviations recorded – a report is never refused
 * for what the routine forbids or requires.
 *
 * <p>The aggregate fixture and the helpers shared by {@link OroLamnaTest}, {@link OroDirigeringTest},
 * {@link OroAvvikelserTest}, {@link OroOvergreppTest}.
 */
abstract class OroLamnaTestBase {

    FixtureConfiguration<Oro> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Oro.class);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static Anmalan anmalan(Consumer<Anmalan> andring) {
        Anmalan a = new Anmalan();
        andring.accept(a);
        return a;
    }
}
