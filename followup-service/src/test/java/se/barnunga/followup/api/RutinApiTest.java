package se.barnunga.followup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.followup.api.FollowupTestSupport.*;
import static se.barnunga.testing.ProblemAssertions.badRequest;
import static se.barnunga.testing.ProblemAssertions.problem;
import static se.barnunga.testing.ProblemAssertions.ruleViolation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * The routine's steps added by the rule-fidelity review over REST, against the real PostgreSQL and Kafka: the new
 * investigation after a follow-up (public {@code UtredningInledd}), the performer's summary handed to the family, the
 * family's complaints and views with the register per unit, and the follow-up meeting's new content (the family's view,
 * the adaptations or none, the assessment of new needs, instruments, goals for the coming period). Bad input is a 4xx
 * problem naming the field and the rule; a wrong role is 403.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class RutinApiTest {

    private static final LocalDate START = LocalDate.of(2029, 2, 5);
    private static final LocalDate MOTET = START.plusDays(30);

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static void idag(LocalDate dag) {
        TestClock.set(dag.atTime(15, 0).atZone(TestClock.ZONE));
    }

    // ---- A new investigation after a follow-up ----------------------------------------------------------------------

    @Test
    void a_new_investigation_after_a_negative_change_is_recorded_and_published_without_free_text() throws Exception {
        Parter p = Parter.egenSocialsekreterare();
        Insats insats = verkstalldInsats(p, "KVINNA", unikInsatstyp("RUTIN"), START, MOTET);
        String id = insats.uppdragId();
        idag(MOTET);
        // a goal got worse: continuing needs the assessment of new needs; the meeting is held 30 days after the start
        Map<String, Object> mote = uppfoljning(insats, MOTET, true, "FORTSATTA", MOTET.plusDays(21), "NEGATIV_FORANDRING",
                "INGEN_FORANDRING");
        mote.put("skalUtanSammanfattning", "Sammanfattningen kom inte.");
        ruleViolation(post(p.ssToken(), id, "uppfoljningsmote", mote), "bedomningAvNyaBehov", "BEDOMNING_AV_NYA_BEHOV_KRAVS");
        mote.put("bedomningAvNyaBehov", "Skolvägran har tillkommit; den behöver utredas.");
        post(p.ssToken(), id, "uppfoljningsmote", mote).statusCode(200).body("moteId", is("M1"));
        get(p.ssToken(), id).statusCode(200)
                .body("moten[0].uppfoljning.bedomningAvNyaBehov", is("Skolvägran har tillkommit; den behöver utredas."))
                .body("moten[1].bokning.inomFonster", is(true)).body("moten[1].bokning.dagarFranReferens", is(21));

        LocalDate inledd = MOTET.plusDays(3);
        idag(inledd);
        // bad input, wrong role, rules
        badRequest(post(p.ssToken(), id, "utredning", Map.of("moteId", "mote-1", "inledd", inledd.toString())), "moteId", "Pattern");
        badRequest(post(p.ssToken(), id, "utredning", Map.of("inledd", "igår")), "inledd", "Format");
        problem(post(p.utforareToken(), id, "utredning", Map.of("inledd", inledd.toString())), 403);
        problem(post(MATS_METODHANDLEDARE, id, "utredning", Map.of("inledd", inledd.toString())), 403);
        ruleViolation(post(p.ssToken(), id, "utredning", Map.of("inledd", inledd.plusDays(1).toString())), "inledd", "DATUM_I_FRAMTIDEN");
        ruleViolation(post(p.ssToken(), id, "utredning", Map.of()), "inledd", "DATUM_KRAVS");
        ruleViolation(post(p.ssToken(), id, "utredning", Map.of("moteId", "M2", "inledd", inledd.toString())), "moteId", "OKANT_MOTE");
        post(p.ssToken(), id, "utredning", Map.of("moteId", "M1", "inledd", inledd.toString())).statusCode(200).body("moteId", is("M1"));
        problem(post(p.ssToken(), id, "utredning", Map.of("inledd", inledd.toString())), 409).body("rule", is("INGEN_UTREDNING_AKTUELL"));
        get(p.ssToken(), id).statusCode(200).body("moten[0].utredningInledd.inledd", is(inledd.toString()));
        get(p.ssToken(), id + "/checklistor").statusCode(200)
                .body("checklistor[0].punkter.find { it.id == 'NY_UTREDNING' }.status", is("KLAR"))
                .body("checklistor[0].punkter.find { it.id == 'NYA_BEHOV' }.status", is("KLAR"));

        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPFOLJNING)) {
            List<ConsumerRecord<String, byte[]>> records = reader.await(4, TopicReader.withKey(id), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> TopicReader.cloudEvent(r).getType()).containsExactly("UppföljningsmöteBokat",
                    "UppföljningGenomförd", "UppföljningsmöteBokat", "UtredningInledd");
            for (ConsumerRecord<String, byte[]> r : records) {
                ContractAssertions.assertConformsToContract(r);
                ContractAssertions.assertContainsNone(r, "Skolvägran", "kvällarna", "Hen tycker", "Sammanfattningen kom");
            }
            JsonNode utredning = ContractAssertions.assertConformsToContract(records.get(3));
            assertThat(utredning.path("moteId").asText()).isEqualTo("M1");
            assertThat(utredning.path("inledd").asText()).isEqualTo(inledd.toString());
            assertThat(utredning.path("barn").path("pseudonym").asText()).isEqualTo(insats.pseudonym());
            assertThat(utredning.path("myndighetsenhet").asText()).isEqualTo("MYND-1");
            assertThat(utredning.path("socialsekreterare").asText()).isEqualTo(p.socialsekreterare());
        }
    }

    // ---- The follow-up meeting's content ----------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void the_meeting_records_the_familys_view_adaptations_or_none_instruments_and_goals_for_the_coming_period() {
        Insats insats = verkstalldInsats("MAN", unikInsatstyp("RUTIN"), START, MOTET);
        String id = insats.uppdragId();
        idag(MOTET);
        Map<String, Object> mote = uppfoljning(insats, MOTET, true, "FORTSATTA", MOTET.plusDays(42), "INGEN_FORANDRING",
                "POSITIV_FORANDRING_MAL_EJ_UPPFYLLT");
        mote.put("skalUtanSammanfattning", "Utföraren var sjuk.");
        mote.remove("anpassningar");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", mote), "anpassningar", "ANPASSNINGAR_KRAVS");
        mote.put("ingaAnpassningarBehovdes", true);
        mote.put("bedomningsinstrument", List.of("ANNAT"));
        ruleViolation(post(ANNA, id, "uppfoljningsmote", mote), "annatInstrument", "INSTRUMENT_KRAVS");
        badRequest(post(ANNA, id, "uppfoljningsmote", new LinkedHashMap<>(Map.of("bedomningsinstrument", List.of("BECK")))),
                "bedomningsinstrument[0]", "Format");
        mote.put("bedomningsinstrument", List.of("SDQ", "ANNAT"));
        mote.put("annatInstrument", "Beck Youth Inventories");
        ((List<Map<String, Object>>) mote.get("bedomningar")).get(1).put("malForKommandePeriod", "Delmål: gå till skolan fyra dagar i veckan.");
        // only the child took part of the family: the family's view is not required then
        mote.put("deltagare", List.of("BARNET", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"));
        mote.remove("familjensUppfattning");
        post(ANNA, id, "uppfoljningsmote", mote).statusCode(200).body("moteId", is("M1"));
        get(ANNA, id).statusCode(200)
                .body("moten[0].uppfoljning.ingaAnpassningarBehovdes", is(true))
                .body("moten[0].uppfoljning.anpassningar", nullValue())
                .body("moten[0].uppfoljning.bedomningsinstrument", containsInAnyOrder("SDQ", "ANNAT"))
                .body("moten[0].uppfoljning.annatInstrument", is("Beck Youth Inventories"))
                .body("moten[0].uppfoljning.familjensUppfattning", nullValue())
                .body("moten[0].uppfoljning.bedomningar[1].malForKommandePeriod", is("Delmål: gå till skolan fyra dagar i veckan."))
                .body("moten[0].uppfoljning.bedomningar[0].malForKommandePeriod", nullValue())
                // 42 days after a meeting held on day 30: within "senast inom 6–8 veckor"
                .body("moten[1].bokning.inomFonster", is(true));
        get(ANNA, id + "/checklistor").statusCode(200)
                .body("checklistor[0].punkter.find { it.id == 'ANPASSNINGAR' }.status", is("KLAR"))
                .body("checklistor[0].punkter.find { it.id == 'NYA_BEHOV' }.status", is("EJ_AKTUELL"))
                .body("checklistor[0].punkter.find { it.id == 'NY_UTREDNING' }.status", is("EJ_AKTUELL"))
                .body("checklistor[0].punkter.find { it.id == 'OVERLAMNING' }.status", is("EJ_GJORT"));
    }

    // ---- The summary handed to the family ------------------------------------------------------------------------------

    @Test
    void the_responsible_performer_records_that_the_summary_was_handed_to_the_family() {
        Insats insats = verkstalldInsats("KVINNA", unikInsatstyp("RUTIN"), START, MOTET);
        String id = insats.uppdragId();
        idag(MOTET.minusDays(2));
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200);
        idag(MOTET);
        Map<String, Object> overlamning = new LinkedHashMap<>(Map.of("mottagare", List.of("VARDNADSHAVARE", "BARNET"),
                "datum", MOTET.toString()));
        problem(post(ANNA, id, "sammanfattning/overlamning", overlamning), 403);
        problem(post(ULF_UTFORARE, id, "sammanfattning/overlamning", overlamning), 403);
        badRequest(post(ULLA_UTFORARE, id, "sammanfattning/overlamning", Map.of("mottagare", List.of("GRANNEN"), "datum", MOTET.toString())),
                "mottagare[0]", "Format");
        ruleViolation(post(ULLA_UTFORARE, id, "sammanfattning/overlamning", Map.of("mottagare", List.of(), "datum", MOTET.toString())),
                "mottagare", "MOTTAGARE_KRAVS");
        ruleViolation(post(ULLA_UTFORARE, id, "sammanfattning/overlamning", Map.of("mottagare", List.of("BARNET"),
                "datum", MOTET.plusDays(1).toString())), "datum", "DATUM_I_FRAMTIDEN");
        post(ULLA_UTFORARE, id, "sammanfattning/overlamning", overlamning).statusCode(200).body("moteId", is("M1"));
        problem(post(ULLA_UTFORARE, id, "sammanfattning/overlamning", overlamning), 409).body("rule", is("INGEN_SAMMANFATTNING"));
        get(ANNA, id).statusCode(200)
                .body("moten[0].sammanfattningTillFamiljen.mottagare", containsInAnyOrder("VARDNADSHAVARE", "BARNET"));
        get(ANNA, id + "/checklistor").statusCode(200)
                .body("checklistor[0].punkter.find { it.id == 'OVERLAMNING' }.status", is("KLAR"))
                .body("checklistor[0].punkter.find { it.id == 'OVERLAMNING' }.utfordAv", is("ulla"));
    }

    // ---- Complaints and views ------------------------------------------------------------------------------------------

    @Test
    void complaints_and_views_are_recorded_per_case_and_listed_in_the_units_register() throws Exception {
        Parter p = Parter.egnaEnheter();
        Insats insats = verkstalldInsats(p, "KVINNA", unikInsatstyp("RUTIN"), START, MOTET);
        Insats annan = verkstalldInsats(Parter.egnaEnheter(), "MAN", unikInsatstyp("RUTIN"), START, MOTET);
        String id = insats.uppdragId();
        LocalDate framfort = START.plusDays(10);
        idag(framfort.plusDays(1));
        Map<String, Object> klagomal = new LinkedHashMap<>();
        klagomal.put("typ", "KLAGOMAL");
        klagomal.put("franVem", "VARDNADSHAVARE");
        klagomal.put("datum", framfort.toString());
        klagomal.put("avser", "Pappan tycker att behandlaren kommer för sent till hembesöken.");

        // wrong roles; bad input; rules
        problem(post(MATS_METODHANDLEDARE, id, "synpunkter", klagomal), 403);
        problem(post(ANNA, id, "synpunkter", klagomal), 403);
        problem(post(DevTokens.token("kalle", p.utforarenhet(), "utforare"), id, "synpunkter", klagomal), 403);
        badRequest(post(p.utforareToken(), id, "synpunkter", Map.of("typ", "BERÖM", "franVem", "BARNET")), "typ", "Format");
        Map<String, Object> utanAvser = new LinkedHashMap<>(klagomal);
        utanAvser.remove("avser");
        ruleViolation(post(p.utforareToken(), id, "synpunkter", utanAvser), "avser", "AVSER_KRAVS");
        Map<String, Object> framtid = new LinkedHashMap<>(klagomal);
        framtid.put("datum", framfort.plusDays(2).toString());
        ruleViolation(post(p.utforareToken(), id, "synpunkter", framtid), "datum", "DATUM_I_FRAMTIDEN");

        post(p.utforareToken(), id, "synpunkter", klagomal).statusCode(200).body("synpunktId", is("S1"));
        Map<String, Object> synpunkt = new LinkedHashMap<>(Map.of("typ", "SYNPUNKT", "franVem", "BARNET", "datum", framfort.toString(),
                "avser", "Flickan vill träffas efter skolan.", "atgarder", "Träffarna flyttade till kl. 15."));
        post(p.ssToken(), id, "synpunkter", synpunkt).statusCode(200).body("synpunktId", is("S2"));
        // a measure added later, by the social secretary; an unknown one is refused
        Map<String, Object> atgard = Map.of("datum", framfort.plusDays(1).toString(), "atgarder", "Samtal med behandlaren om tiderna.");
        post(p.ssToken(), id, "synpunkter/S1/atgarder", atgard).statusCode(200).body("synpunktId", is("S1"));
        ruleViolation(post(p.ssToken(), id, "synpunkter/S9/atgarder", atgard), "synpunktId", "OKAND_SYNPUNKT");
        badRequest(post(p.ssToken(), id, "synpunkter/X1/atgarder", atgard), "synpunktId", "Pattern");
        problem(post(MATS_METODHANDLEDARE, id, "synpunkter/S1/atgarder", atgard), 403);

        // per case: who reads the record reads them
        get(p.utforarchefToken(), id + "/synpunkter").statusCode(200)
                .body("synpunkter.synpunktId", contains("S1", "S2"))
                .body("synpunkter[0].typ", is("KLAGOMAL")).body("synpunkter[0].franVem", is("VARDNADSHAVARE"))
                .body("synpunkter[0].registreradAv", is(p.ansvarigUtforare())).body("synpunkter[0].roll", is("utforare"))
                .body("synpunkter[0].atgarder", nullValue())
                .body("synpunkter[0].senareAtgarder[0].atgarder", is("Samtal med behandlaren om tiderna."))
                .body("synpunkter[0].senareAtgarder[0].registreradAv", is(p.socialsekreterare()))
                .body("synpunkter[1].atgarder", is("Träffarna flyttade till kl. 15."));
        problem(get(SARA_ANNAN_ENHET, id + "/synpunkter"), 403);

        // the register: the performing unit's method supervisor and manager, the owning unit's social secretaries and manager
        String metodhandledare = DevTokens.token("mh", p.utforarenhet(), "metodhandledare");
        String register = "synpunkter?fran=" + START + "&till=" + framfort.plusDays(1);
        for (String token : List.of(metodhandledare, p.utforarchefToken(), p.ssToken(), p.myndighetschefToken())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(token, register)).containsExactly(id, id));
            get(token, register).statusCode(200).body("total", is(2))
                    .body("items.synpunktId", containsInAnyOrder("S1", "S2"))
                    .body("items.find { it.synpunktId == 'S1' }.senareAtgarder.size()", is(1))
                    .body("items.find { it.synpunktId == 'S1' }.avser", is("Pappan tycker att behandlaren kommer för sent till hembesöken."));
        }
        // another unit's staff do not see them; a performer has no register; the period is checked
        assertThat(lista(DevTokens.token("mh", "UTF-1", "metodhandledare"), register)).doesNotContain(id, annan.uppdragId());
        problem(get(p.utforareToken(), register), 403);
        problem(get(RUT_RAPPORTOR, register), 403);
        ruleViolation(get(p.ssToken(), "synpunkter?fran=" + framfort + "&till=" + START), "till", "PERIOD_OGILTIG");
        assertThat(lista(p.ssToken(), "synpunkter?fran=" + framfort.plusDays(1) + "&till=" + framfort.plusDays(1))).isEmpty();

        // every read is audited with the case; nothing of it goes on Kafka
        given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).queryParam("size", 500).when().get("/api/audit").then()
                .statusCode(200)
                .body("findAll { it.resource == 'uppfoljning-synpunkt' && it.operation == 'GET /api/uppfoljning/synpunkter' }.outcome",
                        hasItem("OK"))
                .body("findAll { it.resource == 'uppfoljning-synpunkt' && it.operation == 'GET /api/uppfoljning/{uppdragId}/synpunkter' }.outcome",
                        hasItem("OK"))
                .body("findAll { it.resource == 'uppfoljning-synpunkt' && it.action == 'CHANGE' }.outcome", hasItem("OK"));
        // a re-booking after them: its public event comes after anything they would have published
        post(p.ssToken(), id, "moten", boka(MOTET.plusDays(1))).statusCode(200).body("moteId", is("M1"));
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPFOLJNING)) {
            List<ConsumerRecord<String, byte[]>> records = reader.await(2, TopicReader.withKey(id), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> TopicReader.cloudEvent(r).getType())
                    .containsExactly("UppföljningsmöteBokat", "UppföljningsmöteBokat");
            for (ConsumerRecord<String, byte[]> r : records) {
                ContractAssertions.assertContainsNone(r, "Pappan", "behandlaren", "Flickan", "Träffarna flyttade");
            }
        }
    }
}
