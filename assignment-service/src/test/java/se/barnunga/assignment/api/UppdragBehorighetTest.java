package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
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
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import se.barnunga.testing.Concurrently;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * Who sees and does what on the assignment API: de-identified until klartecken and sent, protected personal data,
 * 403 for other units and wrong roles, and two simultaneous commands (one wins, the other gets a 409).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragBehorighetTest extends UppdragBehorighetTestBase {

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
