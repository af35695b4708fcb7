package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.not;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.BESLUTSFATTARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.EVA_OTHER_UNIT;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.OLLE_DRIFT;
import static se.barnunga.assignment.api.AssignmentTestSupport.ULLA_UTFORARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.VARDNADSHAVARE_PNR;
import static se.barnunga.assignment.api.AssignmentTestSupport.anrop;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;
import static se.barnunga.assignment.api.AssignmentTestSupport.post;
import static se.barnunga.testing.ProblemAssertions.PROBLEM;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.TopicReader;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The decision side over REST (issue 16, items 3, 4, 7, 10 and the audit defect): 11 § LVU only with the LVU care and the
 * committee's decision, the decision documentation, consent withdrawn and re-decided with their public events, the
 * young adults' legal basis, SIP on {@code UppdragSkickat}, and one audit row per step.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragBeslutOchSamtyckeApiTest {


    private static JsonPath hamta(String id) {
        return given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath checklista(String id) {
        return given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}/checklista", id).then().statusCode(200).extract().jsonPath();
    }

    /** A valid personnummer YYYYMMDD-NNNC for the birth date (Luhn check digit computed). */
    private static String personnummer(LocalDate fodd) {
        String datum = String.format("%04d%02d%02d", fodd.getYear(), fodd.getMonthValue(), fodd.getDayOfMonth());
        String nio = datum.substring(2) + "238";
        int summa = 0;
        for (int i = 0; i < nio.length(); i++) {
            int produkt = (nio.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += produkt > 9 ? produkt - 9 : produkt;
        }
        return datum + "-238" + (10 - summa % 10) % 10;
    }

    private static String forfragan(String personnummer) {
        return given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(AssignmentTestSupport.forfraganBody("BEVILJAD_INSATS", personnummer))
                .when().post("/api/uppdrag").then().statusCode(201).extract().path("uppdragId");
    }

    private static String lvuBeslut(String lvuVard, String namndbeslut) {
        return """
                {"beslutsdatum": "%s", "lagrum": "LVU_11",
                 "mal": [{"beskrivning": "Färre konflikter hemma", "bbicOmrade": "FAMILJ_OCH_SOCIALA_RELATIONER"}],
                 "skal": "Vårdnadshavarna samtycker inte", "beslutsunderlag": "Utredning UTR-2026-17",
                 "behovsbedomningKommunicerad": true, "syfte": "Stöd under vården",
                 "lvuVard": %s, "namndbeslut": %s}""".formatted(idag(), lvuVard, namndbeslut);
    }

    private static final String LVU_VARD = "{\"beslutsreferens\": \"Förvaltningsrätten mål 4711-26\", \"beslutsdatum\": \"2026-01-15\"}";

    private static String namndbeslut(String referens) {
        return """
                {"referens": %s, "datum": "%s", "beslutsfattare": {"namn": "Sociala utskottet", "delegationsniva": "UTSKOTT"}}"""
                .formatted(referens == null ? "null" : "\"" + referens + "\"", idag());
    }

    @Test
    void a_decision_under_11_lvu_needs_the_lvu_care_and_the_committees_decision_and_keeps_them_off_kafka() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
            AssignmentTestSupport.klartecken(id);
            anrop(ANNA, "beslut", id, lvuBeslut("null", namndbeslut("SU 2026-12 § 7")))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("LVU_VARD_KRAVS"))
                    .body("violations[0].field", is("lvuVard"));
            anrop(ANNA, "beslut", id, lvuBeslut(LVU_VARD, namndbeslut(null)))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("NAMNDBESLUT_KRAVS"))
                    .body("violations[0].field", is("namndbeslut.referens"));
            anrop(ANNA, "beslut", id, lvuBeslut(LVU_VARD, "null"))
                    .statusCode(422).contentType(PROBLEM).body("violations[0].field", is("namndbeslut"));
            assertThat(hamta(id).getString("beslut")).isNull();

            post(ANNA, "beslut", id, lvuBeslut(LVU_VARD, namndbeslut("SU 2026-12 § 7")));
            JsonPath akt = hamta(id);
            assertThat(akt.getString("beslut.lagrum")).isEqualTo("LVU_11");
            assertThat(akt.getString("beslut.namndbeslut.referens")).isEqualTo("SU 2026-12 § 7");
            assertThat(akt.getString("beslut.lvuVard.beslutsreferens")).isEqualTo("Förvaltningsrätten mål 4711-26");

            ConsumerRecord<String, byte[]> beviljad = reader.await(1, TopicReader.withKey(id), Duration.ofSeconds(30)).get(0);
            JsonNode data = ContractAssertions.assertConformsToContract(beviljad);
            assertThat(data.path("lagrum").asText()).isEqualTo("LVU_11");
            ContractAssertions.assertContainsNone(beviljad, "SU 2026-12", "4711-26", "Sociala utskottet", "Vårdnadshavarna samtycker");
        }
    }

    @Test
    void the_decision_documentation_is_required_naming_field_and_rule() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.klartecken(id);
        AssignmentTestSupport.samtycke(id);
        String beslut = AssignmentTestSupport.beslutBody("BEVILJAD_INSATS");
        anrop(ANNA, "beslut", id, beslut.replace("\"skal\": \"Utredningen visar behov av stöd i föräldraskapet\",", ""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("SKAL_KRAVS")).body("violations[0].field", is("skal"));
        anrop(ANNA, "beslut", id, beslut.replace("\"titel\": \"Socialsekreterare\", ", ""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("BESLUTSFATTARE_KRAVS"))
                .body("violations[0].field", is("beslutsfattare.titel"));
        anrop(ANNA, "beslut", id, beslut.replace("\"malOverenskomnaMedFamiljen\": true", "\"malOverenskomnaMedFamiljen\": false"))
                .statusCode(422).contentType(PROBLEM).body("rule", is("MAL_EJ_OVERENSKOMNA"))
                .body("violations[0].field", is("malOverenskomnaMedFamiljen"));
        anrop(ANNA, "beslut", id, beslut.replace("\"delegationsniva\": \"SOCIALSEKRETERARE\"", "\"delegationsniva\": \"KUNGEN\""))
                .statusCode(400).contentType(PROBLEM);
        // the old request without any documentation is no longer enough
        anrop(ANNA, "beslut", id, """
                {"beslutsdatum": "%s", "lagrum": "SOL_2025_11_1",
                 "mal": [{"beskrivning": "Färre konflikter hemma", "bbicOmrade": "FAMILJ_OCH_SOCIALA_RELATIONER"}]}""".formatted(idag()))
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", is("skal"));
        post(ANNA, "beslut", id, beslut.replace("\"ansokanAvser\": \"Familjebehandling\",",
                "\"ansokanAvser\": \"Familjebehandling och kontaktperson\", \"delvisAvslag\": {\"vad\": \"Kontaktperson\", "
                        + "\"skal\": \"Behovet tillgodoses av familjebehandlingen\"}, \"enskildesOnskemalOmUtforare\": \"Kvinnlig behandlare\","));
        JsonPath akt = hamta(id);
        assertThat(akt.getString("beslut.dokumentation.delvisAvslag.vad")).isEqualTo("Kontaktperson");
        assertThat(akt.getString("beslut.dokumentation.beslutsfattare.titel")).isEqualTo("Socialsekreterare");
        assertThat(akt.getString("beslut.dokumentation.enskildesOnskemalOmUtforare")).isEqualTo("Kvinnlig behandlare");
    }

    @Test
    void consent_withdrawn_after_the_decision_stops_the_intervention_until_re_decided_and_both_are_public() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
            String aterkallande = """
                    {"part": "VARDNADSHAVARE", "vardnadshavare": {"personnummer": "%s", "namn": "Karin Ekström"}, "datum": "%s"}"""
                    .formatted(VARDNADSHAVARE_PNR, idag());
            // wrong role, wrong unit, bad input
            anrop(ULLA_UTFORARE, "samtycke/aterkallande", id, aterkallande).statusCode(403).contentType(PROBLEM);
            anrop(MATS_METODHANDLEDARE, "samtycke/aterkallande", id, aterkallande).statusCode(403).contentType(PROBLEM);
            anrop(EVA_OTHER_UNIT, "samtycke/aterkallande", id, aterkallande).statusCode(403).contentType(PROBLEM);
            anrop(ANNA, "samtycke/aterkallande", id, aterkallande.replace(idag().toString(), idag().plusDays(1).toString()))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("DATUM_I_FRAMTIDEN")).body("violations[0].field", is("datum"));
            anrop(ANNA, "samtycke/aterkallande", id, "{\"part\": \"BARNET\"}")
                    .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("datum"));
            anrop(ANNA, "samtycke/aterkallande", id, "{\"part\": \"BARNET\", \"datum\": \"%s\"}".formatted(idag()))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("BARNET_UNDER_15")).body("violations[0].field", is("part"));
            assertThat(hamta(id).getBoolean("samtyckeEfterBeslut.aterkallat")).isFalse();

            post(ANNA, "samtycke/aterkallande", id, aterkallande);
            JsonPath akt = hamta(id);
            assertThat(akt.getBoolean("samtyckeEfterBeslut.aterkallat")).isTrue();
            assertThat(akt.getString("samtyckeEfterBeslut.aterkallatSedan")).isEqualTo(idag().toString());
            assertThat(akt.getList("samtyckeEfterBeslut.aterkallanden")).hasSize(1);
            assertThat(checklista(id).getString("punkter.find { it.id == 'SAMTYCKE_ATERKALLAT' }.status")).isEqualTo("VANTAR");

            // the intervention cannot go on
            anrop(ULLA_UTFORARE, "genomforandeplan", id, AssignmentTestSupport.planBody(AssignmentTestSupport.malIds(id)))
                    .statusCode(409).contentType(PROBLEM).body("rule", is("SAMTYCKE_ATERKALLAT"));

            // re-decision: wrong role, missing ground, then with the consent given anew
            String omprovning = """
                    {"grund": "NYTT_SAMTYCKE", "beslutsdatum": "%s", "skal": "Vårdnadshavaren samtycker på nytt",
                     "beslutsfattare": %s}""".formatted(idag(), BESLUTSFATTARE);
            anrop(ULLA_UTFORARE, "omprovning", id, omprovning).statusCode(403).contentType(PROBLEM);
            anrop(ANNA, "omprovning", id, omprovning.replace("\"grund\": \"NYTT_SAMTYCKE\", ", ""))
                    .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("grund"));
            anrop(ANNA, "omprovning", id, omprovning)
                    .statusCode(422).contentType(PROBLEM).body("rule", is("SAMTYCKE_VARDNADSHAVARE_SAKNAS"))
                    .body("violations[0].field", is("samtycke"));
            AssignmentTestSupport.samtycke(id);
            post(ANNA, "omprovning", id, omprovning);
            akt = hamta(id);
            assertThat(akt.getBoolean("samtyckeEfterBeslut.aterkallat")).isFalse();
            assertThat(akt.getString("samtyckeEfterBeslut.omprovningar[0].grund")).isEqualTo("NYTT_SAMTYCKE");
            JsonPath lista = checklista(id);
            assertThat(lista.getString("punkter.find { it.id == 'SAMTYCKE_ATERKALLAT' }.status")).isEqualTo("KLAR");
            assertThat(lista.getString("punkter.find { it.id == 'SAMTYCKE_ATERKALLAT' }.handelse")).isEqualTo("BeslutOmprovat");
            AssignmentTestSupport.genomforandeplan(id);

            List<ConsumerRecord<String, byte[]>> records = reader.await(8, TopicReader.withKey(id), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> aterkallat = records.stream()
                    .filter(r -> TopicReader.cloudEvent(r).getType().equals("SamtyckeÅterkallat")).findFirst().orElseThrow();
            JsonNode data = ContractAssertions.assertConformsToContract(aterkallat);
            assertThat(data.path("aterkallatAv").asText()).isEqualTo("VARDNADSHAVARE");
            assertThat(data.path("aterkallatDatum").asText()).isEqualTo(idag().toString());
            assertThat(data.path("lagrum").asText()).isEqualTo("SOL_2025_11_1");
            ContractAssertions.assertContainsNone(aterkallat, "19800101", "Karin", "Ekström", "201504122381", "Alva");
            ConsumerRecord<String, byte[]> omprovat = records.stream()
                    .filter(r -> TopicReader.cloudEvent(r).getType().equals("BeslutOmprövat")).findFirst().orElseThrow();
            JsonNode omprovatData = ContractAssertions.assertConformsToContract(omprovat);
            assertThat(omprovatData.path("grund").asText()).isEqualTo("NYTT_SAMTYCKE");
            assertThat(omprovatData.path("lagrum").asText()).isEqualTo("SOL_2025_11_1");
            ContractAssertions.assertContainsNone(omprovat, "Anna Andersson", "samtycker på nytt");
        }
    }

    @Test
    void a_young_adult_is_granted_under_13_7_and_nobody_of_21_is_enquired_about() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = forfragan(personnummer(idag().minusYears(19)));
            AssignmentTestSupport.klartecken(id);
            post(ANNA, "samtycke", id, "{\"part\": \"BARNET\", \"samtycker\": true, \"datum\": \"%s\"}".formatted(idag()));
            post(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS").replace("SOL_2025_11_1", "SOL_2025_13_7"));
            JsonNode data = ContractAssertions.assertConformsToContract(
                    reader.await(1, TopicReader.withKey(id), Duration.ofSeconds(30)).get(0));
            assertThat(data.path("lagrum").asText()).isEqualTo("SOL_2025_13_7");
        }
        String sjutton = forfragan(personnummer(idag().minusYears(17)));
        AssignmentTestSupport.klartecken(sjutton);
        AssignmentTestSupport.samtycke(sjutton);
        anrop(ANNA, "beslut", sjutton, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS").replace("SOL_2025_11_1", "SOL_2025_13_7"))
                .statusCode(422).contentType(PROBLEM).body("rule", is("LAGRUM_GALLER_INTE_ALDERN"))
                .body("violations[0].field", is("lagrum"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(AssignmentTestSupport.forfraganBody("BEVILJAD_INSATS", personnummer(idag().minusYears(25))))
                .when().post("/api/uppdrag")
                .then().statusCode(422).contentType(PROBLEM).body("rule", is("UTANFOR_RUTINENS_MALGRUPP"))
                .body("violations[0].field", is("barn.personnummer"));
    }

    @Test
    void uppdrag_skickat_says_whether_a_sip_is_needed_and_exists() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
            AssignmentTestSupport.beslutat(id);
            String skicka = AssignmentTestSupport.skickaBody("BEVILJAD_INSATS", "INGEN").replace("\"sipBehov\": false", "\"sipBehov\": true");
            anrop(ANNA, "skicka", id, skicka).statusCode(422).contentType(PROBLEM)
                    .body("violations[0].field", is("innehall.sipFinns"));
            post(ANNA, "skicka", id, skicka.replace("\"sipBehov\": true", "\"sipBehov\": true, \"sipFinns\": false"));
            ConsumerRecord<String, byte[]> skickat = reader.await(2, TopicReader.withKey(id), Duration.ofSeconds(30)).get(1);
            JsonNode data = ContractAssertions.assertConformsToContract(skickat);
            assertThat(TopicReader.cloudEvent(skickat).getType()).isEqualTo("UppdragSkickat");
            assertThat(data.path("sipBehov").asBoolean()).isTrue();
            assertThat(data.path("sipFinns").isBoolean()).isTrue();
            assertThat(data.path("sipFinns").asBoolean()).isFalse();
        }
    }

    @Test
    void the_investigation_kinds_record_that_the_guardians_and_the_child_were_informed() {
        String id = AssignmentTestSupport.forfragan(ANNA, "UTREDNINGSUPPDRAG");
        AssignmentTestSupport.beslutat(id, "UTREDNINGSUPPDRAG");
        String gammal = AssignmentTestSupport.skickaBody("UTREDNINGSUPPDRAG", "INGEN");
        anrop(ANNA, "skicka", id, gammal.replace("\"familjenInformerad\": true", "\"vardnadshavareInformerade\": true"))
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", is("innehall.barnetInformerat"));
        post(ANNA, "skicka", id, gammal.replace("\"familjenInformerad\": true",
                "\"vardnadshavareInformerade\": true, \"barnetInformerat\": false"));
        JsonPath akt = hamta(id);
        assertThat(akt.getBoolean("uppdrag.innehall.vardnadshavareInformerade")).isTrue();
        assertThat(akt.getBoolean("uppdrag.innehall.barnetInformerat")).isFalse();
    }

    @Test
    void a_goal_spanning_several_bbic_areas_keeps_them_in_the_service_and_publishes_the_main_one() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
            AssignmentTestSupport.klartecken(id);
            AssignmentTestSupport.samtycke(id);
            String beslut = AssignmentTestSupport.beslutBody("BEVILJAD_INSATS").replace("\"bbicOmrade\": \"UTBILDNING\"}",
                    "\"bbicOmrade\": \"UTBILDNING\", \"ytterligareBbicOmraden\": [\"%s\"]}");
            anrop(ANNA, "beslut", id, beslut.formatted("SKOLAN")).statusCode(422).contentType(PROBLEM)
                    .body("rule", is("OKANT_BBIC_OMRADE")).body("violations[0].field", is("mal[1].ytterligareBbicOmraden[0]"));
            anrop(ANNA, "beslut", id, beslut.formatted("UTBILDNING")).statusCode(422).contentType(PROBLEM)
                    .body("rule", is("BBIC_OMRADE_DUBBLETT")).body("violations[0].field", is("mal[1].ytterligareBbicOmraden[0]"));
            post(ANNA, "beslut", id, beslut.formatted("FAMILJ_OCH_SOCIALA_RELATIONER"));
            assertThat(hamta(id).getList("beslut.mal[1].ytterligareBbicOmraden")).containsExactly("FAMILJ_OCH_SOCIALA_RELATIONER");
            JsonNode data = ContractAssertions.assertConformsToContract(
                    reader.await(1, TopicReader.withKey(id), Duration.ofSeconds(30)).get(0));
            assertThat(data.path("mal").get(1).path("bbicOmrade").asText()).isEqualTo("UTBILDNING");
        }
    }

    @Test
    void after_a_decline_the_case_shows_that_another_unit_is_asked_next() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        assertThat(checklista(id).getString("punkter.find { it.id == 'ANNAN_ENHET_TILLFRAGAD' }.status")).isEqualTo("EJ_AKTUELL");
        post(MATS_METODHANDLEDARE, "avbojande", id, "{\"skal\": \"Ingen behandlare med rätt metod har plats\"}");
        assertThat(checklista(id).getString("punkter.find { it.id == 'ANNAN_ENHET_TILLFRAGAD' }.status")).isEqualTo("VANTAR");
        post(ANNA, "forfragan", id, "{\"utforarenhet\": \"UTF-2\"}");
        JsonPath lista = checklista(id);
        assertThat(lista.getString("punkter.find { it.id == 'ANNAN_ENHET_TILLFRAGAD' }.status")).isEqualTo("KLAR");
        assertThat(lista.getString("punkter.find { it.id == 'ANNAN_ENHET_TILLFRAGAD' }.handelse")).isEqualTo("ForfraganSkickad");
        assertThat(lista.getString("punkter.find { it.id == 'ANNAN_ENHET_TILLFRAGAD' }.ansvarig")).isEqualTo("socialsekreterare");
    }

    @Test
    void one_step_writes_one_audit_row_for_its_case() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.klartecken(id);
        checklista(id);
        given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).queryParam("size", 100).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.operation == 'POST /api/uppdrag/{uppdragId}/klartecken' }", hasSize(1))
                .body("findAll { it.operation == 'GET /api/uppdrag/{uppdragId}/checklista' }", hasSize(1))
                .body("findAll { it.operation == 'POST /api/uppdrag' }", hasSize(1))
                .body("find { it.operation == 'POST /api/uppdrag/{uppdragId}/klartecken' }.userId", is("mats"))
                .body("find { it.operation == 'POST /api/uppdrag/{uppdragId}/klartecken' }.caseId", is(id))
                .body("find { it.operation == 'POST /api/uppdrag/{uppdragId}/klartecken' }.outcome", is("OK"));
        // a step refused by the aggregate (the metodhandledare of another unit) is one row too, with its outcome
        anrop(AssignmentTestSupport.MAJA_METODHANDLEDARE_UTF2, "mottagande", id, null).statusCode(anyOf(is(403), is(409)));
        given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).queryParam("size", 100).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.operation == 'POST /api/uppdrag/{uppdragId}/mottagande' }", hasSize(1))
                .body("find { it.operation == 'POST /api/uppdrag/{uppdragId}/mottagande' }.userId", is("maja"))
                .body("find { it.operation == 'POST /api/uppdrag/{uppdragId}/mottagande' }.outcome", not(is("OK")));
    }
}
