package se.barnunga.testing;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.restassured.response.ValidatableResponse;

/**
 * The services' error answers as the REST tests check them: RFC 9457 problem+json with the HTTP status, and for a
 * broken rule its code and the field it names ({@code rule}, {@code violations[].field}, {@code violations[].rule}).
 */
public final class ProblemAssertions {

    /** The content type of every error answer. */
    public static final String PROBLEM = "application/problem+json";

    private ProblemAssertions() {
    }

    /** A problem+json answer with the status, in the header and in the body. */
    public static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType(PROBLEM).body("status", is(status));
    }

    /** 409 with the rule the state breaks. */
    public static ValidatableResponse conflict(ValidatableResponse r, String rule) {
        return problem(r, 409).body("rule", is(rule));
    }

    /** 422: the rule of the routine, and the field as the first violation. */
    public static ValidatableResponse ruleViolation(ValidatableResponse r, String field, String rule) {
        return problem(r, 422).body("rule", is(rule)).body("violations[0].field", is(field))
                .body("violations[0].rule", is(rule));
    }

    /** 400: among the violations one of the field, with the rule. */
    public static ValidatableResponse badRequest(ValidatableResponse r, String field, String rule) {
        return problem(r, 400).body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.rule", is(rule));
    }
}
