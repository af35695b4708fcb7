package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MAJA_METODHANDLEDARE_UTF2;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.ULLA_UTFORARE;
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
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TopicReader;

/**
 * The performing unit's side over REST: the enhetschef standing in for the metodhandledare, the förmöte and the
 * planning meeting with the checklist's agreements and the first follow-up as an upper bound, questions about the
 * assignment and new information (in the case, never on Kafka), and the family informed before the end.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragUtforarsidanApiTest {

    private static final String ELIN_ENHETSCHEF = DevTokens.token("elin", "UTF-1", "enhetschef");
    private static final String ERIK_ENHETSCHEF_UTF2 = DevTokens.token("erik", "UTF-2", "enhetschef");
    private static final String FRAGA = "Ska skolan bjudas in till planeringsmötet?";
    private static final String SVAR = "Ja, mentorn Sara bjuds in";
    private static final String NY_INFORMATION = "Pappan har flyttat till Malmö";
    private static final String FAMILJENS_BERATTELSE = "Familjen vill ha lugnare kvällar";

    private static JsonPath hamta(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/uppdrag/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath checklista(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/uppdrag/{id}/checklista", id).then().statusCode(200).extract().jsonPath();
    }

    private static String planeringsmote(String id, String uppfoljning, String skal, String overenskommelser) {
        return """
                {"datum": "%s", "deltagare": ["BARNET", "VARDNADSHAVARE", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"],
                 "barnetDeltog": true, "sekretessInformerad": true, "malGenomgangna": true,
                 "planeratStartdatum": "%s", "forstaUppfoljningsmote": "%s", "skalForSenUppfoljning": %s,
                 "overenskommelser": %s}""".formatted(idag(), idag(), uppfoljning, skal == null ? "null" : "\"" + skal + "\"",
                overenskommelser);
    }

    // ---- D9: enhetschef i stället för metodhandledare ----------------------------------------------------------------

    @Test
    void the_enhetschef_of_the_unit_stands_in_for_the_metodhandledare_and_the_case_shows_it() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        anrop(ERIK_ENHETSCHEF_UTF2, "klartecken", id, null).statusCode(403).contentType(PROBLEM);
        anrop(ANNA, "klartecken", id, null).statusCode(403).contentType(PROBLEM);
        post(ELIN_ENHETSCHEF, "klartecken", id, null);
        AssignmentTestSupport.samtycke(id);
        post(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS"));
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        anrop(ERIK_ENHETSCHEF_UTF2, "mottagande", id, null).statusCode(403).contentType(PROBLEM);
        post(ELIN_ENHETSCHEF, "mottagande", id, null);
        anrop(ERIK_ENHETSCHEF_UTF2, "ansvarig-utforare", id, "{\"ansvarigUtforare\": \"ulla\"}").statusCode(403).contentType(PROBLEM);
        post(ELIN_ENHETSCHEF, "ansvarig-utforare", id, "{\"ansvarigUtforare\": \"ulla\"}");
        anrop(ERIK_ENHETSCHEF_UTF2, "hinder", id,
                "{\"hinder\": \"KAN_INTE_VERKSTALLA_INOM_SKALIG_TID\", \"skal\": \"Sjukskrivning\", \"enhetschefInformerad\": true}")
                .statusCode(403).contentType(PROBLEM);
        // the enhetschef who reports it is herself informed
        post(ELIN_ENHETSCHEF, "hinder", id,
                "{\"hinder\": \"KAN_INTE_VERKSTALLA_INOM_SKALIG_TID\", \"skal\": \"Sjukskrivning\", \"enhetschefInformerad\": false}");

        JsonPath uppdrag = hamta(ANNA, id);
        for (String handelse : List.of("KlarteckenLamnat", "UppdragMottaget", "AnsvarigUtforareUtsedd", "VerkstallighetHindrad")) {
            assertThat(uppdrag.getString("historik.find { it.handelse == '" + handelse + "' }.utfordAv")).isEqualTo("elin");
            assertThat(uppdrag.getString("historik.find { it.handelse == '" + handelse + "' }.roll")).isEqualTo("enhetschef");
            assertThat(uppdrag.getString("historik.find { it.handelse == '" + handelse + "' }.iStalletFor")).isEqualTo("metodhandledare");
        }
        assertThat(uppdrag.getString("historik.find { it.handelse == 'InsatsBeviljad' }.iStalletFor")).isNull();
        assertThat(uppdrag.getString("ansvarigUtforare")).isEqualTo("ulla");
        JsonPath lista = checklista(ELIN_ENHETSCHEF, id);
        assertThat(lista.getString("punkter.find { it.id == 'MOTTAGET' }.klarAv")).isEqualTo("elin");
        assertThat(lista.getString("punkter.find { it.id == 'MOTTAGET' }.klarAvRoll")).isEqualTo("enhetschef");
        assertThat(lista.getString("punkter.find { it.id == 'MOTTAGET' }.ansvarig")).isEqualTo("metodhandledare (annars enhetschef)");
        // the list of the performing unit is the enhetschef's too
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(ELIN_ENHETSCHEF).when().get("/api/uppdrag?ansvarigUtforare=ulla&size=200").then().statusCode(200)
                        .body("items.uppdragId", hasItem(id)));
    }

    @Test
    void the_enhetschef_declines_and_closes_an_assignment_without_a_performer() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        anrop(ELIN_ENHETSCHEF, "avbojande", id, "{\"skal\": \" \"}").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("skal"));
        anrop(ERIK_ENHETSCHEF_UTF2, "avbojande", id, "{\"skal\": \"Inga platser\"}").statusCode(403).contentType(PROBLEM);
        post(ELIN_ENHETSCHEF, "avbojande", id, "{\"skal\": \"Inga lediga behandlare med rätt kompetens\"}");
        assertThat(hamta(ANNA, id).getString("historik.find { it.handelse == 'ForfraganAvbojd' }.roll")).isEqualTo("enhetschef");

        String annat = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.beslutat(annat);
        AssignmentTestSupport.skicka(annat, "BEVILJAD_INSATS", "INGEN");
        post(ELIN_ENHETSCHEF, "mottagande", annat, null);
        post(ANNA, "aterkallelse", annat, """
                {"datum": "%s", "skal": "Familjen flyttade",
                 "beslutsfattare": {"namn": "Anna Andersson", "titel": "Socialsekreterare", "delegationsniva": "SOCIALSEKRETERARE"}}"""
                .formatted(idag()));
        String avslut = "{\"datum\": \"%s\", \"fysiskaHandlingar\": \"INGA_FINNS\"}".formatted(idag());
        anrop(ERIK_ENHETSCHEF_UTF2, "avslut", annat, avslut).statusCode(403).contentType(PROBLEM);
        post(ELIN_ENHETSCHEF, "avslut", annat, avslut);
        JsonPath uppdrag = hamta(ANNA, annat);
        assertThat(uppdrag.getString("status")).isEqualTo("AVSLUTAT");
        assertThat(uppdrag.getString("historik.find { it.handelse == 'UppdragAvslutat' }.iStalletFor")).isEqualTo("metodhandledare");
    }

    // ---- E3, E4, E7, K0–K11, F4/K8: förmöte och planeringsmöte ---------------------------------------------------------

    /** Sent (the assignment names an interpreter in Arabic), received, ansvarig utförare appointed. */
    private static String tilldelat() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.beslutat(id);
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
        AssignmentTestSupport.utse(id);
        return id;
    }

    @Test
    void the_formote_sets_time_and_place_meets_the_interpreter_need_and_calls_the_family() {
        String id = tilldelat();
        String formote = """
                {"datum": "%s", "deltagare": ["SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"], "planeringsmoteDatum": "%s",
                 "planeringsmotePlats": "Utförarenheten", "tolkOchStod": "Tolk på arabiska bokad",
                 "barnetsDelaktighet": "Barnet deltar i början av mötet", "ledning": "GEMENSAM", "familjenKallad": true}"""
                .formatted(idag(), idag().plusDays(3));
        anrop(ULLA_UTFORARE, "formote", id, formote.replace("\"planeringsmotePlats\": \"Utförarenheten\",", ""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("PLANERINGSMOTE_PLATS_KRAVS"))
                .body("violations[0].field", is("planeringsmotePlats"));
        anrop(ULLA_UTFORARE, "formote", id, formote.replace("\"planeringsmoteDatum\": \"%s\",".formatted(idag().plusDays(3)), ""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("PLANERINGSMOTE_DATUM_KRAVS"))
                .body("violations[0].field", is("planeringsmoteDatum"));
        anrop(ULLA_UTFORARE, "formote", id, formote.replace("\"tolkOchStod\": \"Tolk på arabiska bokad\",", ""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("TOLK_OCH_STOD_KRAVS"))
                .body("violations[0].field", is("tolkOchStod"));
        anrop(ULLA_UTFORARE, "formote", id, formote.replace(", \"familjenKallad\": true", ""))
                .statusCode(422).contentType(PROBLEM).body("rule", is("FAMILJEN_SKA_KALLAS"))
                .body("violations[0].field", is("familjenKallad"));
        anrop(ULLA_UTFORARE, "formote", id, formote.replace("\"familjenKallad\": true", "\"familjenKallad\": \"ja\""))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("familjenKallad"));
        anrop(MATS_METODHANDLEDARE, "formote", id, formote).statusCode(403).contentType(PROBLEM);
        post(ULLA_UTFORARE, "formote", id, formote);
        JsonPath uppdrag = hamta(ANNA, id);
        assertThat(uppdrag.getString("formoten[0].planeringsmotePlats")).isEqualTo("Utförarenheten");
        assertThat(uppdrag.getBoolean("formoten[0].familjenKallad")).isTrue();
    }

    @Test
    void the_planning_meeting_records_the_checklists_agreements_and_an_early_or_late_follow_up() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = tilldelat();
            String malId = AssignmentTestSupport.malIds(id).get(1);
            String ok = AssignmentTestSupport.overenskommelser(id).replace(AssignmentTestSupport.malIds(id).get(0), malId)
                    .replace("Familjen vill ha lugnare kvällar", FAMILJENS_BERATTELSE);
            String ettAr = idag().plusDays(365).toString();

            anrop(ANNA, "planeringsmote", id, planeringsmote(id, idag().plusDays(20).toString(), null, "null"))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("OVERENSKOMMELSER_KRAVS"))
                    .body("violations[0].field", is("overenskommelser"));
            anrop(ANNA, "planeringsmote", id, planeringsmote(id, idag().plusDays(20).toString(), null,
                    ok.replace("\"kontaktHur\": \"Telefon och hembesök\",", "")))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("KONTAKT_MED_SOCIALSEKRETERAREN_KRAVS"))
                    .body("violations[0].field", is("overenskommelser.kontaktHur"));
            anrop(ANNA, "planeringsmote", id, planeringsmote(id, idag().plusDays(20).toString(), null,
                    ok.replace(malId, "okant-mal")))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("OKANT_MAL"))
                    .body("violations[0].field", is("overenskommelser.prioriteradeMal[0]"));
            anrop(ANNA, "planeringsmote", id, planeringsmote(id, idag().plusDays(20).toString(), null,
                    ok.replace("\"tolkOchStodTillgodosett\": true", "\"tolkOchStodTillgodosett\": false")))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("TOLKBEHOV_EJ_TILLGODOSETT"))
                    .body("violations[0].field", is("overenskommelser.tolkOchStodTillgodosett"));
            anrop(ANNA, "planeringsmote", id, planeringsmote(id, idag().plusDays(20).toString(), null,
                    ok.replace("\"syfteForklarat\": true", "\"syfteForklarat\": \"ja\"")))
                    .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("overenskommelser.syfteForklarat"));
            anrop(ANNA, "planeringsmote", id, planeringsmote(id, ettAr, null, ok))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("SEN_UPPFOLJNING_KRAVER_SKAL"))
                    .body("violations[0].field", is("skalForSenUppfoljning"));
            // later than 8 weeks with a reason is never refused
            post(ANNA, "planeringsmote", id, planeringsmote(id, idag().plusDays(63).toString(), "Familjen är bortrest i juli", ok));

            JsonPath uppdrag = hamta(ULLA_UTFORARE, id);
            assertThat(uppdrag.getString("planeringsmote.skalForSenUppfoljning")).isEqualTo("Familjen är bortrest i juli");
            assertThat(uppdrag.getList("planeringsmote.overenskommelser.prioriteradeMal", String.class)).containsExactly(malId);
            assertThat(uppdrag.getString("planeringsmote.overenskommelser.familjensMalResurserOchStyrkor")).isEqualTo(FAMILJENS_BERATTELSE);
            assertThat(uppdrag.getString("planeringsmote.overenskommelser.kontaktHurOfta")).isEqualTo("En gång i månaden");
            assertThat(uppdrag.getBoolean("planeringsmote.overenskommelser.informationsskyldighetInformerad")).isTrue();

            List<ConsumerRecord<String, byte[]>> records = reader.await(5, TopicReader.withKey(id), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> mote = records.stream()
                    .filter(r -> TopicReader.cloudEvent(r).getType().equals("PlaneringsmöteGenomfört")).findFirst().orElseThrow();
            JsonNode data = ContractAssertions.assertConformsToContract(mote);
            assertThat(data.path("forstaUppfoljningsmote").asText()).isEqualTo(idag().plusDays(63).toString());
            ContractAssertions.assertContainsNone(mote, FAMILJENS_BERATTELSE, "bortrest", "hembesök", "extra möte");
        }
    }

    @Test
    void an_early_first_follow_up_needs_no_reason() {
        String id = tilldelat();
        post(ANNA, "planeringsmote", id, planeringsmote(id, idag().plusDays(7).toString(), null,
                AssignmentTestSupport.overenskommelser(id)));
        assertThat(hamta(ANNA, id).getString("planeringsmote.forstaUppfoljningsmote")).isEqualTo(idag().plusDays(7).toString());
    }

    // ---- D6, E2: frågor om uppdraget och ny information ----------------------------------------------------------------

    @Test
    void the_unit_asks_the_secretary_answers_new_information_is_passed_on_and_none_of_it_reaches_kafka() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = tilldelat();
            anrop(MATS_METODHANDLEDARE, "fragor", id, "{\"fraga\": \" \"}").statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", is("fraga"));
            anrop(MAJA_METODHANDLEDARE_UTF2, "fragor", id, "{\"fraga\": \"%s\"}".formatted(FRAGA)).statusCode(403).contentType(PROBLEM);
            anrop(ERIK_ENHETSCHEF_UTF2, "fragor", id, "{\"fraga\": \"%s\"}".formatted(FRAGA)).statusCode(403).contentType(PROBLEM);
            anrop(ANNA, "fragor", id, "{\"fraga\": \"%s\"}".formatted(FRAGA)).statusCode(403).contentType(PROBLEM);
            String fragaId = anrop(MATS_METODHANDLEDARE, "fragor", id, "{\"fraga\": \"%s\"}".formatted(FRAGA))
                    .statusCode(201).extract().path("fragaId");
            anrop(ULLA_UTFORARE, "fragor", id, "{\"fraga\": \"Hur ofta träffar ni pappan?\"}").statusCode(201);
            anrop(ELIN_ENHETSCHEF, "fragor", id, "{\"fraga\": \"Finns det en SIP?\"}").statusCode(201);

            anrop(MATS_METODHANDLEDARE, "fragor/" + fragaId + "/svar", id, "{\"svar\": \"%s\"}".formatted(SVAR))
                    .statusCode(403).contentType(PROBLEM);
            anrop(ANNA, "fragor/" + java.util.UUID.randomUUID() + "/svar", id, "{\"svar\": \"%s\"}".formatted(SVAR))
                    .statusCode(422).contentType(PROBLEM).body("rule", is("OKAND_FRAGA")).body("violations[0].field", is("fragaId"));
            anrop(ANNA, "fragor/" + fragaId + "/svar", id, "{}").statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", is("svar"));
            post(ANNA, "fragor/" + fragaId + "/svar", id, "{\"svar\": \"%s\"}".formatted(SVAR));
            anrop(ANNA, "fragor/" + fragaId + "/svar", id, "{\"svar\": \"%s\"}".formatted(SVAR))
                    .statusCode(409).contentType(PROBLEM).body("rule", is("FRAGA_REDAN_BESVARAD"));

            anrop(ULLA_UTFORARE, "ny-information", id, "{\"information\": \"%s\"}".formatted(NY_INFORMATION)).statusCode(403)
                    .contentType(PROBLEM);
            anrop(ANNA, "ny-information", id, "{\"information\": null}").statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", is("information"));
            post(ANNA, "ny-information", id, "{\"information\": \"%s\"}".formatted(NY_INFORMATION));

            // both sides see the questions, the answer and the new information in the case
            for (String token : List.of(ANNA, MATS_METODHANDLEDARE, ULLA_UTFORARE)) {
                JsonPath uppdrag = hamta(token, id);
                assertThat(uppdrag.getList("fragorOmUppdraget.fraga.fraga", String.class)).hasSize(3).contains(FRAGA);
                assertThat(uppdrag.getString("fragorOmUppdraget.find { it.fraga.fragaId == '" + fragaId + "' }.svar.svar")).isEqualTo(SVAR);
                assertThat(uppdrag.getString("nyInformation[0].information")).isEqualTo(NY_INFORMATION);
                assertThat(uppdrag.getString("nyInformation[0].ansvarigUtforare")).isEqualTo("ulla");
            }
            JsonPath uppdrag = hamta(ANNA, id);
            assertThat(uppdrag.getString("historik.find { it.handelse == 'FragaOmUppdragetBesvarad' }.utfordAv")).isEqualTo("anna");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'NyInformationLamnad' }.roll")).isEqualTo("socialsekreterare");

            // nothing of it on the topic: only the assignment's public events, without the texts
            List<ConsumerRecord<String, byte[]>> records = reader.await(4, TopicReader.withKey(id), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> TopicReader.cloudEvent(r).getType())
                    .containsExactly("InsatsBeviljad", "UppdragSkickat", "UppdragMottaget", "AnsvarigUtförareUtsedd");
            records.forEach(r -> ContractAssertions.assertContainsNone(r, FRAGA, SVAR, NY_INFORMATION, "SIP?", "pappan"));
        }
    }

    // ---- B7, J2, P11 -------------------------------------------------------------------------------------------------

    @Test
    void the_family_is_informed_before_the_end_by_the_performer_or_the_secretary() {
        String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        anrop(ULLA_UTFORARE, "familjen-informerad-infor-avslut", id,
                "{\"datum\": \"%s\", \"informerade\": [\"VARDNADSHAVARE\"]}".formatted(idag()))
                .statusCode(422).contentType(PROBLEM).body("rule", is("BARNET_SKA_INFORMERAS"))
                .body("violations[0].field", is("informerade"));
        anrop(ULLA_UTFORARE, "familjen-informerad-infor-avslut", id,
                "{\"datum\": \"%s\", \"informerade\": [\"BARNET\", \"VARDNADSHAVARE\"]}".formatted(idag().plusDays(1)))
                .statusCode(422).contentType(PROBLEM).body("rule", is("DATUM_I_FRAMTIDEN"));
        anrop(ULLA_UTFORARE, "familjen-informerad-infor-avslut", id, "{\"datum\": \"%s\", \"informerade\": []}".formatted(idag()))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("informerade"));
        anrop(MATS_METODHANDLEDARE, "familjen-informerad-infor-avslut", id,
                "{\"datum\": \"%s\", \"informerade\": [\"BARNET\", \"VARDNADSHAVARE\"]}".formatted(idag()))
                .statusCode(403).contentType(PROBLEM);
        assertThat(checklista(ANNA, id).getString("punkter.find { it.id == 'FAMILJEN_INFORMERAD_INFOR_AVSLUT' }.status"))
                .isEqualTo("VANTAR");
        post(ANNA, "familjen-informerad-infor-avslut", id,
                "{\"datum\": \"%s\", \"informerade\": [\"BARNET\", \"VARDNADSHAVARE\"]}".formatted(idag()));
        JsonPath lista = checklista(ANNA, id);
        assertThat(lista.getString("punkter.find { it.id == 'FAMILJEN_INFORMERAD_INFOR_AVSLUT' }.status")).isEqualTo("KLAR");
        assertThat(lista.getString("punkter.find { it.id == 'FAMILJEN_INFORMERAD_INFOR_AVSLUT' }.klarAvRoll")).isEqualTo("socialsekreterare");
        assertThat(hamta(ULLA_UTFORARE, id).getList("familjenInformeradInforAvslut.informerade.flatten()", String.class))
                .containsExactlyInAnyOrder("BARNET", "VARDNADSHAVARE");
    }

    @Test
    void the_plan_records_collaboration_its_follow_up_and_the_guardians_views() {
        String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        String plan = AssignmentTestSupport.planBody(AssignmentTestSupport.malIds(id));
        plan = plan.substring(0, plan.lastIndexOf('}')) + """
                , "samverkan": "Samverkan med elevhälsan varannan vecka",
                  "uppfoljningAvPlanen": "Planen ses över vid varje uppföljningsmöte",
                  "vardnadshavarnasSynpunkter": "Föräldrarna vill börja med skolan"}""";
        anrop(ULLA_UTFORARE, "genomforandeplan", id, plan.replace("Samverkan med elevhälsan varannan vecka", "x".repeat(4001)))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", is("samverkan"));
        post(ULLA_UTFORARE, "genomforandeplan", id, plan);
        JsonPath uppdrag = hamta(ANNA, id);
        assertThat(uppdrag.getString("genomforandeplaner[0].samverkan")).isEqualTo("Samverkan med elevhälsan varannan vecka");
        assertThat(uppdrag.getString("genomforandeplaner[0].uppfoljningAvPlanen")).isEqualTo("Planen ses över vid varje uppföljningsmöte");
        assertThat(uppdrag.getString("genomforandeplaner[0].vardnadshavarnasSynpunkter")).isEqualTo("Föräldrarna vill börja med skolan");
    }

    // ---- G3: genomförandeplanen saknas -------------------------------------------------------------------------------

    @Test
    void the_case_shows_a_plan_missing_14_days_after_the_start_until_it_is_established() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.klartecken(id);
        java.time.LocalDate beslut = idag().minusDays(40);
        java.time.LocalDate start = idag().minusDays(35);
        post(ANNA, "samtycke", id, """
                {"part": "VARDNADSHAVARE", "vardnadshavare": {"personnummer": "%s", "namn": "Karin Ekström"},
                 "samtycker": true, "datum": "%s"}""".formatted(AssignmentTestSupport.VARDNADSHAVARE_PNR, beslut));
        post(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS")
                .replace("\"beslutsdatum\": \"" + idag(), "\"beslutsdatum\": \"" + beslut));
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
        AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
        AssignmentTestSupport.utse(id);
        post(ANNA, "planeringsmote", id, """
                {"datum": "%s", "deltagare": ["BARNET", "VARDNADSHAVARE", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"],
                 "barnetDeltog": true, "sekretessInformerad": true, "malGenomgangna": true,
                 "planeratStartdatum": "%s", "forstaUppfoljningsmote": "%s", "overenskommelser": %s}"""
                .formatted(start, start, start.plusDays(30), AssignmentTestSupport.overenskommelser(id)));
        // the start before the 14 days have passed: nothing is missing yet
        assertThat(hamta(ANNA, id).getString("genomforandeplanSaknas")).isNull();
        post(ANNA, "verkstallighet", id, "{\"verkstallighetsdatum\": \"%s\"}".formatted(start));

        for (String token : List.of(ANNA, ULLA_UTFORARE)) {
            JsonPath uppdrag = hamta(token, id);
            assertThat(uppdrag.getString("genomforandeplanSaknas.senast")).isEqualTo(start.plusDays(14).toString());
            assertThat(uppdrag.getInt("genomforandeplanSaknas.dagarSedan")).isEqualTo(21);
        }
        post(ANNA, "genomforandeplan/efterfragan", id, null);
        AssignmentTestSupport.genomforandeplan(id);
        assertThat(hamta(ANNA, id).getString("genomforandeplanSaknas")).isNull();

        // started today: not missing
        String idag = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        assertThat(hamta(ANNA, idag).getString("genomforandeplanSaknas")).isNull();
    }
}
