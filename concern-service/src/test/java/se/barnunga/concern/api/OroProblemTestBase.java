package se.barnunga.concern.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import se.barnunga.testing.TestClock;

/**
 * Bad input, unknown concerns, missing rights and steps out of order: always a 4xx {@code application/problem+json}
 * naming the field and rule where there is one – never a 500.
 *
 * <p>The setup and the helpers shared by {@link OroProblemTest}, {@link OroProblemBedomningTest},
 * {@link OroProblemIndataTest}.
 */
abstract class OroProblemTestBase {

    static final String OKAND = "00000000-0000-4000-8000-000000000000";
    static final String SKYDDSBEDOMNING_DELAR = "omedelbartSkyddsbehov,underlag,bedomd,bedomdAvNamn,bedomdAvTitel";

    @BeforeEach
    void kontorstid() {
        TestClock.set(tisdagFormiddag());
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A concern about a child without a responsible secretary: it goes to the reception unit (Mia). */
    static String hosMottagningen(boolean akut, String form) {
        return lamna(ULLA_UTFORARE, json(oroAnrop(nyttBarn(), akut, form))).statusCode(201)
                .body("oro[0].dirigering.mottagare.typ", is("MOTTAGNING"))
                .extract().path("oro[0].oroId");
    }

    /** A concern at the reception unit whose preliminary assessment Mia has closed. */
    static String avslutadHosMottagningen() {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(200);
        return oroId;
    }

    static ValidatableOro skicka(String body) {
        return new ValidatableOro(lamna(ULLA_UTFORARE, body).statusCode(400).contentType(PROBLEM).body("status", is(400)));
    }

    /** Asserts on the violations of a 400. */
    record ValidatableOro(io.restassured.response.ValidatableResponse response) {
        ValidatableOro brister(String field, String rule) {
            response.body("violations.field", hasItem(field))
                    .body("violations.find { it.field == '" + field + "' }.rule", is(rule));
            return this;
        }
    }
}
