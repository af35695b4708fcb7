package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.ULLA_UTFORARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.anrop;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;
import static se.barnunga.assignment.api.AssignmentTestSupport.post;
import static se.barnunga.testing.ProblemAssertions.PROBLEM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * Bad input and steps out of order on the assignment API: a 4xx {@code application/problem+json}, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragIndataTest extends UppdragBehorighetTestBase {

    // ---- 4. Felaktig indata och otillåtna steg -------------------------------------------------------------------

    private static String planeringsmoteBody(String id, LocalDate start, LocalDate uppfoljning, String skal) {
        return """
                {"datum": "%s", "deltagare": ["BARNET", "VARDNADSHAVARE", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"],
                 "barnetDeltog": true, "sekretessInformerad": true, "malGenomgangna": true,
                 "planeratStartdatum": "%s", "skalForSenStart": %s, "forstaUppfoljningsmote": "%s",
                 "overenskommelser": %s}"""
                .formatted(idag(), start, skal == null ? "null" : "\"" + skal + "\"", uppfoljning,
                        AssignmentTestSupport.overenskommelser(id).replace(idag().plusDays(80).toString(), start.plusDays(80).toString()));
    }

    /** Sent, received, responsible performer appointed: ready for the planning meeting. */
    private static String tilldelat() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.beslutat(id);
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
        AssignmentTestSupport.utse(id);
        return id;
    }

    @Test
    void content_that_breaks_a_rule_of_the_routine_is_422_naming_field_and_rule() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.klartecken(id);
        AssignmentTestSupport.samtycke(id);
        // the old law does not apply to decisions of today
        anrop(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS").replace("SOL_2025_11_1", "SOL_2001_4_1"))
                .statusCode(422).contentType(PROBLEM).body("rule", is("LAGRUM_GALLER_INTE_DATUMET"))
                .body("violations[0].field", is("lagrum"));
        anrop(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS").replace("\"UTBILDNING\"", "\"SKOLAN\""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("OKANT_BBIC_OMRADE"))
                .body("violations[0].field", is("mal[1].bbicOmrade"));
        anrop(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS").replace("\"beslutsdatum\": \"" + idag(),
                        "\"beslutsdatum\": \"" + idag().plusDays(1)))
                .statusCode(422).contentType(PROBLEM).body("rule", is("DATUM_I_FRAMTIDEN"));
        // sending before the decision
        anrop(ANNA, "skicka", id, AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN"))
                .statusCode(409).contentType(PROBLEM).body("rule", anyOf(is("BESLUT_SAKNAS"), is("KLARTECKEN_SAKNAS")));
        post(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS"));
        // a required item of the assignment's content is missing
        anrop(ANNA, "skicka", id, AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN")
                .replace("\"uppfoljningsform\": \"Uppföljningsmöte var 6–8 vecka\",", ""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("UPPGIFT_SAKNAS"))
                .body("violations[0].field", is("innehall.uppfoljningsform"));
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
        anrop(MATS_METODHANDLEDARE, "mottagande", id, null).statusCode(409).contentType(PROBLEM).body("rule", is("UPPDRAG_REDAN_MOTTAGET"));
        AssignmentTestSupport.utse(id);

        LocalDate start = idag();
        // "senast inom 6–8 veckor": later than 8 weeks needs a reason, the start day itself is no follow-up
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, start, start.plusDays(57), null))
                .statusCode(422).contentType(PROBLEM).body("rule", is("SEN_UPPFOLJNING_KRAVER_SKAL"))
                .body("violations[0].field", is("skalForSenUppfoljning"));
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, start, start, null))
                .statusCode(422).contentType(PROBLEM).body("rule", is("UPPFOLJNING_FORE_START"))
                .body("violations[0].field", is("forstaUppfoljningsmote"));
        LocalDate sen = idag().plusDays(15);
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, sen, sen.plusDays(49), null))
                .statusCode(422).contentType(PROBLEM).body("rule", is("SEN_START_KRAVER_SKAL"))
                .body("violations[0].field", is("skalForSenStart"));
        // verkställighet needs the planning meeting first
        anrop(ANNA, "verkstallighet", id, "{\"verkstallighetsdatum\": \"%s\"}".formatted(idag()))
                .statusCode(409).contentType(PROBLEM).body("rule", is("PLANERINGSMOTE_SAKNAS"));
        // an early follow-up needs no reason
        post(ANNA, "planeringsmote", id, planeringsmoteBody(id, start, start.plusDays(14), null));
        anrop(ANNA, "verkstallighet", id, "{\"verkstallighetsdatum\": \"%s\"}".formatted(idag().minusDays(1)))
                .statusCode(422).contentType(PROBLEM).body("rule", is("START_FORE_BESLUT"))
                .body("violations[0].field", is("verkstallighetsdatum"));
        anrop(ANNA, "verkstallighet", id, "{\"verkstallighetsdatum\": \"%s\"}".formatted(idag().plusDays(1)))
                .statusCode(422).contentType(PROBLEM).body("rule", is("DATUM_I_FRAMTIDEN"))
                .body("violations[0].field", is("verkstallighetsdatum"));

        // unknown codes on the enquiry
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(AssignmentTestSupport.body("20150412-2381").replace("\"FAMILJEBEHANDLING\"", "\"RIDSKOLA\""))
                .when().post("/api/uppdrag").then().statusCode(422).contentType(PROBLEM)
                .body("rule", is("OKAND_INSATSTYP")).body("violations[0].field", is("insatstyp"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(AssignmentTestSupport.body("20150412-2381").replace("[\"FAMILJ_OCH_SOCIALA_RELATIONER\"]", "[\"HALSA\", \"KOMPISAR\"]"))
                .when().post("/api/uppdrag").then().statusCode(422).contentType(PROBLEM)
                .body("rule", is("OKANT_BBIC_OMRADE")).body("violations[0].field", is("behovsomraden[1]"));
    }

    @Test
    void a_late_start_with_a_reason_is_accepted() {
        String id = tilldelat();
        LocalDate sen = idag().plusDays(15);
        post(ANNA, "planeringsmote", id, planeringsmoteBody(id, sen, sen.plusDays(42), "Familjen är bortrest"));
        // the agreed start has not come: nothing to confirm yet
        anrop(ULLA_UTFORARE, "startbekraftelse", id, "{\"startade\": true}")
                .statusCode(409).contentType(PROBLEM).body("rule", is("STARTDATUM_INTE_NATT"));
    }

    @Test
    void a_start_date_beyond_the_calendar_is_4xx_not_500() {
        // planeratStartdatum at LocalDate.MAX with a reason passes the 14-day rule; the follow-up window start+42 days
        // then overflows the calendar
        String id = tilldelat();
        anrop(ANNA, "planeringsmote", id, """
                {"datum": "%s", "deltagare": ["SOCIALSEKRETERARE"], "barnetDeltog": true, "sekretessInformerad": true,
                 "malGenomgangna": true, "planeratStartdatum": "+999999999-12-31", "skalForSenStart": "Familjen vill vänta",
                 "forstaUppfoljningsmote": "+999999999-12-31"}""".formatted(idag()))
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500))).contentType(PROBLEM);
    }

    @Test
    void malformed_input_is_400_naming_the_field() {
        String id = tilldelat();
        // invalid guardian personnummer, on consent and in the content
        String nytt = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        String fel = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN")
                        .replace("19800101-0001", "19800101-0002"))
                .when().post("/api/uppdrag/{id}/skicka", nytt)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("innehall.vardnadshavare[0].personnummer"))
                .extract().asString();
        assertThat(fel).doesNotContain("19800101-0002").doesNotContain("198001010002");
        String annat = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        anrop(ANNA, "samtycke", annat, """
                {"part": "VARDNADSHAVARE", "vardnadshavare": {"personnummer": "19800101-0002", "namn": "Karin Ekström"},
                 "samtycker": true, "datum": "%s"}""".formatted(idag()))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("vardnadshavare.personnummer"));
        // consent by a guardian without naming the guardian
        anrop(ANNA, "samtycke", annat, "{\"part\": \"VARDNADSHAVARE\", \"samtycker\": true, \"datum\": \"%s\"}".formatted(idag()))
                .statusCode(422).contentType(PROBLEM).body("rule", is("VARDNADSHAVARE_KRAVS"));

        // null booleans are named
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, idag(), idag().plusDays(49), null).replace("\"barnetDeltog\": true,", ""))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("barnetDeltog"));
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, idag(), idag().plusDays(49), null).replace("\"barnetDeltog\": true", "\"barnetDeltog\": null"))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("barnetDeltog"));
        anrop(MATS_METODHANDLEDARE, "hinder", id, "{\"hinder\": \"KAN_INTE_TA_SIG_AN\", \"skal\": \"Sjukdom\"}")
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("enhetschefInformerad"));
        // unknown enum values
        anrop(MATS_METODHANDLEDARE, "hinder", id, "{\"hinder\": \"ORKAR_INTE\", \"skal\": \"x\", \"enhetschefInformerad\": true}")
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("hinder")).body("violations[0].rule", is("Format"));
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, idag(), idag().plusDays(49), null).replace("\"BARNET\"", "\"GRANNEN\""))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", startsWith("deltagare"));
        // wrong types and malformed JSON
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, idag(), idag().plusDays(49), null).replace("\"barnetDeltog\": true", "\"barnetDeltog\": \"kanske\""))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("barnetDeltog"));
        anrop(ANNA, "planeringsmote", id, planeringsmoteBody(id, idag(), idag().plusDays(49), null).replace(idag().plusDays(49).toString(), "nästa vecka"))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("forstaUppfoljningsmote"));
        anrop(ANNA, "planeringsmote", id, "{\"datum\": ").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("(body)")).body("violations[0].rule", is("JsonSyntax"));
        anrop(ANNA, "planeringsmote", id, null).statusCode(anyOf(is(400), is(415))).contentType(PROBLEM);
        // nothing of it reached the case
        assertThat(hamta(ANNA, id).jsonPath().getString("planeringsmote")).isNull();
    }

    private static final Map<String, String> POST_ENDPOINTS = new LinkedHashMap<>();

    static {
        String ss = ANNA;
        String mh = MATS_METODHANDLEDARE;
        String au = ULLA_UTFORARE;
        POST_ENDPOINTS.put("forfragan", ss);
        POST_ENDPOINTS.put("klartecken", mh);
        POST_ENDPOINTS.put("avbojande", mh);
        POST_ENDPOINTS.put("samtycke", ss);
        POST_ENDPOINTS.put("beslut", ss);
        POST_ENDPOINTS.put("samtycke/aterkallande", ss);
        POST_ENDPOINTS.put("omprovning", ss);
        POST_ENDPOINTS.put("utredningsuppdrag-beslut", ss);
        POST_ENDPOINTS.put("skicka", ss);
        POST_ENDPOINTS.put("mottagande", mh);
        POST_ENDPOINTS.put("ansvarig-utforare", mh);
        POST_ENDPOINTS.put("hinder", mh);
        POST_ENDPOINTS.put("formote", au);
        POST_ENDPOINTS.put("planeringsmote", ss);
        POST_ENDPOINTS.put("startbekraftelse", au);
        POST_ENDPOINTS.put("verkstallighet", ss);
        POST_ENDPOINTS.put("avbrott", ss);
        POST_ENDPOINTS.put("aterupptagande", au);
        POST_ENDPOINTS.put("uppskov", ss);
        POST_ENDPOINTS.put("aterkallelse", ss);
        POST_ENDPOINTS.put("genomforandeplan", au);
        POST_ENDPOINTS.put("genomforandeplan/revision", au);
        POST_ENDPOINTS.put("genomforandeplan/kopior", au);
        POST_ENDPOINTS.put("genomforandeplan/efterfragan", ss);
        POST_ENDPOINTS.put("invandningar", au);
        POST_ENDPOINTS.put("invandningar/" + UUID.randomUUID() + "/hantering", ss);
        POST_ENDPOINTS.put("redogorelse", au);
        POST_ENDPOINTS.put("riskbedomning", ss);
        POST_ENDPOINTS.put("avslutande-sammanfattning", au);
        POST_ENDPOINTS.put("insatsavslut", ss);
        POST_ENDPOINTS.put("avslut", au);
        POST_ENDPOINTS.put("fragor", mh);
        POST_ENDPOINTS.put("fragor/" + UUID.randomUUID() + "/svar", ss);
        POST_ENDPOINTS.put("ny-information", ss);
        POST_ENDPOINTS.put("familjen-informerad-infor-avslut", au);
    }

    private static final List<String> MALFORMED = List.of(
            "{", "}", "[]", "null", "42", "\"text\"", "true", "{}", "{\"datum\": }", "{\"datum\": \"2024-13-45\"}",
            "{\"datum\": [1, 2]}", "{\"datum\": {\"a\": 1}}", "{\"datum\": \"+999999999-12-31\"}", "{\"datum\": \"-999999999-01-01\"}",
            "{\"mal\": {}, \"beslutsdatum\": 5}", "{\"innehall\": []}", "{\"innehall\": {\"vardnadshavare\": [null]}}",
            "{\"innehall\": {\"vardnadshavare\": [{\"personnummer\": 19800101}]}}", "{\"aktiviteter\": [null], \"deltagare\": [null]}",
            "{\"aktiviteter\": \"alla\"}", "{\"mottagare\": [\"GRANNEN\"], \"datum\": \"2024-01-01\"}", "{\"startade\": \"ja\"}",
            "{\"fragor\": [null], \"beslutsdatum\": \"2024-01-01\", \"kommuniceratMedFamiljen\": true}",
            "{\"skal\": \"" + "x".repeat(5000) + "\"}", "{\"ansvarigUtforare\": \"" + "u".repeat(200) + "\"}",
            "{\"utforarenhet\": \"UTF 1; DROP TABLE\"}", "{\"riskniva\": null, \"kvarstaendeBehov\": 1, \"datum\": \"2024-01-01\"}",
            "{\"malUppfyllelse\": [{\"malId\": null}], \"overlamnadTill\": []}", "\u0000", "{\"a\":" .repeat(200));

    @Test
    void malformed_bodies_against_every_post_endpoint_are_4xx_problems_never_500() {
        String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        List<String> fel = new ArrayList<>();
        for (String body : MALFORMED) {
            ExtractableResponse<Response> skapa = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(body)
                    .when().post("/api/uppdrag").then().extract();
            granska("POST /api/uppdrag", body, skapa, fel);
            for (Map.Entry<String, String> e : POST_ENDPOINTS.entrySet()) {
                ExtractableResponse<Response> svar = given().auth().oauth2(e.getValue()).contentType(ContentType.JSON).body(body)
                        .when().post("/api/uppdrag/{id}/" + e.getKey(), id).then().extract();
                granska("POST /api/uppdrag/{id}/" + e.getKey(), body, svar, fel);
            }
        }
        assertThat(fel).as("requests answered with something other than a 4xx problem").isEmpty();
    }

    private static void granska(String endpoint, String body, ExtractableResponse<Response> svar, List<String> fel) {
        int status = svar.statusCode();
        String kort = body.length() > 60 ? body.substring(0, 60) + "…" : body;
        if (status >= 500 || status < 400 && status != 200) {
            fel.add(endpoint + " " + kort + " -> " + status);
        } else if (status >= 400 && !String.valueOf(svar.contentType()).startsWith(PROBLEM)) {
            fel.add(endpoint + " " + kort + " -> " + status + " as " + svar.contentType());
        } else if (status == 200 && !endpoint.endsWith("klartecken") && !endpoint.endsWith("mottagande")
                && !endpoint.endsWith("efterfragan")) {
            // only the steps without a body may ignore it
            fel.add(endpoint + " " + kort + " -> accepted");
        }
    }
}
