package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.barnunga.testing.DevTokens;

/** Tokens and requests shared by the concern-service's REST tests. */
final class ConcernTestSupport {

    static final String BARN_PNR = "20150412-2381";
    static final String VUXEN_PNR = "19800101-0001";
    /** The social secretary responsible for the child in the assignment-service's events. */
    static final String ANNA = DevTokens.token("anna", "MYND-1", "socialsekreterare");
    static final String BERIT_SAME_UNIT = DevTokens.token("berit", "MYND-1", "socialsekreterare");
    static final String ULLA_UTFORARE = DevTokens.token("ulla", "UTF-1", "utforare");
    static final String MATS_METODHANDLEDARE = DevTokens.token("mats", "UTF-1", "metodhandledare");
    static final String MIA_MOTTAGNING = DevTokens.token("mia", "MOTT-1", "mottagning");
    static final String JONAS_JOUR = DevTokens.token("jonas", "JOUR-1", "socialjour");
    static final String CHEF_MYND = DevTokens.token("cecilia", "MYND-1", "enhetschef");
    static final String CHEF_UTF = DevTokens.token("carl", "UTF-1", "enhetschef");
    static final String RUT_RAPPORTOR = DevTokens.token("rut", "STAB-1", "rapportor");
    static final String OLLE_DRIFT = DevTokens.token("olle", "DRIFT-1", "drift");

    private ConcernTestSupport() {
    }

    /** A report body about one child. */
    static String oroBody(String personnummer, String uppdragId, boolean akut, String form, boolean overgrepp,
                          boolean vardnadshavareInformerade) {
        return """
                {"barn": [{"personnummer": "%s", "relation": %s}],
                 "uppdragId": %s,
                 "akut": %s, "form": "%s",
                 "omValdEllerOvergrepp": %s,
                 "vardnadshavareInformerade": %s,
                 "skalAttInteInformera": null,
                 "arbetsledareKonsulterad": true,
                 "beskrivning": "Barnet berättade i dag om blåmärken och att hen inte vill gå hem.",
                 "kontakt": {"namn": "Ulla Utförare", "telefon": "031-123456"}}"""
                .formatted(personnummer, uppdragId == null ? "null" : "\"ARENDETS_BARN\"",
                        uppdragId == null ? "null" : "\"" + uppdragId + "\"", akut, form, overgrepp, vardnadshavareInformerade);
    }

    static ValidatableResponse lamna(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/oro").then();
    }

    static ValidatableResponse post(String token, String path, String oroId, String json) {
        var request = given().auth().oauth2(token);
        if (json != null) {
            request = request.contentType(ContentType.JSON).body(json);
        }
        return request.when().post("/api/oro/{id}/" + path, oroId).then();
    }

    static String skyddsbedomningBody(Instant bedomd) {
        return """
                {"omedelbartSkyddsbehov": false,
                 "underlag": "Samtal med barnet och förskolan; inga tecken på akut fara i hemmet i kväll.",
                 "bedomd": "%s", "bedomdAvNamn": "Anna Andersson", "bedomdAvTitel": "Socialsekreterare"}""".formatted(bedomd);
    }
}
