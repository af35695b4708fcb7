package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;

import se.barnunga.testing.TestClock;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * Passing on a concern ({@code LamnaOro}): who may, where it is routed (with the clock moved over office hours,
 * weekends and holidays), the deadlines fixed at submission and the deviations recorded – a report is never refused
 * for what the routine forbids or requires.
 *
 * <p>The aggregate fixture and the helpers shared by {@link OroLamnaTest}, {@link OroDirigeringTest},
 * {@link OroAvvikelserTest}, {@link OroOvergreppTest}.
 */
abstract class OroLamnaTestBase extends AggregateTestBase<Oro> {

    OroLamnaTestBase() {
        super(Oro.class);
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
