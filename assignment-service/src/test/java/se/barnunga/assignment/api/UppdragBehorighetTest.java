package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.BERIT_SAME_UNIT;
import static se.barnunga.assignment.api.AssignmentTestSupport.EVA_OTHER_UNIT;
import static se.barnunga.assignment.api.AssignmentTestSupport.MAJA_METODHANDLEDARE_UTF2;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.ULLA_UTFORARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.URBAN_UTFORARE_UTF2;
import static se.barnunga.assignment.api.AssignmentTestSupport.anrop;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;
import static se.barnunga.assignment.api.AssignmentTestSupport.post;
import static se.barnunga.testing.ProblemAssertions.PROBLEM;

import java.time.Duration;
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
import se.barnunga.testing.Concurrently;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * Who may see and do what: the unit sees the child de-identified until it has given its go-ahead and received the
 * assignment, protected contact details are masked, other units and wrong roles get 403, and every bad request is a
 * 4xx {@code application/problem+json}, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragBehorighetTest {

    private static final String MASK = "*** skyddade personuppgifter ***";
    private static final String ULF_UTF1_EJ_ANSVARIG = DevTokens.token("ulf", "UTF-1", "utforare");

    private static ExtractableResponse<Response> hamta(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/uppdrag/{id}", id).then().extract();
    }

    private static void avidentifierad(String id) {
        ExtractableResponse<Response> svar = hamta(MATS_METODHANDLEDARE, id);
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.jsonPath().getString("vy")).isEqualTo("AVIDENTIFIERAD");
        assertThat(svar.jsonPath().getString("barn.kon")).isEqualTo("KVINNA");
        int alder = LocalDate.of(2015, 4, 12).until(idag()).getYears();
        assertThat(svar.jsonPath().getInt("barn.alder")).isEqualTo(alder);
        assertThat(svar.jsonPath().getString("barn.personnummer")).isNull();
        assertThat(svar.jsonPath().getString("barn.fornamn")).isNull();
        assertThat(svar.jsonPath().getString("barn.efternamn")).isNull();
        assertThat(svar.jsonPath().getString("forfragan.behov")).isEqualTo("Stöd i konflikthantering i familjen");
        assertThat(svar.asString()).doesNotContain("201504122381", "20150412", "Alva", "Ekström", "personnummer", "fornamn",
                "efternamn", "Storgatan", "historik");
    }

    // ---- 1. Avidentifierat tills klartecken och skickat ---------------------------------------------------------------

    @Test
    void the_unit_sees_the_child_de_identified_until_it_gave_its_go_ahead_and_the_assignment_was_sent() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        avidentifierad(id);
        AssignmentTestSupport.klartecken(id);
        avidentifierad(id);
        AssignmentTestSupport.samtycke(id);
        post(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS"));
        avidentifierad(id);
        given().auth().oauth2(MATS_METODHANDLEDARE).when().get("/api/uppdrag/{id}/checklista", id).then().statusCode(200);

        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        ExtractableResponse<Response> svar = hamta(MATS_METODHANDLEDARE, id);
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.jsonPath().getString("vy")).isEqualTo("FULLSTANDIG");
        assertThat(svar.jsonPath().getString("barn.fornamn")).isEqualTo("Alva");
        assertThat(svar.jsonPath().getString("barn.efternamn")).isEqualTo("Ekström");
        assertThat(svar.jsonPath().getString("barn.personnummer")).isEqualTo("201504122381");
        assertThat(svar.jsonPath().getString("uppdrag.innehall.barnetsKontaktuppgifter.adress")).startsWith("Storgatan");
        // another performing unit does not see it at all
        given().auth().oauth2(MAJA_METODHANDLEDARE_UTF2).when().get("/api/uppdrag/{id}", id).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void the_units_list_shows_the_child_de_identified_until_the_assignment_was_sent() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        String post = "items.find { it.uppdragId == '" + id + "' }";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(MATS_METODHANDLEDARE).queryParam("size", 200).when().get("/api/uppdrag")
                        .then().statusCode(200)
                        .body(post, notNullValue())
                        .body(post + ".barn", nullValue())
                        .body(post + ".avidentifieratBarn.kon", is("KVINNA"))
                        .body(post + ".avidentifieratBarn.alder", notNullValue()));
        String listaSomMats = given().auth().oauth2(MATS_METODHANDLEDARE).queryParam("size", 200).queryParam("status", "FORFRAGAN")
                .when().get("/api/uppdrag").then().statusCode(200).extract().asString();
        assertThat(listaSomMats).doesNotContain("201504122381", "Alva", "Ekström");
        // the owning unit sees who it is in its list
        given().auth().oauth2(ANNA).queryParam("size", 200).when().get("/api/uppdrag")
                .then().statusCode(200)
                .body(post + ".barn.fornamn", is("Alva"))
                .body(post + ".avidentifieratBarn", nullValue());

        AssignmentTestSupport.beslutat(id);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(MATS_METODHANDLEDARE).queryParam("size", 200).when().get("/api/uppdrag")
                        .then().statusCode(200).body(post + ".status", is("BESLUTAT")).body(post + ".barn", nullValue()));
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(MATS_METODHANDLEDARE).queryParam("size", 200).when().get("/api/uppdrag")
                        .then().statusCode(200)
                        .body(post + ".barn.fornamn", is("Alva"))
                        .body(post + ".avidentifieratBarn", nullValue()));
    }

    // ---- 2. Skyddade personuppgifter ---------------------------------------------------------------------------------

    @Test
    void protected_contact_details_are_masked_for_everyone_but_the_responsible_secretary() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.beslutat(id);
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "SKYDDAD_FOLKBOKFORING");

        ExtractableResponse<Response> anna = hamta(ANNA, id);
        assertThat(anna.statusCode()).isEqualTo(200);
        assertThat(anna.jsonPath().getString("vy")).isEqualTo("FULLSTANDIG");
        assertThat(anna.jsonPath().getString("uppdrag.innehall.barnetsKontaktuppgifter.adress")).isEqualTo("Storgatan 1, 411 01 Göteborg");
        assertThat(anna.jsonPath().getString("uppdrag.innehall.vardnadshavare[0].kontakt.telefon")).isEqualTo("070-7654321");

        AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
        AssignmentTestSupport.utse(id);
        for (String token : List.of(BERIT_SAME_UNIT, MATS_METODHANDLEDARE, ULLA_UTFORARE)) {
            ExtractableResponse<Response> svar = hamta(token, id);
            assertThat(svar.statusCode()).isEqualTo(200);
            assertThat(svar.jsonPath().getString("vy")).isEqualTo("SKYDDAD");
            assertThat(svar.jsonPath().getString("uppdrag.innehall.barnetsKontaktuppgifter.adress")).isEqualTo(MASK);
            assertThat(svar.jsonPath().getString("uppdrag.innehall.barnetsKontaktuppgifter.telefon")).isEqualTo(MASK);
            assertThat(svar.jsonPath().getString("uppdrag.innehall.vardnadshavare[0].kontakt.adress")).isEqualTo(MASK);
            assertThat(svar.jsonPath().getString("uppdrag.innehall.skyddadePersonuppgifter")).isEqualTo("SKYDDAD_FOLKBOKFORING");
            // identity is shown, contact details are not
            assertThat(svar.jsonPath().getString("barn.fornamn")).isEqualTo("Alva");
            assertThat(svar.asString()).doesNotContain("Storgatan", "411 01", "070-1234567", "070-7654321");
        }
    }

    // ---- 3. 403 för andra enheter och fel roller ----------------------------------------------------------------------

    @Test
    void other_units_roles_and_performers_who_are_not_responsible_get_403() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        given().auth().oauth2(EVA_OTHER_UNIT).when().get("/api/uppdrag/{id}", id).then().statusCode(403).contentType(PROBLEM)
                .body("status", is(403));
        given().auth().oauth2(EVA_OTHER_UNIT).when().get("/api/uppdrag/{id}/checklista", id).then().statusCode(403).contentType(PROBLEM);
        anrop(MAJA_METODHANDLEDARE_UTF2, "klartecken", id, null).statusCode(403).contentType(PROBLEM);
        anrop(MAJA_METODHANDLEDARE_UTF2, "avbojande", id, "{\"skal\": \"Vill inte\"}").statusCode(403).contentType(PROBLEM);
        AssignmentTestSupport.klartecken(id);
        anrop(EVA_OTHER_UNIT, "samtycke", id, """
                {"part": "VARDNADSHAVARE", "vardnadshavare": {"personnummer": "19800101-0001", "namn": "Karin Ekström"},
                 "samtycker": true, "datum": "%s"}""".formatted(idag())).statusCode(403).contentType(PROBLEM);
        AssignmentTestSupport.samtycke(id);
        // wrong role: a performer may not decide
        anrop(ULLA_UTFORARE, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS")).statusCode(403).contentType(PROBLEM);
        anrop(EVA_OTHER_UNIT, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS")).statusCode(403).contentType(PROBLEM);
        post(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS"));
        anrop(EVA_OTHER_UNIT, "skicka", id, AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN")).statusCode(403).contentType(PROBLEM);
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        anrop(MAJA_METODHANDLEDARE_UTF2, "mottagande", id, null).statusCode(403).contentType(PROBLEM);
        AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
        anrop(ULLA_UTFORARE, "ansvarig-utforare", id, "{\"ansvarigUtforare\": \"ulla\"}").statusCode(403).contentType(PROBLEM);
        AssignmentTestSupport.utse(id);
        AssignmentTestSupport.formote(id);
        anrop(URBAN_UTFORARE_UTF2, "planeringsmote", id, """
                {"datum": "%s", "deltagare": ["SOCIALSEKRETERARE"], "barnetDeltog": true, "sekretessInformerad": true,
                 "malGenomgangna": true, "planeratStartdatum": "%s", "forstaUppfoljningsmote": "%s"}"""
                .formatted(idag(), idag(), idag().plusDays(49))).statusCode(403).contentType(PROBLEM);
        AssignmentTestSupport.planeringsmote(id);
        // a performer of the right unit who is not the responsible one
        anrop(ULF_UTF1_EJ_ANSVARIG, "startbekraftelse", id, "{\"startade\": true}").statusCode(403).contentType(PROBLEM);
        anrop(MATS_METODHANDLEDARE, "startbekraftelse", id, "{\"startade\": true}").statusCode(403).contentType(PROBLEM);
        AssignmentTestSupport.startbekraftelse(id);
        AssignmentTestSupport.verkstallighet(id);
        List<String> malIds = AssignmentTestSupport.malIds(id);
        anrop(URBAN_UTFORARE_UTF2, "genomforandeplan", id, AssignmentTestSupport.planBody(malIds)).statusCode(403).contentType(PROBLEM);
        anrop(ULF_UTF1_EJ_ANSVARIG, "genomforandeplan", id, AssignmentTestSupport.planBody(malIds)).statusCode(403).contentType(PROBLEM);
        post(ULLA_UTFORARE, "genomforandeplan", id, AssignmentTestSupport.planBody(malIds));
        anrop(EVA_OTHER_UNIT, "riskbedomning", id, "{\"riskniva\": \"MINSKAD\", \"kvarstaendeBehov\": false, \"datum\": \"%s\"}"
                .formatted(idag())).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(EVA_OTHER_UNIT).when().get("/api/uppdrag/{id}", id).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(URBAN_UTFORARE_UTF2).when().get("/api/uppdrag/{id}", id).then().statusCode(403).contentType(PROBLEM);
        // none of the denied attempts left a trace in the history
        List<String> utfordAv = hamta(ANNA, id).jsonPath().getList("historik.utfordAv", String.class);
        assertThat(utfordAv).doesNotContain("eva", "maja", "urban", "ulf").contains("anna", "mats", "ulla");
    }

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

    // ---- 5. Samtidiga kommandon ------------------------------------------------------------------------------------

    @Test
    void of_two_concurrent_receipts_one_succeeds_and_one_gets_409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
            AssignmentTestSupport.beslutat(id);
            AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
            List<ExtractableResponse<Response>> svar = Concurrently.twice(() -> given().auth().oauth2(MATS_METODHANDLEDARE)
                    .when().post("/api/uppdrag/{id}/mottagande", id).then().extract());
            List<Integer> statuses = svar.stream().map(ExtractableResponse::statusCode).toList();
            List<String> types = svar.stream().map(s -> String.valueOf(s.contentType())).toList();
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            assertThat(types).anyMatch(t -> t.startsWith(PROBLEM));
            List<String> historik = hamta(ANNA, id).jsonPath().getList("historik.handelse", String.class);
            assertThat(historik.stream().filter("UppdragMottaget"::equals).count()).isEqualTo(1);
        }
    }
}
