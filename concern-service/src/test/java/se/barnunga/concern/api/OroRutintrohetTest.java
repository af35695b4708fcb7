package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * The rules of issue 16 in the concern-service, over REST against real PostgreSQL and Kafka: the "don't tell the family"
 * rule as wide as the routine's body (a deviation and a warning per family member told), the child heard in the
 * preliminary assessment (seed 004, B 2.1) on the public event, the decision not to give feedback for special reasons,
 * and the audit rows of a submitted report, findable by the report's and each concern's id.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroRutintrohetTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void kontorstid() {
        TestClock.set(tisdagFormiddag());
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Map<String, Object> familjemedlem(String relation, Object informerad) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("relation", relation);
        f.put("informerad", informerad);
        return f;
    }

    /** A report about a new child (so it goes to the reception unit), with the family given person by person. */
    private static Map<String, Object> anmalanPerPerson(List<String> misstankt, List<Map<String, Object>> familjen) {
        Map<String, Object> a = oroAnrop(nyttBarn(), false, "SKRIFTLIG");
        a.remove("vardnadshavareInformerade");
        a.put("misstanktOvergrepp", misstankt);
        a.put("familjemedlemmar", familjen);
        return a;
    }

    // ---- H4: the family not told when abuse is suspected ----------------------------------------------------------------

    @Test
    void suspected_abuse_with_family_members_told_is_accepted_with_a_deviation_and_a_warning_for_each() {
        Map<String, Object> a = anmalanPerPerson(List.of("FYSISKT", "SEXUELLT"), List.of(
                familjemedlem("VARDNADSHAVARE", true), familjemedlem("VARDNADSHAVARE", false),
                familjemedlem("ANNAN_FAMILJEMEDLEM", true)));
        String oroId;
        try (TopicReader reader = TopicReader.fromBeginning(Topics.ORO)) {
            oroId = lamna(ULLA_UTFORARE, json(a)).statusCode(201)
                    .body("oro[0].dirigering.mottagare.typ", is("MOTTAGNING"))
                    .body("oro[0].avvikelser.typ", containsInAnyOrder("VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP",
                            "FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP"))
                    .body("varningar.size()", is(2))
                    .body("varningar.falt", containsInAnyOrder("familjemedlemmar[0].informerad", "familjemedlemmar[2].informerad"))
                    .body("varningar.find { it.falt == 'familjemedlemmar[2].informerad' }.regel",
                            is("FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP"))
                    .body("varningar.rutin", org.hamcrest.Matchers.everyItem(containsString(
                            "vid misstanke om fysiskt, psykiskt eller sexuellt övergrepp ska inte vårdnadshavare eller annan familjemedlem informeras")))
                    .extract().path("oro[0].oroId");
            given().auth().oauth2(MIA_MOTTAGNING).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                    .body("misstanktOvergrepp", contains("FYSISKT", "SEXUELLT"))
                    .body("informering.familjemedlemmar.relation", contains("VARDNADSHAVARE", "VARDNADSHAVARE", "ANNAN_FAMILJEMEDLEM"))
                    .body("informering.familjemedlemmar.informerad", contains(true, false, true))
                    .body("informering.vardnadshavareInformerade", is(false))
                    .body("avvikelser.size()", is(2));

            List<ConsumerRecord<String, byte[]>> records = reader.await(3, TopicReader.withKey(oroId), Duration.ofSeconds(30));
            List<JsonNode> data = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                data.add(ContractAssertions.assertConformsToContract(r));
            }
            assertThat(records.stream().map(r -> TopicReader.cloudEvent(r).getType()).toList())
                    .containsExactly("OroInlämnad", "AvvikelseRegistrerad", "AvvikelseRegistrerad");
            assertThat(data.subList(1, 3).stream().map(d -> d.path("avvikelsetyp").asText()).toList()).containsExactly(
                    "VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP", "FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP");
            assertThat(data.get(1).path("avvikelseId").asText()).isNotEqualTo(data.get(2).path("avvikelseId").asText());
        }
        String id = oroId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(CHEF_UTF).queryParam("typ", "FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP").queryParam("size", 500)
                        .when().get("/api/oro/avvikelser").then().statusCode(200)
                        .body("items.oroId", hasItem(id)));
    }

    @Test
    void two_guardians_told_give_two_deviations_and_nobody_told_under_suspected_abuse_gives_none() {
        lamna(ULLA_UTFORARE, json(anmalanPerPerson(List.of("PSYKISKT"), List.of(familjemedlem("VARDNADSHAVARE", true),
                familjemedlem("VARDNADSHAVARE", true))))).statusCode(201)
                .body("oro[0].avvikelser.typ", contains("VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP",
                        "VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP"))
                .body("varningar.falt", contains("familjemedlemmar[0].informerad", "familjemedlemmar[1].informerad"));
        lamna(ULLA_UTFORARE, json(anmalanPerPerson(List.of("SEXUELLT"), List.of(familjemedlem("VARDNADSHAVARE", false),
                familjemedlem("ANNAN_FAMILJEMEDLEM", false))))).statusCode(201)
                .body("oro[0].avvikelser.size()", is(0))
                .body("varningar.size()", is(0));
    }

    @Test
    void without_abuse_a_guardian_not_told_without_a_reason_is_a_warning_naming_the_missing_reason() {
        lamna(ULLA_UTFORARE, json(anmalanPerPerson(List.of(), List.of(familjemedlem("VARDNADSHAVARE", true),
                familjemedlem("VARDNADSHAVARE", false))))).statusCode(201)
                .body("oro[0].avvikelser.typ", contains("INTE_INFORMERAT_UTAN_SKAL"))
                .body("varningar[0].regel", is("INTE_INFORMERAT_UTAN_SKAL"))
                .body("varningar[0].falt", is("skalAttInteInformera"))
                .body("varningar[0].rutin", containsString("utifrån barnets ålder och mognad"));
    }

    @Test
    void the_old_request_with_only_the_guardians_flag_is_still_valid() {
        Map<String, Object> a = oroAnrop(nyttBarn(), false, "SKRIFTLIG");
        a.put("omValdEllerOvergrepp", true);
        lamna(ULLA_UTFORARE, json(a)).statusCode(201)
                .body("oro[0].avvikelser.typ", contains("VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP"))
                .body("varningar[0].falt", is("vardnadshavareInformerade"));
    }

    @Test
    void a_child_under_15_told_is_recorded_as_told_by_age_and_maturity_without_a_deviation() {
        Map<String, Object> a = oroAnrop("20150412-2381", false, "SKRIFTLIG"); // 11 years old, barnetInformerat true
        String oroId = lamna(ULLA_UTFORARE, json(a)).statusCode(201)
                .body("oro[0].avvikelser.size()", is(0))
                .extract().path("oro[0].oroId");
        given().auth().oauth2(ULLA_UTFORARE).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                .body("informering.barnetInformerat", is(true))
                .body("informering.barnetInformeratGrund", is("ALDER_OCH_MOGNAD"));
    }

    @Test
    void bad_family_input_is_400_naming_the_field_and_the_rule() {
        Map<String, Object> a = anmalanPerPerson(List.of("SLAG"), List.of(familjemedlem("VARDNADSHAVARE", true)));
        lamna(ULLA_UTFORARE, json(a)).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(containsString("misstanktOvergrepp")));
        a = anmalanPerPerson(List.of(), List.of(familjemedlem("GRANNE", true)));
        lamna(ULLA_UTFORARE, json(a)).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(containsString("familjemedlemmar[0].relation")));
        a = anmalanPerPerson(List.of(), List.of(familjemedlem("VARDNADSHAVARE", null)));
        lamna(ULLA_UTFORARE, json(a)).statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'familjemedlemmar[0].informerad' }.rule", is("NotNull"));
        a = anmalanPerPerson(List.of(), List.of(familjemedlem("VARDNADSHAVARE", false)));
        a.put("vardnadshavareInformerade", true);
        lamna(ULLA_UTFORARE, json(a)).statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'informeringEntydig' }.rule", is("AssertTrue"))
                .body("violations.find { it.field == 'informeringEntydig' }.message", containsString("vardnadshavareInformerade"));
        a = anmalanPerPerson(List.of(), null);
        lamna(ULLA_UTFORARE, json(a)).statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'informeringAngiven' }.rule", is("AssertTrue"));
        // consistent: the flag and the list may both be given
        a = anmalanPerPerson(List.of(), List.of(familjemedlem("VARDNADSHAVARE", true)));
        a.put("vardnadshavareInformerade", true);
        lamna(ULLA_UTFORARE, json(a)).statusCode(201).body("varningar.size()", is(0));
    }

    // ---- The audit rows of a submitted report ---------------------------------------------------------------------------

    @Test
    void a_submitted_report_is_audited_under_the_report_id_and_each_concern_id() throws Exception {
        Map<String, Object> a = oroAnrop(nyttBarn(), false, "SKRIFTLIG");
        @SuppressWarnings("unchecked")
        List<Object> barn = (List<Object>) a.get("barn");
        barn.add(Map.of("namn", "Lillasyster", "fodelsedatum", "2019-05-06"));
        var svar = lamna(ULLA_UTFORARE, json(a)).statusCode(201).extract().jsonPath();
        String anmalanId = svar.getString("anmalanId");
        List<String> oroIds = svar.getList("oro.oroId");
        assertThat(oroIds).hasSize(2);

        List<String> ids = new ArrayList<>(oroIds);
        ids.add(anmalanId);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT case_id, user_id, action, resource, operation, outcome FROM audit_log WHERE case_id = ANY (?)")) {
            q.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            List<String> rader = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rader.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            assertThat(rader).containsExactlyInAnyOrder(
                    anmalanId + "|ulla|CHANGE|oro|POST /api/oro|OK",
                    oroIds.get(0) + "|ulla|CHANGE|oro|POST /api/oro|OK",
                    oroIds.get(1) + "|ulla|CHANGE|oro|POST /api/oro|OK");
        }
        given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", anmalanId).when().get("/api/audit").then().statusCode(200)
                .body("operation", contains("POST /api/oro"));
    }

    // ---- B 2.1: the child heard in the preliminary assessment ----------------------------------------------------------

    @Test
    void the_preliminary_assessment_records_whether_the_child_was_heard_and_publishes_it_without_the_reasons() {
        String oroId = lamnaOro(ULLA_UTFORARE, nyttBarn(), false, "SKRIFTLIG");
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        String skal = "Barnet är spädbarn; vårdnadshavarna och BVC har hörts.";
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, """
                {"beslut": "INLED_INTE_UTREDNING", "skal": "Inga uppgifter om brister i omsorgen kvarstår."}""")
                .statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'barnetKomTillTals' }.rule", is("NotNull"));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, """
                {"beslut": "INLED_INTE_UTREDNING", "skal": "Inga uppgifter om brister i omsorgen kvarstår.",
                 "barnetKomTillTals": false, "skalBarnetInteHort": "  "}""")
                .statusCode(422).contentType(PROBLEM)
                .body("rule", is("SKAL_BARNET_INTE_HORT_KRAVS"))
                .body("violations[0].field", is("skalBarnetInteHort"));
        try (TopicReader reader = TopicReader.fromBeginning(Topics.ORO)) {
            post(MIA_MOTTAGNING, "forhandsbedomning", oroId, """
                    {"beslut": "INLED_INTE_UTREDNING", "skal": "Inga uppgifter om brister i omsorgen kvarstår.",
                     "barnetKomTillTals": false, "skalBarnetInteHort": "%s"}""".formatted(skal)).statusCode(200);
            ConsumerRecord<String, byte[]> avslutad = reader.await(1, TopicReader.withKey(oroId)
                            .and(r -> TopicReader.cloudEvent(r).getType().equals("FörhandsbedömningAvslutad")), Duration.ofSeconds(30))
                    .get(0);
            JsonNode data = ContractAssertions.assertConformsToContract(avslutad);
            assertThat(data.path("barnetKomTillTals").asBoolean(true)).isFalse();
            assertThat(data.path("skalBarnetInteHortDokumenterat").asBoolean(false)).isTrue();
            ContractAssertions.assertContainsNone(avslutad, "spädbarn", "Inga uppgifter om brister");
        }
        given().auth().oauth2(MIA_MOTTAGNING).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                .body("forhandsbedomning.beslut", is("INLED_INTE_UTREDNING"))
                .body("forhandsbedomning.barnetKomTillTals", is(false))
                .body("forhandsbedomning.skalBarnetInteHort", is(skal));
        // the reporter sees the outcome, not the reasons
        given().auth().oauth2(ULLA_UTFORARE).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                .body("forhandsbedomning.barnetKomTillTals", is(false))
                .body("forhandsbedomning.skalBarnetInteHort", nullValue());
    }

    // ---- O10: no feedback for special reasons --------------------------------------------------------------------------

    @Test
    void the_recipient_may_decide_against_feedback_for_special_reasons_which_ends_the_feedback_deadline() {
        String oroId = lamnaOro(ULLA_UTFORARE, nyttBarn(), false, "SKRIFTLIG");
        post(ULLA_UTFORARE, "ingen-aterkoppling", oroId, INGEN_ATERKOPPLING).statusCode(403).contentType(PROBLEM);
        post(ANNA, "ingen-aterkoppling", oroId, INGEN_ATERKOPPLING).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "ingen-aterkoppling", oroId, "{\"sarskildaSkal\": \" \"}").statusCode(400).contentType(PROBLEM)
                .body("violations.find { it.field == 'sarskildaSkal' }.rule", is("NotBlank"));
        try (TopicReader reader = TopicReader.fromBeginning(Topics.ORO)) {
            post(MIA_MOTTAGNING, "ingen-aterkoppling", oroId, INGEN_ATERKOPPLING).statusCode(200).body("oroId", is(oroId));
            ConsumerRecord<String, byte[]> avstadd = reader.await(1, TopicReader.withKey(oroId)
                    .and(r -> TopicReader.cloudEvent(r).getType().equals("ÅterkopplingAvstådd")), Duration.ofSeconds(30)).get(0);
            assertThat(ContractAssertions.assertConformsToContract(avstadd).path("oroId").asText()).isEqualTo(oroId);
            ContractAssertions.assertContainsNone(avstadd, "närstående", "misstänkte");
        }
        post(MIA_MOTTAGNING, "ingen-aterkoppling", oroId, INGEN_ATERKOPPLING).statusCode(409).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "aterkoppling", oroId, ATERKOPPLING).statusCode(409).contentType(PROBLEM);

        // a week and a day later the feedback deadline has passed – but it is not overdue, the obligation ended
        TestClock.set(tisdagFormiddag().plusDays(8));
        given().auth().oauth2(MIA_MOTTAGNING).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                .body("aterkopplingAvstadd.sarskildaSkal", containsString("närstående"))
                .body("forsenat", hasItem("SKYDDSBEDOMNING"))
                .body("forsenat", not(hasItem("ATERKOPPLING")));
        given().auth().oauth2(ULLA_UTFORARE).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                .body("aterkopplingAvstadd.sarskildaSkal", nullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(forsenatIInkorgen(MIA_MOTTAGNING, oroId))
                .contains("SKYDDSBEDOMNING").doesNotContain("ATERKOPPLING"));
    }

    /** What the reception unit's inbox shows as overdue for the concern, over all its pages; empty when it is not there. */
    private static List<String> forsenatIInkorgen(String token, String oroId) {
        for (int page = 0; ; page++) {
            var sida = given().auth().oauth2(token).queryParam("ko", "MOTTAGNING").queryParam("size", 200).queryParam("page", page)
                    .when().get("/api/oro/inkorg").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = sida.getList("items");
            for (Map<String, Object> item : items) {
                if (oroId.equals(item.get("oroId"))) {
                    @SuppressWarnings("unchecked")
                    List<String> forsenat = (List<String>) item.get("forsenat");
                    return forsenat;
                }
            }
            if (items.isEmpty()) {
                return List.of();
            }
        }
    }
}
