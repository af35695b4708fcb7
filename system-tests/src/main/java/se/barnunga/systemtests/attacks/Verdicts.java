package se.barnunga.systemtests.attacks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.RunSummary;

/**
 * The pass criteria every answer is held to, and the bookkeeping of findings: the same violation of the same
 * operation, target and mutation is reported once (with how often it happened as a figure), so the summary stays
 * readable when a defect repeats on every field.
 */
final class Verdicts {

    /** C0 controls other than tab, newline and carriage return, and DEL – raw or as a JSON escape. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]"
            + "|\\\\u00[01][0-9a-fA-F](?<!\\\\u0009|\\\\u000[aAdD])|\\\\u007[fF]");

    private final RunSummary summary;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    Verdicts(RunSummary summary) {
        this.summary = summary;
    }

    /**
     * The general criteria, for any answer: no 5xx and an answer at all; every 4xx is problem+json with a parseable
     * problem; every 400 and 422 names a field or a rule; no control character comes back.
     *
     * @return the categories violated (empty when it passed)
     */
    static List<String> check(Http.Answer answer) {
        List<String> violated = new ArrayList<>();
        int status = answer.status();
        if (status == 0) {
            violated.add("no-answer");
        } else if (status >= 500) {
            violated.add("5xx");
        } else if (status >= 400) {
            if (!answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                violated.add("4xx-not-problem-json");
            } else {
                JsonNode problem = ValidRequests.parse(answer.body());
                if (!problem.isObject() || !problem.has("status") || !problem.has("title")) {
                    violated.add("4xx-unparseable-problem");
                } else if ((status == 400 || status == 422) && !namesFieldOrRule(problem)) {
                    violated.add(status + "-names-no-field");
                }
            }
        }
        if (CONTROL.matcher(answer.body()).find()) {
            violated.add("control-character-echoed");
        }
        return violated;
    }

    private static boolean namesFieldOrRule(JsonNode problem) {
        if (!problem.path("rule").asText("").isBlank()) {
            return true;
        }
        for (JsonNode v : problem.path("violations")) {
            if (!v.path("field").asText("").isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a finding once per category, operation, target and mutation; later repeats only count. The detail names
     * the service, method, path template, target, mutation and status – never a value sent.
     */
    void finding(String category, OpenApiDocument.Operation op, String target, String mutation, int status) {
        String key = category + "|" + op.id() + "|" + target + "|" + mutation;
        counts.computeIfAbsent(category, c -> new AtomicInteger()).incrementAndGet();
        if (reported.add(key)) {
            summary.finding(category, op.service() + " " + op.method() + " " + op.path() + " " + target + " [" + mutation
                    + "] → " + status);
        }
    }

    /** Findings by category, counting repeats too, as figures with the given prefix. */
    void figures(String prefix) {
        counts.forEach((category, n) -> summary.figure(prefix + ".findings." + category, n.get()));
    }
}
