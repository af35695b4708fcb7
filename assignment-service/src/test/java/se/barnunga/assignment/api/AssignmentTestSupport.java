package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import se.barnunga.testing.DevTokens;

/** Tokens and requests shared by the assignment-service's REST tests. */
final class AssignmentTestSupport {

    static final String PERSONNUMMER = "20150412-2381";
    static final String ANNA = DevTokens.token("anna", "MYND-1", "socialsekreterare");
    static final String EVA_OTHER_UNIT = DevTokens.token("eva", "MYND-2", "socialsekreterare");
    static final String MATS_METODHANDLEDARE = DevTokens.token("mats", "UTF-1", "metodhandledare");
    static final String OLLE_DRIFT = DevTokens.token("olle", "DRIFT-1", "drift");

    private AssignmentTestSupport() {
    }

    static String body(String personnummer) {
        return """
                {"typ": "BEVILJAD_INSATS",
                 "barn": {"personnummer": "%s", "fornamn": "Alva", "efternamn": "Ekström"},
                 "utforarenhet": "UTF-1"}""".formatted(personnummer);
    }

    static String registrera(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(PERSONNUMMER))
                .when().post("/api/uppdrag")
                .then().statusCode(201)
                .extract().path("uppdragId");
    }

    static void bekraftaMottagande(String token, String uppdragId) {
        given().auth().oauth2(token).when().post("/api/uppdrag/{id}/mottagande", uppdragId).then().statusCode(200);
    }

    static void skicka(String token, String uppdragId) {
        given().auth().oauth2(token).when().post("/api/uppdrag/{id}/skicka", uppdragId).then().statusCode(200);
    }
}
