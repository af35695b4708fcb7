package se.barnunga.platform.domain.testsupport;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.PerformedBy;

/**
 * Hamcrest matchers for the given-when-then suites of every service's aggregates (Axon's {@code expectException} and
 * {@code expectEventsMatching}): the platform's domain exceptions with their field and rule, and the metadata of who
 * did an event. Shipped in the platform's test jar (only this package), so the suites share one copy.
 */
public final class DomainMatchers {

    private DomainMatchers() {
    }

    /** A {@link RuleViolation} naming the field and the rule. */
    public static Matcher<Throwable> violates(String field, String rule) {
        return violates(field, rule, null);
    }

    /** A {@link RuleViolation} naming the field and the rule, whose message contains the text (e.g. a goal's id). */
    public static Matcher<Throwable> violates(String field, String rule, String text) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable t) {
                return t instanceof RuleViolation v && field.equals(v.field()) && rule.equals(v.rule())
                        && (text == null || (v.getMessage() != null && v.getMessage().contains(text)));
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("RuleViolation(field=").appendValue(field).appendText(", rule=").appendValue(rule);
                if (text != null) {
                    d.appendText(", message containing ").appendValue(text);
                }
                d.appendText(")");
            }

            @Override
            protected void describeMismatchSafely(Throwable t, Description d) {
                describe(t, d);
            }
        };
    }

    /** A {@link StateConflict} with the rule. */
    public static Matcher<Throwable> conflicts(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable t) {
                return t instanceof StateConflict c && rule.equals(c.rule());
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("StateConflict(rule=").appendValue(rule).appendText(")");
            }

            @Override
            protected void describeMismatchSafely(Throwable t, Description d) {
                describe(t, d);
            }
        };
    }

    /** Any {@link StateConflict} (409), whichever rule the state breaks first. */
    public static Matcher<Throwable> conflict() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable t) {
                return t instanceof StateConflict;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("StateConflict");
            }

            @Override
            protected void describeMismatchSafely(Throwable t, Description d) {
                describe(t, d);
            }
        };
    }

    /** A {@link NotPermitted}. */
    public static Matcher<Throwable> notPermitted() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable t) {
                return t instanceof NotPermitted;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("NotPermitted");
            }

            @Override
            protected void describeMismatchSafely(Throwable t, Description d) {
                describe(t, d);
            }
        };
    }

    private static void describe(Throwable t, Description d) {
        if (t instanceof RuleViolation v) {
            d.appendText("was RuleViolation(field=").appendValue(v.field()).appendText(", rule=").appendValue(v.rule())
                    .appendText(", message=").appendValue(v.getMessage()).appendText(")");
        } else if (t instanceof StateConflict c) {
            d.appendText("was StateConflict(rule=").appendValue(c.rule()).appendText(")");
        } else {
            d.appendText("was ").appendValue(t);
        }
    }

    /** Every published event carries who did it, in which role and from which unit. */
    public static Matcher<List<EventMessage<?>>> allaUtfordaAv(Actor actor, Roll roll) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return !events.isEmpty() && events.stream().allMatch(e -> PerformedBy.of(e).is(actor, roll));
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("events with metadata utfordAv=").appendValue(actor.userId()).appendText(", roll=")
                        .appendValue(roll.claim()).appendText(", enhet=").appendValue(actor.enhet());
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description d) {
                d.appendText("metadata was ").appendValueList("[", ", ", "]",
                        events.stream().map(EventMessage::getMetaData).toList());
            }
        };
    }
}
