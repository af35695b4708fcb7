package se.barnunga.assignment.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;

/** Assertions of the plain unit tests of the aggregate's rules: which exception, naming which field and rule. */
final class Regelbrott {

    private Regelbrott() {
    }

    /** The call breaks the rule {@code regel} on the field {@code falt} (a 422). */
    static void bryter(ThrowingCallable anrop, String falt, String regel) {
        assertThatThrownBy(anrop).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", falt)
                .hasFieldOrPropertyWithValue("rule", regel);
    }

    /** The call conflicts with the state by the rule {@code regel} (a 409). */
    static void konflikt(ThrowingCallable anrop, String regel) {
        assertThatThrownBy(anrop).isInstanceOf(StateConflict.class).hasFieldOrPropertyWithValue("rule", regel);
    }
}
