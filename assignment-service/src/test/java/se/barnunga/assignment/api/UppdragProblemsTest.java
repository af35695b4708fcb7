package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.EVA_OTHER_UNIT;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.OLLE_DRIFT;
import static se.barnunga.testing.ProblemAssertions.PROBLEM;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.barnunga.testing.Concurrently;
import se.barnunga.testing.PostgresKafkaTestResource;

/** Security, bad input and illegal transitions: always a 4xx application/problem+json, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragProblemsTest {


    @Test
    void no_token_is_401() {
        given().contentType(ContentType.JSON).body(AssignmentTestSupport.body("20150412-2381"))
                .when().post("/api/uppdrag")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer").body("status", is(401));
        given().when().get("/api/uppdrag").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void a_forged_token_is_401() {
        given().auth().oauth2(ANNA.substring(0, ANNA.length() - 4) + "AAAA").when().get("/api/uppdrag")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void a_role_the_routine_does_not_name_is_403() {
        given().auth().oauth2(MATS_METODHANDLEDARE).contentType(ContentType.JSON).body(AssignmentTestSupport.body("20150412-2381"))
                .when().post("/api/uppdrag")
                .then().statusCode(403).contentType(PROBLEM).body("status", is(403));
        given().auth().oauth2(ANNA).when().get("/api/audit").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void a_secretary_of_another_unit_may_neither_read_nor_send_the_case() {
        String id = AssignmentTestSupport.registrera(ANNA);
        given().auth().oauth2(EVA_OTHER_UNIT).contentType(ContentType.JSON).body(AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN"))
                .when().post("/api/uppdrag/{id}/skicka", id)
                .then().statusCode(403).contentType(PROBLEM);
        org.awaitility.Awaitility.await().untilAsserted(() ->
                given().auth().oauth2(EVA_OTHER_UNIT).when().get("/api/uppdrag/{id}", id)
                        .then().statusCode(403).contentType(PROBLEM));
        given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.userId == 'eva' }.outcome", org.hamcrest.Matchers.hasItem("DENIED"))
                .body("findAll { it.userId == 'eva' }.outcome", not(org.hamcrest.Matchers.hasItem("OK")));
    }

    /**
     * A NUL in the child's name was accepted and stored in the read model's text columns' way (PostgreSQL refuses 0x00
     * in text, so the projection would stop at that event). Now the platform refuses it, 400 naming the field, nothing
     * is stored, and a following valid enquiry reaches the read model.
     */
    @Test
    void a_nul_in_the_childs_name_is_400_naming_the_field_and_nothing_is_stored() {
        String enhet = "UTF-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String giltig = AssignmentTestSupport.body("20150412-2381").replace("\"UTF-1\"", "\"" + enhet + "\"");
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(giltig.replace("\"Alva\"", "\"Al\\u0000va\""))
                .when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'barn.fornamn' }.rule", is("ControlCharacter"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(giltig.replace("\"Ekström\"", "\"Ek\\u001bström\""))
                .when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'barn.efternamn' }.rule", is("ControlCharacter"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(giltig.replace("\"typ\":", "\"typ\": \"BEVILJAD_INSATS\", \"typ\":"))
                .when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'typ' }.rule", is("DuplicateKey"));

        String id = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(giltig)
                .when().post("/api/uppdrag").then().statusCode(201).extract().path("uppdragId");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(ANNA).queryParam("utforarenhet", enhet).when().get("/api/uppdrag")
                        .then().statusCode(200).body("items.uppdragId", org.hamcrest.Matchers.contains(id)));
    }

    @Test
    void control_characters_and_repeats_in_query_and_path_parameters_are_400_naming_the_parameter() {
        given().auth().oauth2(ANNA).urlEncodingEnabled(false).when().get("/api/uppdrag?utforarenhet=%00")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'utforarenhet' }.rule", is("ControlCharacter"));
        given().auth().oauth2(ANNA).urlEncodingEnabled(false).when().get("/api/uppdrag?status=SKICKAT&status=AVSLUTAT")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'status' }.rule", is("DuplicateParameter"));
        given().auth().oauth2(ANNA).urlEncodingEnabled(false).when().get("/api/uppdrag/a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].rule", is("ControlCharacter"));
        given().auth().oauth2(OLLE_DRIFT).urlEncodingEnabled(false).when().get("/api/audit?caseId=%00")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'caseId' }.rule", is("ControlCharacter"));
    }

    @Test
    void a_body_without_a_json_content_type_is_415_naming_content_type() {
        given().auth().oauth2(ANNA).contentType("application/json; charset=ISO-8859-1").body(AssignmentTestSupport.body("20150412-2381"))
                .when().post("/api/uppdrag")
                .then().statusCode(415).contentType(PROBLEM)
                .body("violations[0].field", is("Content-Type"));
        given().auth().oauth2(ANNA).contentType(ContentType.TEXT).body(AssignmentTestSupport.body("20150412-2381"))
                .when().post("/api/uppdrag")
                .then().statusCode(415).contentType(PROBLEM)
                .body("violations[0].field", is("Content-Type"));
    }

    @Test
    void malformed_json_is_400_naming_the_body() {
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body("{\"typ\": ")
                .when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("(body)")).body("violations[0].rule", is("JsonSyntax"));
    }

    @Test
    void an_unknown_kind_is_400_naming_the_field() {
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(AssignmentTestSupport.body("20150412-2381").replace("BEVILJAD_INSATS", "NAGOT_ANNAT"))
                .when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("typ")).body("violations[0].rule", is("Format"));
    }

    @Test
    void an_invalid_personnummer_is_400_naming_the_field_and_rule_without_echoing_it() {
        String response = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.body("20150412-2382"))
                .when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("barn.personnummer"))
                .body("violations[0].rule", is("ValidPersonnummer"))
                .body("violations[0].message", containsString("kontrollsiffra"))
                .extract().asString();
        assertThat(response).doesNotContain("2382").doesNotContain("20150412");
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.body("20150230-2381"))
                .when().post("/api/uppdrag")
                .then().statusCode(400).body("violations[0].field", is("barn.personnummer"))
                .body("violations[0].message", containsString("datum"));
    }

    @Test
    void missing_and_blank_fields_are_400_each_named() {
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body("{\"typ\": \"BEVILJAD_INSATS\", \"barn\": {\"personnummer\": \"20150412-2381\", \"fornamn\": \" \"}}")
                .when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", org.hamcrest.Matchers.hasItems("barn.fornamn", "barn.efternamn", "utforarenhet"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).when().post("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void out_of_range_paging_is_400_naming_the_parameter() {
        given().auth().oauth2(ANNA).queryParam("size", 1000).when().get("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("size"));
        given().auth().oauth2(ANNA).queryParam("page", "x").when().get("/api/uppdrag")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("page"));
    }

    @Test
    void unknown_cases_and_paths_are_404_and_wrong_media_types_415() {
        given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}", "not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN"))
                .when().post("/api/uppdrag/{id}/skicka", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(ANNA).when().get("/api/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(ANNA).contentType(ContentType.TEXT).body("hej").when().post("/api/uppdrag")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void sending_twice_is_409_with_the_rule() {
        String id = AssignmentTestSupport.registrera(ANNA);
        AssignmentTestSupport.beslutat(id);
        AssignmentTestSupport.skicka(ANNA, id);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN"))
                .when().post("/api/uppdrag/{id}/skicka", id)
                .then().statusCode(409).contentType(PROBLEM).body("rule", is("UPPDRAG_REDAN_SKICKAT"));
    }

    @Test
    void of_two_concurrent_conflicting_commands_one_succeeds_and_one_gets_409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = AssignmentTestSupport.registrera(ANNA);
            AssignmentTestSupport.beslutat(id);
            String body = AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN");
            List<Integer> statuses = Concurrently.twice(() -> given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                    .body(body).when().post("/api/uppdrag/{id}/skicka", id).then().extract().statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
    }
}
