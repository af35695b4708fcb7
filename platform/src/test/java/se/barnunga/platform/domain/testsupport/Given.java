package se.barnunga.platform.domain.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The "given" of the aggregates' given-when-then tests: the fixtures build a case's history from single events and
 * from lists of events (a step such as {@code tillPlan(...)} returns several), and Axon's {@code fixture.given(...)} and
 * {@code fixture.givenCommands(...)} take one flat list. Shared by every service's fixtures (platform test jar).
 */
public final class Given {

    private Given() {
    }

    /** Flattens events and lists of events into one list, in order, for {@code fixture.given(...)}. */
    public static List<Object> handelser(Object... delar) {
        return platt(delar);
    }

    /** Flattens commands and lists of commands into one list, in order, for {@code fixture.givenCommands(...)}. */
    public static List<Object> kommandon(Object... delar) {
        return platt(delar);
    }

    private static List<Object> platt(Object... delar) {
        List<Object> alla = new ArrayList<>();
        for (Object del : delar) {
            if (del instanceof Collection<?> c) {
                alla.addAll(c);
            } else {
                alla.add(del);
            }
        }
        return alla;
    }
}
