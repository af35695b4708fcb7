package se.barnunga.followup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.followup.api.FollowupTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.uppdrag.AnsvarigUtforareUtsedd;
import se.barnunga.contracts.uppdrag.GenomforandeplanUpprattad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.Mal;
import se.barnunga.contracts.uppdrag.PlaneringsmoteGenomfort;
import se.barnunga.contracts.uppdrag.RiskbedomningGjord;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The assignment-service's events as they really arrive on {@code barnunga.uppdrag.v1}: re-delivered, out of order,
 * late and older, or of an assignment that never starts. The record and the lists must come out as if the facts had
 * arrived once and in the order they happened.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class InflodeApiTest {

    private static final LocalDate START = LocalDate.of(2028, 10, 2);

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static JsonPath akt(String token, String uppdragId) {
        return get(token, uppdragId).statusCode(200).extract().jsonPath();
    }

    private static long antal(JsonPath akt, String handelse) {
        return akt.getList("historik.handelse", String.class).stream().filter(handelse::equals).count();
    }

    // ---- Re-delivery --------------------------------------------------------------------------------------------------

    @Test
    void a_redelivered_event_has_no_second_effect() {
        Insats insats = verkstalldInsats("MAN", unikInsatstyp("INFLODE"), START, START.plusDays(45));
        String id = insats.uppdragId();
        int fore = historik(ANNA, id);
        Instant t = Instant.now().minusSeconds(600);
        String handelseId = UUID.randomUUID().toString();
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(handelseId, id, new AnsvarigUtforareUtsedd(id, "UTF-1", "ulf", "mats", t), t);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "ulf".equals(akt(ANNA, id).getString("insats.ansvarigUtforare")));
        assertThat(historik(ANNA, id)).isEqualTo(fore + 1);

        // the same CloudEvent again, twice; then a new event on the same key, which comes after them in the partition
        Instant senare = t.plusSeconds(60);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(handelseId, id, new AnsvarigUtforareUtsedd(id, "UTF-1", "ulf", "mats", t), t);
            writer.publish(handelseId, id, new AnsvarigUtforareUtsedd(id, "UTF-1", "ulf", "mats", t), t);
            writer.publish(id, new GenomforandeplanUpprattad(id, 1, START.plusDays(14), insats.malIds(), "ulf", senare), senare);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(1).equals(akt(ANNA, id).get("insats.genomforandeplanVersion")));
        JsonPath efter = akt(ANNA, id);
        assertThat(efter.getList("historik")).hasSize(fore + 2);
        // Ulla's appointment, InsatsVerkställd naming her (a newer source, recorded though unchanged), then Ulf's
        assertThat(antal(efter, "AnsvarigUtforareKand")).isEqualTo(3);
        assertThat(efter.getString("insats.ansvarigUtforare")).isEqualTo("ulf");

        // the consumer recognises a re-delivery by the CloudEvent id, not by what the event says: the same id with a
        // (newer) appointment that would change the record is skipped as well
        Instant nyast = senare.plusSeconds(60);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(handelseId, id, new AnsvarigUtforareUtsedd(id, "UTF-1", "ulla", "mats", nyast), nyast);
            writer.publish(id, new GenomforandeplanUpprattad(id, 2, START.plusDays(15), insats.malIds(), "ulf", nyast), nyast);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(2).equals(akt(ANNA, id).get("insats.genomforandeplanVersion")));
        efter = akt(ANNA, id);
        assertThat(efter.getList("historik")).hasSize(fore + 3);
        assertThat(efter.getString("insats.ansvarigUtforare")).isEqualTo("ulf");
        // ulf is now the responsible performer: he may hand in the summary, ulla may not
        TestClock.set(START.plusDays(1).atTime(9, 0).atZone(TestClock.ZONE));
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(403);
        post(ULF_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200).body("moteId", is("M1"));
    }

    // ---- Out of order -------------------------------------------------------------------------------------------------

    @Test
    void insats_verkstalld_before_uppdrag_skickat_still_gives_a_complete_record() {
        Parter p = Parter.egenSocialsekreterare();
        String id = UUID.randomUUID().toString();
        String insatstyp = unikInsatstyp("INFLODE");
        String pseudonym = pseudonym();
        Barn barn = new Barn(pseudonym, "KVINNA", 2016);
        List<String> malIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Instant t = Instant.now().minusSeconds(3600);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            // the start first (no goals in it), then the assignment sent an hour before it, then the planning meeting
            writer.publish(id, new InsatsVerkstalld(id, "BEVILJAD_INSATS", barn, insatstyp, START.minusDays(12), START, "UTF-1", "MYND-1",
                    p.socialsekreterare(), "ulla", t.plusSeconds(3000)), t.plusSeconds(3000));
            writer.publish(id, new UppdragSkickat(id, "BEVILJAD_INSATS", barn, "UTF-1", "MYND-1", p.socialsekreterare(), t, insatstyp,
                    START.minusDays(12), List.of(new Mal(malIds.get(0), "HALSA"), new Mal(malIds.get(1), "KANSLO_OCH_BETEENDEUTVECKLING")),
                    null), t);
            writer.publish(id, new PlaneringsmoteGenomfort(id, START.minusDays(4), START, START.plusDays(45), true, "ulla",
                    p.socialsekreterare(), t.plusSeconds(1200)), t.plusSeconds(1200));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = get(p.ssToken(), id).extract();
            return r.statusCode() == 200 && Integer.valueOf(2).equals(r.path("mal.size()")) && "M1".equals(r.path("bokatMoteId"));
        });
        JsonPath akt = akt(p.ssToken(), id);
        assertThat(akt.getString("insats.uppdragstyp")).isEqualTo("BEVILJAD_INSATS");
        assertThat(akt.getString("insats.barnPseudonym")).isEqualTo(pseudonym);
        assertThat(akt.getString("insats.barnKon")).isEqualTo("KVINNA");
        assertThat(akt.getInt("insats.barnFodelsear")).isEqualTo(2016);
        assertThat(akt.getString("insats.insatstyp")).isEqualTo(insatstyp);
        assertThat(akt.getString("insats.beslutsdatum")).isEqualTo(START.minusDays(12).toString());
        assertThat(akt.getString("insats.myndighetsenhet")).isEqualTo("MYND-1");
        assertThat(akt.getString("insats.socialsekreterare")).isEqualTo(p.socialsekreterare());
        assertThat(akt.getString("insats.utforarenhet")).isEqualTo("UTF-1");
        assertThat(akt.getString("insats.ansvarigUtforare")).isEqualTo("ulla");
        assertThat(akt.getString("insats.verkstallighetsdatum")).isEqualTo(START.toString());
        assertThat(akt.getString("insats.planeringsmote")).isEqualTo(START.minusDays(4).toString());
        assertThat(akt.getList("mal.malId", String.class)).containsExactlyInAnyOrderElementsOf(malIds);
        assertThat(akt.getList("mal.bbicOmrade", String.class)).containsExactlyInAnyOrder("HALSA", "KANSLO_OCH_BETEENDEUTVECKLING");
        assertThat(akt.getString("moten[0].bokning.referensdatum")).isEqualTo(START.toString());
        assertThat(akt.getString("nastaMote.fran")).isEqualTo(START.plusDays(42).toString());

        // the lists know it, with its units and type
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), "moten?socialsekreterare=" + p.socialsekreterare() + "&fran=" + START))
                        .containsExactly(id));
        JsonPath kommande = get(p.ssToken(), "moten?socialsekreterare=" + p.socialsekreterare() + "&fran=" + START).extract().jsonPath();
        assertThat(kommande.getString("items[0].insatstyp")).isEqualTo(insatstyp);
        assertThat(kommande.getString("items[0].utforarenhet")).isEqualTo("UTF-1");
        assertThat(kommande.getString("items[0].ansvarigUtforare")).isEqualTo("ulla");
        // and the goals are there to work with: the performer's summary of both is taken
        TestClock.set(START.plusDays(40).atTime(9, 0).atZone(TestClock.ZONE));
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(new Insats(id, pseudonym, malIds, START, insatstyp)))
                .statusCode(200).body("moteId", is("M1"));
    }

    @Test
    void a_late_older_uppdrag_skickat_with_other_goals_does_not_replace_the_newer_goals() {
        Parter p = Parter.egenSocialsekreterare();
        Insats insats = verkstalldInsats(p, "MAN", unikInsatstyp("INFLODE"), START, START.plusDays(45));
        String id = insats.uppdragId();
        JsonPath fore = akt(p.ssToken(), id);
        int historikFore = fore.getList("historik").size();
        long uppdragKantFore = antal(fore, "UppdragKant");
        String annatMal = UUID.randomUUID().toString();
        Instant aldre = Instant.now().minus(Duration.ofDays(2));
        Instant senare = Instant.now().minusSeconds(30);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            // sent two days ago, to another secretary, with another type and one other goal – arriving now
            writer.publish(id, new UppdragSkickat(id, "INSATS_UNDER_UTREDNING", barn(pseudonym(), "KVINNA"), "UTF-9", "MYND-9", "sara",
                    aldre, "ANNAN_TYP", START.minusDays(40), List.of(new Mal(annatMal, "HALSA")), null), aldre);
            // a later event on the same key: once it is in the record, the late one has been handled
            writer.publish(id, new GenomforandeplanUpprattad(id, 1, START.plusDays(14), insats.malIds(), "ulla", senare), senare);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(1).equals(akt(p.ssToken(), id).get("insats.genomforandeplanVersion")));
        JsonPath efter = akt(p.ssToken(), id);
        assertThat(efter.getList("mal.malId", String.class)).containsExactlyElementsOf(insats.malIds());
        assertThat(efter.getString("insats.insatstyp")).isEqualTo(insats.insatstyp());
        assertThat(efter.getString("insats.uppdragstyp")).isEqualTo("BEVILJAD_INSATS");
        assertThat(efter.getString("insats.socialsekreterare")).isEqualTo(p.socialsekreterare());
        assertThat(efter.getString("insats.myndighetsenhet")).isEqualTo("MYND-1");
        assertThat(efter.getString("insats.barnPseudonym")).isEqualTo(insats.pseudonym());
        assertThat(efter.getString("insats.beslutsdatum")).isEqualTo(START.minusDays(10).toString());
        // the late older event brought nothing new: no fact event for it, only the implementation plan
        assertThat(antal(efter, "UppdragKant")).isEqualTo(uppdragKantFore);
        assertThat(efter.getList("historik")).hasSize(historikFore + 1);
        // the other goal is not the intervention's; the record is still read by its own unit only
        TestClock.set(START.plusDays(40).atTime(9, 0).atZone(TestClock.ZONE));
        Map<String, Object> fel = sammanfattning(new Insats(id, insats.pseudonym(), List.of(annatMal), START, insats.insatstyp()));
        post(ULLA_UTFORARE, id, "sammanfattning", fel).statusCode(422).body("rule", is("OKANT_MAL"))
                .body("violations[0].field", is("malarbete[0].malId"));
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200);
        get(SARA_ANNAN_ENHET, id).statusCode(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), "moten?socialsekreterare=" + p.socialsekreterare() + "&fran=" + START)).containsExactly(id));
    }

    @Test
    void a_planning_meeting_after_insats_verkstalld_books_m1_counting_from_the_start() {
        Parter p = Parter.egenSocialsekreterare();
        Insats insats = verkstalldInsats(p, "KVINNA", unikInsatstyp("INFLODE"), START, null);
        String id = insats.uppdragId();
        get(p.ssToken(), id).statusCode(200).body("moten.size()", is(0));
        // planned to start three days later than it did; its first follow-up is 44 days after the real start (41 after the planned)
        Instant t = Instant.now().minusSeconds(60);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(id, new PlaneringsmoteGenomfort(id, START.minusDays(2), START.plusDays(3), START.plusDays(44), false, "ulla",
                    p.socialsekreterare(), t), t);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "M1".equals(akt(p.ssToken(), id).getString("bokatMoteId")));
        get(p.ssToken(), id).statusCode(200)
                .body("insats.planeratStartdatum", is(START.plusDays(3).toString()))
                .body("insats.verkstallighetsdatum", is(START.toString()))
                .body("moten.moteId", contains("M1"))
                .body("moten[0].slag", is("UPPFOLJNING"))
                .body("moten[0].status", is("BOKAT"))
                .body("moten[0].datum", is(START.plusDays(44).toString()))
                .body("moten[0].bokning.kalla", is("PLANERINGSMOTE"))
                .body("moten[0].bokning.referensdatum", is(START.toString()))
                .body("moten[0].bokning.dagarFranReferens", is(44))
                .body("moten[0].bokning.inomFonster", is(true));
        // in the upcoming list, within the window; no longer unbooked
        String kommande = "moten?socialsekreterare=" + p.socialsekreterare() + "&fran=" + START;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(p.ssToken(), kommande)).containsExactly(id));
        assertThat(get(p.ssToken(), kommande).extract().jsonPath().getBoolean("items[0].inomFonster")).isTrue();
        assertThat(lista(p.ssToken(), "obokade?socialsekreterare=" + p.socialsekreterare())).isEmpty();
    }

    // ---- The assignment's risk assessment ------------------------------------------------------------------------------

    @Test
    void the_newest_risk_assessment_counts_however_they_arrive_and_a_redelivery_changes_nothing() {
        Insats insats = verkstalldInsats("KVINNA", unikInsatstyp("INFLODE"), START, START.plusDays(45));
        String id = insats.uppdragId();
        Barn barn = new Barn(insats.pseudonym(), "KVINNA", 2014);
        Instant ny = Instant.now().minusSeconds(60);
        Instant gammal = ny.minusSeconds(3600);
        String handelseId = UUID.randomUUID().toString();
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            // the newer assessment (increased) first, then an older one (reduced) arriving late
            writer.publish(handelseId, id, new RiskbedomningGjord(id, barn, "OKAD", true, START.plusDays(80), "MYND-1", "anna", ny), ny);
            writer.publish(id, new RiskbedomningGjord(id, barn, "MINSKAD", false, START.plusDays(70), "MYND-1", "anna", gammal), gammal);
            writer.publish(handelseId, id, new RiskbedomningGjord(id, barn, "OKAD", true, START.plusDays(80), "MYND-1", "anna", ny), ny);
            // a later event on the same key: once it is in the record, the ones before it have been handled
            writer.publish(id, new GenomforandeplanUpprattad(id, 1, START.plusDays(14), insats.malIds(), "ulla", ny), ny);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(1).equals(akt(ANNA, id).get("insats.genomforandeplanVersion")));
        JsonPath akt = akt(ANNA, id);
        assertThat(akt.getString("riskbedomning.riskniva")).isEqualTo("OKAD");
        assertThat(akt.getBoolean("riskbedomning.kvarstaendeBehov")).isTrue();
        assertThat(akt.getString("riskbedomning.bedomningsdatum")).isEqualTo(START.plusDays(80).toString());
        assertThat(antal(akt, "RiskbedomningKand")).isEqualTo(1);
    }

    // ---- An assignment that never starts ----------------------------------------------------------------------------

    @Test
    void an_assessment_assignment_without_a_start_never_shows_in_the_lists() {
        TestClock.set(START.atTime(9, 0).atZone(TestClock.ZONE));
        Parter p = Parter.egenSocialsekreterare();
        Insats utredning = skickatUppdrag(p, "UTREDNINGSUPPDRAG", null, START.minusDays(5));
        get(p.ssToken(), utredning.uppdragId()).statusCode(200)
                .body("insats.uppdragstyp", is("UTREDNINGSUPPDRAG"))
                .body("insats.verkstallighetsdatum", nullValue())
                .body("nastaMote", nullValue());
        // an intervention of the same secretary that did start shows: the lists are up to date
        Insats startad = verkstalldInsats(p, "MAN", unikInsatstyp("INFLODE"), START, null);
        String obokade = "obokade?socialsekreterare=" + p.socialsekreterare();
        String kommande = "moten?socialsekreterare=" + p.socialsekreterare() + "&fran=1900-01-01&till=2200-12-31";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(p.ssToken(), obokade)).contains(startad.uppdragId()));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String token : List.of(p.ssToken(), ULLA_UTFORARE, CHEF_MYND, CHEF_UTF, MATS_METODHANDLEDARE)) {
                assertThat(lista(token, obokade)).doesNotContain(utredning.uppdragId());
                assertThat(lista(token, kommande)).doesNotContain(utredning.uppdragId());
            }
            assertThat(lista(p.ssToken(), obokade)).containsExactly(startad.uppdragId());
        });
        // nor can a follow-up be booked for it
        post(p.ssToken(), utredning.uppdragId(), "moten", boka(START.plusDays(45))).statusCode(409)
                .body("rule", is("INSATSEN_EJ_VERKSTALLD"));
        given().auth().oauth2(p.ssToken()).when().get("/api/uppfoljning/{id}/checklistor", utredning.uppdragId()).then()
                .statusCode(200).body("checklistor.size()", is(0));
    }
}
