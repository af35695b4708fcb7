package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MAJA_METODHANDLEDARE_UTF2;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.OLLE_DRIFT;
import static se.barnunga.assignment.api.AssignmentTestSupport.RUT_RAPPORTOR;
import static se.barnunga.assignment.api.AssignmentTestSupport.anrop;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;
import static se.barnunga.assignment.api.AssignmentTestSupport.post;
import static se.barnunga.testing.ProblemAssertions.PROBLEM;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TopicReader;

/**
 * The routine over REST: a refused enquiry and a new one, closing with an increased risk, and the IVO data.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragLivscykelAvslutOchIvoTest extends UppdragLivscykelTestBase {

    // ---- 4. Avböjande och ny förfrågan ---------------------------------------------------------------------------------

    @Test
    void a_declined_enquiry_is_followed_by_an_enquiry_to_another_unit() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        // special reasons are required
        anrop(MATS_METODHANDLEDARE, "avbojande", id, "{\"skal\": \" \"}").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("skal"));
        // a new enquiry while the first one is open is a conflict
        anrop(ANNA, "forfragan", id, "{\"utforarenhet\": \"UTF-2\"}").statusCode(409).contentType(PROBLEM)
                .body("rule", is("FORFRAGAN_PAGAR"));
        post(MATS_METODHANDLEDARE, "avbojande", id, "{\"skal\": \"Ingen behandlare med rätt metod har plats på ett halvår\"}");
        anrop(MATS_METODHANDLEDARE, "klartecken", id, null).statusCode(409).contentType(PROBLEM).body("rule", is("FORFRAGAN_BESVARAD"));
        // the declining unit may not be asked again
        anrop(ANNA, "forfragan", id, "{\"utforarenhet\": \"UTF-1\"}").statusCode(422).contentType(PROBLEM)
                .body("rule", is("ENHETEN_HAR_AVBOJT")).body("violations[0].field", is("utforarenhet"));
        post(ANNA, "forfragan", id, """
                {"utforarenhet": "UTF-2", "onskemal": {"metod": "MI", "tidsomfattning": "12 veckor", "intensitet": "1 gång/vecka"}}""");
        post(MAJA_METODHANDLEDARE_UTF2, "klartecken", id, null);

        JsonPath uppdrag = hamta(ANNA, id);
        assertThat(uppdrag.getString("status")).isEqualTo("KLARTECKEN");
        assertThat(uppdrag.getString("utforarenhet")).isEqualTo("UTF-2");
        assertThat(uppdrag.getList("forfragningar")).hasSize(2);
        assertThat(uppdrag.getString("forfragningar[0].forfragan.utforarenhet")).isEqualTo("UTF-1");
        assertThat(uppdrag.getString("forfragningar[0].avbojd.skal")).startsWith("Ingen behandlare");
        assertThat(uppdrag.getString("forfragningar[0].klartecken")).isNull();
        assertThat(uppdrag.getString("forfragningar[1].forfragan.utforarenhet")).isEqualTo("UTF-2");
        assertThat(uppdrag.getInt("forfragningar[1].forfragan.forfraganNr")).isEqualTo(2);
        assertThat(uppdrag.getMap("forfragningar[1].klartecken")).isNotNull().isNotEmpty();
        assertThat(uppdrag.getString("forfragningar[1].avbojd")).isNull();

        given().auth().oauth2(MATS_METODHANDLEDARE).when().get("/api/uppdrag/{id}", id)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(MAJA_METODHANDLEDARE_UTF2).when().get("/api/uppdrag/{id}", id)
                .then().statusCode(200).body("vy", is("AVIDENTIFIERAD")).body("utforarenhet", is("UTF-2"));
        // the old unit may not act on it any more
        anrop(MATS_METODHANDLEDARE, "mottagande", id, null).statusCode(403).contentType(PROBLEM);
    }

    // ---- 5. Avslut med ökad risk ---------------------------------------------------------------------------------------

    @Test
    void closing_with_increased_risk_and_remaining_needs_requires_a_new_investigation() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
            // closing a started intervention needs the risk assessment first
            anrop(ANNA, "insatsavslut", id, insatsavslutBody("ANNAT", false)).statusCode(409).contentType(PROBLEM)
                    .body("rule", is("RISKBEDOMNING_SAKNAS"));
            post(ANNA, "riskbedomning", id, riskBody("OKAD", true));
            anrop(ANNA, "insatsavslut", id, insatsavslutBody("ANNAT", false))
                    .statusCode(422).contentType(PROBLEM)
                    .body("status", is(422))
                    .body("rule", is("NY_UTREDNING_KRAVS"))
                    .body("violations", hasSize(1))
                    .body("violations[0].field", is("nyUtredningInleds"))
                    .body("violations[0].rule", is("NY_UTREDNING_KRAVS"))
                    .body("violations[0].message", notNullValue());
            assertThat(hamta(ANNA, id).getString("status")).isEqualTo("VERKSTALLT");
            post(ANNA, "insatsavslut", id, insatsavslutBody("ANNAT", true));
            assertThat(hamta(ANNA, id).getString("status")).isEqualTo("INSATS_AVSLUTAD");

            // ... PlaneringsmöteGenomfört, InsatsVerkställd, RiskbedömningGjord, InsatsAvslutad
            List<ConsumerRecord<String, byte[]>> records = reader.await(8, TopicReader.withKey(id), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> avslutad = records.stream()
                    .filter(r -> TopicReader.cloudEvent(r).getType().equals("InsatsAvslutad")).findFirst().orElseThrow();
            JsonNode data = ContractAssertions.assertConformsToContract(avslutad);
            ContractAssertions.assertContainsNone(avslutad, HEMLIGT);
            assertThat(data.path("nyUtredning").asBoolean()).isTrue();
            assertThat(data.path("riskniva").asText()).isEqualTo("OKAD");
            assertThat(data.path("skal").asText()).isEqualTo("ANNAT");
            assertThat(data.toString()).doesNotContain("Enligt riskbedömningen");
        }
    }

    @Test
    void the_reason_new_investigation_needs_no_flag_and_unchanged_risk_without_remaining_needs_closes() {
        String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        post(ANNA, "riskbedomning", id, riskBody("OFORANDRAD", true));
        post(ANNA, "insatsavslut", id, insatsavslutBody("NY_UTREDNING", false));
        assertThat(hamta(ANNA, id).getBoolean("insatsAvslutad.nyUtredning")).isTrue();

        String annat = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        post(ANNA, "riskbedomning", annat, riskBody("OFORANDRAD", false));
        post(ANNA, "insatsavslut", annat, insatsavslutBody("BESLUTSPERIOD_UTGANGEN", false));
        assertThat(hamta(ANNA, annat).getBoolean("insatsAvslutad.nyUtredning")).isFalse();
    }

    // ---- 6. IVO-uppgifter ------------------------------------------------------------------------------------------------

    @Test
    void the_rapportor_reads_the_ivo_fields_and_the_read_is_audited() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        // no decision yet: nothing to report
        given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(409).contentType(PROBLEM).body("rule", is("INGET_BESLUT_OM_INSATS"));
        AssignmentTestSupport.beslutat(id);
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");

        String ivo = given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(200)
                .body("uppdragId", is(id))
                .body("fodelsedatum", is("2015-04-12"))
                .body("kon", is("KVINNA"))
                .body("beslutsdatum", is(idag().toString()))
                .body("lagrum", is("SOL_2025_11_1"))
                .body("insatstyp", is("FAMILJEBEHANDLING"))
                .body("myndighetsenhet", is("MYND-1"))
                .body("pseudonym", notNullValue())
                .body("verkstallighetsdatum", nullValue())
                .body("skalForDrojsmal", hasSize(0))
                .extract().asString();
        assertThat(ivo).doesNotContain("201504122381").doesNotContain("Alva").doesNotContain("Ekström");

        post(MATS_METODHANDLEDARE, "hinder", id, """
                {"hinder": "KAN_INTE_VERKSTALLA_INOM_SKALIG_TID", "skal": "Alla behandlare är fullbokade till hösten",
                 "enhetschefInformerad": true, "erbjudetUnderTiden": "Stödsamtal varannan vecka"}""");
        given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(200)
                .body("skalForDrojsmal", hasSize(1))
                .body("skalForDrojsmal[0].kalla", is("UTFORARENHET_KAN_INTE_VERKSTALLA_INOM_SKALIG_TID"))
                .body("skalForDrojsmal[0].skal", is("Alla behandlare är fullbokade till hösten"))
                .body("skalForDrojsmal[0].erbjudetUnderTiden", is("Stödsamtal varannan vecka"))
                .body("skalForDrojsmal[0].datum", is(idag().toString()));
        // the unit that cannot start in time keeps the assignment: its status is unchanged
        assertThat(hamta(ANNA, id).getString("status")).isEqualTo("SKICKAT");

        given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(403).contentType(PROBLEM);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).when().get("/api/audit")
                        .then().statusCode(200)
                        .body("findAll { it.operation == 'GET /api/uppdrag/{uppdragId}/ivo-uppgifter' && it.userId == 'rut' }.outcome",
                                hasItem("OK"))
                        .body("findAll { it.operation == 'GET /api/uppdrag/{uppdragId}/ivo-uppgifter' && it.userId == 'rut' }.resource",
                                everyItem(is("uppdrag-ivo")))
                        .body("findAll { it.operation == 'GET /api/uppdrag/{uppdragId}/ivo-uppgifter' && it.userId == 'anna' }.outcome",
                                not(hasItem("OK"))));
    }

    @Test
    void the_rapportor_reads_many_cases_ivo_fields_in_one_call_and_each_read_is_audited() {
        String beslutat = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.beslutat(beslutat);
        String utanBeslut = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        String okant = java.util.UUID.randomUUID().toString();
        String ett = given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", beslutat)
                .then().statusCode(200).extract().asString();

        io.restassured.path.json.JsonPath svar = given().auth().oauth2(RUT_RAPPORTOR).contentType("application/json")
                .body(java.util.Map.of("uppdragIds", java.util.List.of(beslutat, utanBeslut, okant)))
                .when().post("/api/uppdrag/ivo-uppgifter").then().statusCode(200).extract().jsonPath();
        assertThat(svar.getList("uppgifter.uppdragId")).containsExactly(beslutat);
        assertThat(svar.getList("saknas")).containsExactlyInAnyOrder(utanBeslut, okant);
        assertThat(svar.getMap("uppgifter[0]")).as("the same fields as the single GET")
                .isEqualTo(io.restassured.path.json.JsonPath.from(ett).getMap("$"));
        assertThat(svar.prettify()).doesNotContain("201504122381").doesNotContain("Alva");

        given().auth().oauth2(ANNA).contentType("application/json").body(java.util.Map.of("uppdragIds", java.util.List.of(beslutat)))
                .when().post("/api/uppdrag/ivo-uppgifter").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(RUT_RAPPORTOR).contentType("application/json")
                .body(java.util.Map.of("uppdragIds", java.util.List.of("inte-ett-id")))
                .when().post("/api/uppdrag/ivo-uppgifter").then().statusCode(400);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", beslutat).when().get("/api/audit")
                        .then().statusCode(200)
                        .body("findAll { it.operation == 'POST /api/uppdrag/ivo-uppgifter' && it.userId == 'rut' }.outcome",
                                hasItem("OK"))
                        .body("findAll { it.operation == 'POST /api/uppdrag/ivo-uppgifter' && it.userId == 'rut' }.resource",
                                everyItem(is("uppdrag-ivo"))));
    }
}
