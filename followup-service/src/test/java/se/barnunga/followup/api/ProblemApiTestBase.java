package se.barnunga.followup.api;

import static org.hamcrest.Matchers.is;
import static se.barnunga.followup.api.FollowupTestSupport.*;
import static se.barnunga.testing.ProblemAssertions.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import se.barnunga.testing.TestClock;

/**
 * Bad input, unknown records, missing rights and steps out of order on the follow-up API: always a 4xx
 * {@code application/problem+json} naming the field and the rule where there is one – never a 500. The domain's
 * rules seen over REST (422 with the field the aggregate names, 409 with the rule), and two conflicting requests at
 * the same time (one wins, the other gets a 409).
 *
 * <p>The setup and the helpers shared by {@link ProblemApiBodiesTest}, {@link ProblemApiRequestsTest},
 * {@link ProblemApiRulesTest}.
 */
abstract class ProblemApiTestBase {

    static final String OKAND = "00000000-0000-4000-8000-000000000000";
    static final List<String> POST_VAGAR = List.of("pakallanden", "moten", "avbokning", "formote", "sammanfattning",
            "uppfoljningsmote", "avslutningsmote");

    /** The intervention's start: a Monday; "today" is the day after. */
    static final LocalDate START = LocalDate.of(2028, 3, 6);
    static final LocalDate IDAG = START.plusDays(1);

    @BeforeEach
    void dagenEfterStart() {
        TestClock.set(IDAG.atTime(9, 0).atZone(TestClock.ZONE));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A started intervention (anna, ulla) whose planning meeting booked M1 within the window. */
    static Insats bokad() {
        return verkstalldInsats("KVINNA", unikInsatstyp("PROBLEM"), START, START.plusDays(45));
    }

    /** A started intervention without a booked meeting. */
    static Insats obokad() {
        return verkstalldInsats("MAN", unikInsatstyp("PROBLEM"), START, null);
    }

    /** Who may call each POST path on the standard case. */
    static String token(String vag) {
        return vag.equals("sammanfattning") ? ULLA_UTFORARE : ANNA;
    }

    /** A body each POST path accepts on a booked standard case, today. */
    static Map<String, Object> giltig(String vag, Insats insats) {
        return switch (vag) {
            case "pakallanden" -> new LinkedHashMap<>(Map.of("skal", "Familjen har flyttat och behöver ett extra möte."));
            case "moten" -> boka(START.plusDays(49));
            case "avbokning" -> new LinkedHashMap<>(Map.of("skal", "Familjen är bortrest."));
            case "formote" -> new LinkedHashMap<>(Map.of("datum", IDAG.toString(), "planering", "Barnet deltar första halvtimmen."));
            case "sammanfattning" -> sammanfattning(insats);
            case "uppfoljningsmote" -> {
                Map<String, Object> a = uppfoljning(insats, IDAG, true, "FORTSATTA", IDAG.plusDays(49),
                        "INGEN_FORANDRING", "INGEN_FORANDRING");
                a.put("skalUtanSammanfattning", "Utföraren var sjuk.");
                yield a;
            }
            case "avslutningsmote" -> avslutning(insats, IDAG, "INGEN_FORANDRING", "INGEN_FORANDRING");
            default -> throw new IllegalArgumentException(vag);
        };
    }
}
