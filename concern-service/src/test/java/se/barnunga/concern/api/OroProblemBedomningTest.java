package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import se.barnunga.testing.Concurrently;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The protection and preliminary assessments' bad input over REST, and the steps out of order (409 with the rule).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroProblemBedomningTest extends OroProblemTestBase {

    // ---- Skyddsbedömning -----------------------------------------------------------------------------------------------

    @Test
    void a_protection_assessment_missing_any_of_its_parts_is_400_naming_it() throws Exception {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        for (String del : SKYDDSBEDOMNING_DELAR.split(",")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = JSON.readValue(skyddsbedomningBody(TestClock.now()), LinkedHashMap.class);
            body.remove(del);
            post(MIA_MOTTAGNING, "skyddsbedomning", oroId, json(body)).statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem(del))
                    .body("violations.find { it.field == '" + del + "' }.rule", is(del.equals("omedelbartSkyddsbehov") || del.equals("bedomd") ? "NotNull" : "NotBlank"));
            if (!del.equals("omedelbartSkyddsbehov") && !del.equals("bedomd")) {
                body.put(del, "  ");
                post(MIA_MOTTAGNING, "skyddsbedomning", oroId, json(body)).statusCode(400).contentType(PROBLEM)
                        .body("violations.field", hasItem(del));
            }
        }
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, "null").statusCode(400).contentType(PROBLEM);
        // nothing was recorded: the complete assessment is still accepted
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
    }

    @Test
    void a_protection_assessment_made_before_the_concern_came_in_or_in_the_future_is_422() {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        Instant inkom = Instant.parse(hamta(MIA_MOTTAGNING, oroId).statusCode(200).extract().path("inkom"));
        for (Instant orimlig : List.of(inkom.minusSeconds(60), inkom.minus(Duration.ofDays(3)), TestClock.now().plus(Duration.ofMinutes(30)),
                Instant.parse("9999-12-31T23:59:59Z"))) {
            post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(orimlig))
                    .statusCode(422).contentType(PROBLEM)
                    .body("rule", is("TIDPUNKT_ORIMLIG"))
                    .body("violations[0].field", is("skyddsbedomning.bedomd"))
                    .body("violations[0].rule", is("TIDPUNKT_ORIMLIG"));
        }
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        hamta(MIA_MOTTAGNING, oroId).statusCode(200).body("skyddsbedomning.sammaDag", is(true));
    }

    @Test
    void extreme_assessment_times_are_answered_4xx_never_500() {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        List<String> varden = List.of("\"9999-12-31T23:59:59Z\"", "\"+999999-01-01T00:00:00Z\"", "\"-999999-01-01T00:00:00Z\"",
                "\"1970-01-01T00:00:00Z\"", "\"2026-11-24T10:00:00\"", "\"2026-11-24\"", "\"2026-13-45T10:00:00Z\"", "\"\"",
                "1e30", "-1e30", "99999999999999999999999", "1.5", "true", "[]", "{}");
        List<String> fel = new ArrayList<>();
        java.util.Set<Integer> statusar = new java.util.TreeSet<>();
        for (String v : varden) {
            String body = """
                    {"omedelbartSkyddsbehov": false, "underlag": "Samtal med barnet.", "bedomd": %s,
                     "bedomdAvNamn": "Mia", "bedomdAvTitel": "Socialsekreterare"}""".formatted(v);
            ExtractableResponse<Response> r = given().auth().oauth2(MIA_MOTTAGNING).contentType(ContentType.JSON).body(body)
                    .when().post("/api/oro/{id}/skyddsbedomning", oroId).then().extract();
            statusar.add(r.statusCode());
            if (r.statusCode() < 400 || r.statusCode() >= 500 || !String.valueOf(r.contentType()).startsWith(PROBLEM)) {
                fel.add("bedomd=" + v + " -> " + r.statusCode() + " " + r.contentType());
            }
        }
        assertThat(fel).isEmpty();
        // those that are instants reach the rule (422), the others are rejected as unreadable (400)
        assertThat(statusar).containsExactly(400, 422);
        // none of them was recorded
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
    }

    // ---- Förhandsbedömning ---------------------------------------------------------------------------------------------

    @Test
    void a_preliminary_assessment_before_the_protection_assessment_is_422() {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING)
                .statusCode(422).contentType(PROBLEM)
                .body("rule", is("SKYDDSBEDOMNING_KRAVS"))
                .body("violations[0].field", is("skyddsbedomning"));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, "{\"skal\": \"x\"}").statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("beslut"));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, "{\"beslut\": \"INLED_UTREDNING\", \"skal\": \" \"}").statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("skal"))
                .body("violations.find { it.field == 'barnetKomTillTals' }.rule", is("NotNull"));
    }

    @Test
    void after_fourteen_days_the_preliminary_assessment_needs_exceptional_reasons_and_is_a_deviation() {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        TestClock.set(tisdagFormiddag().plusDays(15));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING)
                .statusCode(422).contentType(PROBLEM)
                .body("rule", is("SYNNERLIGA_SKAL_KRAVS"))
                .body("violations[0].field", is("synnerligaSkal"))
                .body("violations[0].rule", is("SYNNERLIGA_SKAL_KRAVS"));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, """
                {"beslut": "INLED_UTREDNING", "skal": "Uppgifterna behöver utredas.", "synnerligaSkal": "   ", "barnetKomTillTals": true}""")
                .statusCode(422).body("rule", is("SYNNERLIGA_SKAL_KRAVS"));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, """
                {"beslut": "INLED_UTREDNING", "skal": "Uppgifterna behöver utredas.", "barnetKomTillTals": true,
                 "synnerligaSkal": "Barnet var inlagt på sjukhus och kunde inte höras tidigare."}""")
                .statusCode(200).body("oroId", is(oroId));
        hamta(MIA_MOTTAGNING, oroId).statusCode(200)
                .body("avvikelser.typ", hasItem("FORHANDSBEDOMNING_EFTER_14_DAGAR"))
                .body("forhandsbedomning.inomFrist", is(false))
                .body("forhandsbedomning.dagarSedanInkom", is(15))
                .body("forhandsbedomning.synnerligaSkal", containsString("sjukhus"));
    }

    @Test
    void on_the_fourteenth_day_the_preliminary_assessment_is_within_the_time_limit() {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        TestClock.set(tisdagFormiddag().plusDays(14).withHour(16));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(200);
        hamta(MIA_MOTTAGNING, oroId).statusCode(200)
                .body("avvikelser.typ", not(hasItem("FORHANDSBEDOMNING_EFTER_14_DAGAR")))
                .body("forhandsbedomning.inomFrist", is(true))
                .body("forhandsbedomning.dagarSedanInkom", is(14));
    }

    // ---- 409: steg i fel läge ------------------------------------------------------------------------------------------

    @Test
    void acknowledging_twice_is_409() {
        String oroId = hosMottagningen(false, "SKRIFTLIG");
        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(200).body("oroId", is(oroId));
        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(409).contentType(PROBLEM).body("rule", is("REDAN_MOTTAGEN"));
    }

    @Test
    void confirming_a_written_report_in_writing_or_an_oral_one_twice_is_409() {
        String skriftlig = hosMottagningen(false, "SKRIFTLIG");
        post(ULLA_UTFORARE, "skriftlig-bekraftelse", skriftlig, BEKRAFTELSE)
                .statusCode(409).contentType(PROBLEM).body("rule", is("SKRIFTLIG_REDAN"));
        String muntlig = hosMottagningen(false, "MUNTLIG");
        post(ULLA_UTFORARE, "skriftlig-bekraftelse", muntlig, "{\"text\": \" \"}").statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("text"));
        post(ULLA_UTFORARE, "skriftlig-bekraftelse", muntlig, BEKRAFTELSE).statusCode(200);
        post(ULLA_UTFORARE, "skriftlig-bekraftelse", muntlig, BEKRAFTELSE)
                .statusCode(409).contentType(PROBLEM).body("rule", is("REDAN_BEKRAFTAD"));
    }

    @Test
    void after_the_preliminary_assessment_only_feedback_is_allowed() {
        String oroId = avslutadHosMottagningen();
        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(409).contentType(PROBLEM).body("rule", is("FORHANDSBEDOMNING_AVSLUTAD"));
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("SOCIALSEKRETERARE", "anna", "MYND-1"))
                .statusCode(409).contentType(PROBLEM).body("rule", is("FORHANDSBEDOMNING_AVSLUTAD"));
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now()))
                .statusCode(409).contentType(PROBLEM).body("rule", is("FORHANDSBEDOMNING_AVSLUTAD"));
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING)
                .statusCode(409).contentType(PROBLEM).body("rule", is("FORHANDSBEDOMNING_AVSLUTAD"));
        post(MIA_MOTTAGNING, "aterkoppling", oroId, ATERKOPPLING).statusCode(200);
        hamta(ULLA_UTFORARE, oroId).statusCode(200).body("aterkopplingar.besked", hasItem("UTREDNING_INLEDD"));
    }

    /**
     * The reporter's written confirmation is not a step of the recipient: it is still taken after the closure (the
     * deadline sweep deliberately keeps watching closed, unconfirmed oral reports).
     */
    @Test
    void the_reporter_may_still_confirm_an_oral_report_after_the_closure() {
        String oroId = hosMottagningen(false, "MUNTLIG");
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(200);
        post(ULLA_UTFORARE, "skriftlig-bekraftelse", oroId, BEKRAFTELSE).statusCode(200);
        post(ULLA_UTFORARE, "skriftlig-bekraftelse", oroId, BEKRAFTELSE).statusCode(409).body("rule", is("REDAN_BEKRAFTAD"));
    }

    @Test
    void of_two_simultaneous_acknowledgements_one_succeeds_and_one_gets_409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String oroId = hosMottagningen(round % 2 == 0, "SKRIFTLIG");
            List<ExtractableResponse<Response>> svar = Concurrently.twice(() -> given().auth().oauth2(MIA_MOTTAGNING)
                    .when().post("/api/oro/{id}/mottagen", oroId).then().extract());
            List<Integer> statuses = svar.stream().map(ExtractableResponse::statusCode).toList();
            for (ExtractableResponse<Response> r : svar) {
                if (r.statusCode() == 409) {
                    assertThat(r.contentType()).startsWith(PROBLEM);
                }
            }
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
            hamta(MIA_MOTTAGNING, oroId).statusCode(200)
                    .body("historik.findAll { it.handelse == 'OroMottagen' }.size()", is(1));
        }
    }
}
