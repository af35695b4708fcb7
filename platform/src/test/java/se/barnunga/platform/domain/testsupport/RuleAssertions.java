package se.barnunga.platform.domain.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;

/**
 * Assertions of the plain unit tests of the services' rules (the {@code …regler} classes and deciders): which exception
 * a call throws, naming which field and rule. The given-when-then suites use {@link DomainMatchers} instead.
 */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    /** The call breaks the rule on the field: a {@link RuleViolation} (422). */
    public static void assertViolates(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("rule", rule);
    }

    /** The call conflicts with the state by the rule: a {@link StateConflict} (409). */
    public static void assertConflicts(ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOf(StateConflict.class).hasFieldOrPropertyWithValue("rule", rule);
    }
}
