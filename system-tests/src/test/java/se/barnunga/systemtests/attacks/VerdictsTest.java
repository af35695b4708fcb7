package se.barnunga.systemtests.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.barnunga.systemtests.RunSummary;

class VerdictsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void a_good_problem_passes() {
        assertThat(Verdicts.check(new Http.Answer(400, PROBLEM,
                "{\"title\":\"Ogiltig begäran\",\"status\":400,\"violations\":[{\"field\":\"barn.namn\",\"rule\":\"Size\"}]}"))).isEmpty();
        assertThat(Verdicts.check(new Http.Answer(422, PROBLEM, "{\"title\":\"t\",\"status\":422,\"rule\":\"FRIST\"}"))).isEmpty();
        assertThat(Verdicts.check(new Http.Answer(201, "application/json", "{\"text\":\"rad\\nrad\\ttab\"}"))).isEmpty();
    }

    @Test
    void each_criterion_can_fail() {
        assertThat(Verdicts.check(new Http.Answer(500, "", ""))).containsExactly("5xx");
        assertThat(Verdicts.check(new Http.Answer(0, "", ""))).containsExactly("no-answer");
        assertThat(Verdicts.check(new Http.Answer(431, "text/html", "<html/>"))).containsExactly("4xx-not-problem-json");
        assertThat(Verdicts.check(new Http.Answer(404, PROBLEM, "not json"))).containsExactly("4xx-unparseable-problem");
        assertThat(Verdicts.check(new Http.Answer(400, PROBLEM, "{\"title\":\"t\",\"status\":400}"))).containsExactly("400-names-no-field");
        assertThat(Verdicts.check(new Http.Answer(404, PROBLEM, "{\"title\":\"t\",\"status\":404,\"instance\":\"/api/x/\\u0000\"}")))
                .containsExactly("control-character-echoed");
        assertThat(Verdicts.check(new Http.Answer(200, "application/json", "{\"a\":\"x\u0001\"}"))).containsExactly("control-character-echoed");
    }

    @Test
    void a_repeated_finding_is_reported_once_and_counted() {
        RunSummary summary = new RunSummary("test");
        Verdicts verdicts = new Verdicts(summary);
        OpenApiDocument.Operation op = new OpenApiDocument.Operation("s", "GET", "/api/x", java.util.List.of(), null,
                java.util.Set.of(), "application/json", false, null);
        verdicts.finding("5xx", op, "a", "control:NUL", 500);
        verdicts.finding("5xx", op, "a", "control:NUL", 500);
        verdicts.figures("x");
        assertThat(summary.findings()).containsExactly("5xx: s GET /api/x a [control:NUL] → 500");
        assertThat(summary.render()).contains("x.findings.5xx: 2");
    }
}
