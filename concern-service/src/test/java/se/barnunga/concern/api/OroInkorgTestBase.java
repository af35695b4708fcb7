package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.barnunga.testing.TestClock;

/**
 * The inboxes (most urgent first, with what is overdue and how long each has waited), the queue a caller may ask for,
 * and the facts the routing rests on: the responsible secretary's absence, a closed assignment (learned once from the
 * assignment-service's events, however often they are delivered), and forwarding from the reception unit.
 *
 * <p>The setup and the helpers shared by {@link OroInkorgTest}, {@link OroDirigeringsunderlagTest}.
 */
abstract class OroInkorgTestBase {

    static final String IDAG = "2026-11-24";
    static final String KONSUMENT = "concern-service.ansvariga-socialsekreterare";

    @BeforeEach
    void kontorstid() {
        TestClock.set(tisdagFormiddag());
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A child whose responsible social secretary (a user of this test only, MYND-1) is known to the service. */
    record Barnet(String personnummer, String ss, String ssToken, Uppdrag uppdrag) {
        static Barnet medAnsvarig(String prefix) {
            String pnr = nyttBarn();
            String ss = unikAnvandare(prefix);
            Uppdrag u = uppdragSkickat(pnr, ss);
            return new Barnet(pnr, ss, token(ss, "MYND-1", "socialsekreterare"), u);
        }
    }

    static ValidatableResponse lamnaOm(String personnummer, String uppdragId, boolean akut) {
        Map<String, Object> a = oroAnrop(personnummer, akut, "SKRIFTLIG");
        if (uppdragId != null) {
            a.put("uppdragId", uppdragId);
            @SuppressWarnings("unchecked")
            Map<String, Object> barn = (Map<String, Object>) ((List<?>) a.get("barn")).get(0);
            barn.put("relation", "ARENDETS_BARN");
        }
        return lamna(ULLA_UTFORARE, json(a)).statusCode(201);
    }

    static String tillAnsvarig(String personnummer, String ss) {
        return lamnaOm(personnummer, null, false)
                .body("oro[0].dirigering.mottagare.typ", is("SOCIALSEKRETERARE"))
                .body("oro[0].dirigering.mottagare.socialsekreterare", is(ss))
                .body("oro[0].dirigering.grund", is("ANSVARIG_SOCIALSEKRETERARE"))
                .extract().path("oro[0].oroId");
    }

    static void tillMottagningen(String personnummer, String uppdragId, String grund) {
        lamnaOm(personnummer, uppdragId, false)
                .body("oro[0].dirigering.mottagare.typ", is("MOTTAGNING"))
                .body("oro[0].dirigering.mottagare.enhet", is("MOTT-1"))
                .body("oro[0].dirigering.mottagare.socialsekreterare", nullValue())
                .body("oro[0].dirigering.grund", is(grund))
                .body("oro[0].dirigering.forklaring", notNullValue());
    }

    static ValidatableResponse franvaro(String token, String socialsekreterare, String fran, String tom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("socialsekreterare", socialsekreterare);
        body.put("fran", fran);
        body.put("tom", tom);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json(body)).when().post("/api/franvaro").then();
    }

    static ValidatableResponse taBort(String token, String franvaroId) {
        return given().auth().oauth2(token).when().delete("/api/franvaro/{id}", franvaroId).then();
    }
}
