package se.barnunga.followup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.followup.api.FollowupTestSupport.*;
import static se.barnunga.testing.ProblemAssertions.conflict;
import static se.barnunga.testing.ProblemAssertions.problem;
import static se.barnunga.testing.ProblemAssertions.ruleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import se.barnunga.testing.Concurrently;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The follow-up domain's rules seen over REST (422 with the field the aggregate names, 409 with the rule, steps out
 * of order), and two conflicting requests at the same time (one wins, the other gets a 409).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ProblemApiRulesTest extends ProblemApiTestBase {

    // ---- The domain's rules over REST -------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void a_booking_later_than_eight_weeks_is_422_on_datum_unless_a_reason_is_given() {
        Insats insats = obokad();
        String id = insats.uppdragId();
        for (int dag : List.of(57, 90)) {
            ruleViolation(post(ANNA, id, "moten", boka(START.plusDays(dag))), "datum", "UTANFOR_6_8_VECKOR");
        }
        ruleViolation(post(ANNA, id, "moten", boka(IDAG.minusDays(1))), "datum", "DATUM_PASSERAT");
        Map<String, Object> utanPlats = boka(START.plusDays(45));
        ((Map<String, Object>) utanPlats.get("bokning")).remove("plats");
        ruleViolation(post(ANNA, id, "moten", utanPlats), "plats", "PLATS_KRAVS");
        Map<String, Object> utanUtforare = boka(START.plusDays(45));
        ((Map<String, Object>) utanUtforare.get("bokning")).put("inbjudna", List.of("BARNET", "VARDNADSHAVARE"));
        ruleViolation(post(ANNA, id, "moten", utanUtforare), "inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN");
        Map<String, Object> utanFamilj = boka(START.plusDays(45));
        ((Map<String, Object>) utanFamilj.get("bokning")).put("inbjudna", List.of("ANSVARIG_UTFORARE", "SOCIALSEKRETERARE"));
        ruleViolation(post(ANNA, id, "moten", utanFamilj), "inbjudna", "FAMILJEN_BJUDS_IN");
        ruleViolation(post(ANNA, id, "moten", Map.of("bokning", Map.of("plats", "Kontoret"))), "datum", "DATUM_KRAVS");
        get(ANNA, id).statusCode(200).body("moten.size()", is(0)).body("bokatMoteId", nullValue());

        // "senast inom 6–8 veckor": two weeks after the start and day 56 are inside; a later date with a reason is booked,
        // marked outside
        post(ANNA, id, "moten", boka(START.plusDays(14))).statusCode(200).body("moteId", is("M1"));
        get(ANNA, id).statusCode(200).body("moten[0].bokning.inomFonster", is(true));
        post(ANNA, id, "moten", boka(START.plusDays(56))).statusCode(200).body("moteId", is("M1"));
        Map<String, Object> medSkal = boka(START.plusDays(60));
        ((Map<String, Object>) medSkal.get("bokning")).put("skalUtanforFonster", "Familjen är bortrest vecka 6–8.");
        post(ANNA, id, "moten", medSkal).statusCode(200).body("moteId", is("M1"));
        get(ANNA, id).statusCode(200).body("moten[0].bokning.inomFonster", is(false))
                .body("moten[0].bokning.dagarFranReferens", is(60)).body("moten[0].bokning.antalBokningar", is(3))
                .body("moten[0].bokning.skalUtanforFonster", is("Familjen är bortrest vecka 6–8."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_rules_of_the_meeting_registration_are_422_naming_the_field() {
        Insats insats = bokad();
        String id = insats.uppdragId();
        Map<String, Object> a = giltig("uppfoljningsmote", insats);
        ((Map<String, Object>) a.get("nastaMote")).put("datum", IDAG.plusDays(57).toString());
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "nastaMote.datum", "UTANFOR_6_8_VECKOR");
        ((Map<String, Object>) a.get("nastaMote")).put("datum", IDAG.toString());
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "nastaMote.datum", "EFTER_MOTET_KRAVS");
        ((Map<String, Object>) a.get("nastaMote")).remove("plats");
        ((Map<String, Object>) a.get("nastaMote")).put("datum", IDAG.plusDays(49).toString());
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "nastaMote.plats", "PLATS_KRAVS");
        a.remove("nastaMote");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "nastaMote", "NASTA_MOTE_KRAVS");

        a = giltig("uppfoljningsmote", insats);
        a.put("datum", IDAG.plusDays(1).toString());
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "datum", "DATUM_I_FRAMTIDEN");
        a.put("datum", START.minusDays(1).toString());
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "datum", "FORE_START");
        a = giltig("uppfoljningsmote", insats);
        a.put("deltagare", List.of("BARNET", "ANSVARIG_UTFORARE"));
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "deltagare", "SOCIALSEKRETERAREN_LEDER");
        a.put("deltagare", List.of());
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "deltagare", "DELTAGARE_KRAVS");
        a = giltig("uppfoljningsmote", insats);
        a.put("deltagare", List.of("VARDNADSHAVARE", "SOCIALSEKRETERARE"));
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "skalBarnetDeltogEj", "SKAL_KRAVS");
        a = giltig("uppfoljningsmote", insats);
        a.put("barnetsUppfattning", "  ");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "barnetsUppfattning", "UPPFATTNING_KRAVS");
        a = giltig("uppfoljningsmote", insats);
        a.remove("familjensUppfattning");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "familjensUppfattning", "UPPFATTNING_KRAVS");
        a = giltig("uppfoljningsmote", insats);
        a.remove("anpassningar");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "anpassningar", "ANPASSNINGAR_KRAVS");
        a.put("anpassningar", "Kortare träffar.");
        a.put("ingaAnpassningarBehovdes", true);
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "ingaAnpassningarBehovdes", "ANPASSNINGAR_MOTSAGELSE");
        a = giltig("uppfoljningsmote", insats);
        a.put("bedomningar", bedomningar(insats, "NEGATIV_FORANDRING", "INGEN_FORANDRING"));
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "bedomningAvNyaBehov", "BEDOMNING_AV_NYA_BEHOV_KRAVS");
        a = giltig("uppfoljningsmote", insats);
        a.put("bedomningsinstrument", List.of("SDQ", "ANNAT"));
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "annatInstrument", "INSTRUMENT_KRAVS");
        a = giltig("uppfoljningsmote", insats);
        a.remove("skalUtanSammanfattning");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "skalUtanSammanfattning", "SAMMANFATTNING_SAKNAS");
        a = giltig("uppfoljningsmote", insats);
        a.put("justering", "INTENSITET");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "justering", "ENDAST_VID_JUSTERING");
        a.put("utfall", "JUSTERA");
        a.remove("justering");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "justering", "JUSTERING_KRAVS");
        a.put("utfall", "NY_UTREDNING");
        a.remove("nastaMote");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "utredningsgrund", "UTREDNINGSGRUND_KRAVS");
        a.remove("utfall");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", a), "utfall", "UTFALL_KRAVS");

        // the one risk assessment is the assignment's: without it, 422 naming riskbedomning; sent along, it must be the same
        Map<String, Object> avslutning = giltig("avslutningsmote", insats);
        problem(post(ANNA, id, "avslutningsmote", avslutning), 422).body("rule", is("RISKBEDOMNING_SAKNAS"))
                .body("violations[0].field", is("riskbedomning")).body("detail", containsString("uppdraget"));
        avslutning.put("riskbedomning", "MINSKAD");
        ruleViolation(post(ANNA, id, "avslutningsmote", avslutning), "riskbedomning", "RISKBEDOMNING_SAKNAS");
        riskbedomd(insats, "OFORANDRAD", IDAG);
        ruleViolation(post(ANNA, id, "avslutningsmote", avslutning), "riskbedomning", "RISKBEDOMNING_AVVIKER");
        avslutning = giltig("avslutningsmote", insats);
        avslutning.put("slutsammanfattningPresenterad", false);
        ruleViolation(post(ANNA, id, "avslutningsmote", avslutning), "slutsammanfattningPresenterad", "SLUTSAMMANFATTNING_SAKNAS");
        ruleViolation(post(ANNA, id, "pakallanden", Map.of("skal", "   ")), "skal", "SKAL_KRAVS");
        ruleViolation(post(ANNA, id, "formote", Map.of("datum", IDAG.plusDays(1).toString(), "planering", "Barnet deltar.")),
                "datum", "DATUM_I_FRAMTIDEN");
        ruleViolation(post(ANNA, id, "formote", Map.of("datum", IDAG.toString())), "planering", "PLANERING_KRAVS");
        get(ANNA, id).statusCode(200).body("moten.size()", is(1)).body("moten[0].status", is("BOKAT"))
                .body("pakallanden.size()", is(0)).body("moten[0].formote", nullValue());
    }

    // ---- 409: steps out of order ----------------------------------------------------------------------------------------

    @Test
    void steps_without_a_booked_meeting_are_409_inget_bokat_mote() {
        Insats insats = obokad();
        String id = insats.uppdragId();
        conflict(post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)), "INGET_BOKAT_MOTE");
        conflict(post(ANNA, id, "formote", Map.of("datum", IDAG.toString(), "planering", "Barnet deltar.")), "INGET_BOKAT_MOTE");
        conflict(post(ULLA_UTFORARE, id, "formote", Map.of("datum", IDAG.toString(), "planering", "Barnet deltar.")), "INGET_BOKAT_MOTE");
        conflict(post(ANNA, id, "uppfoljningsmote", giltig("uppfoljningsmote", insats)), "INGET_BOKAT_MOTE");
        get(ANNA, id).statusCode(200).body("moten.size()", is(0)).body("historik.handelse", not(hasItem("UppfoljningGenomford")));
    }

    @Test
    void steps_before_insats_verkstalld_has_arrived_are_409_insatsen_ej_verkstalld() {
        Insats insats = skickatUppdrag(Parter.standard(), "BEVILJAD_INSATS", unikInsatstyp("PROBLEM"), START.minusDays(10));
        String id = insats.uppdragId();
        conflict(post(ANNA, id, "moten", boka(START.plusDays(45))), "INSATSEN_EJ_VERKSTALLD");
        conflict(post(ANNA, id, "pakallanden", Map.of("skal", "Familjen vill ses.")), "INSATSEN_EJ_VERKSTALLD");
        conflict(post(ULLA_UTFORARE, id, "pakallanden", Map.of("skal", "Familjen vill ses.")), "INSATSEN_EJ_VERKSTALLD");
        conflict(post(ANNA, id, "formote", Map.of("datum", IDAG.toString(), "planering", "Barnet deltar.")), "INSATSEN_EJ_VERKSTALLD");
        conflict(post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)), "INSATSEN_EJ_VERKSTALLD");
        conflict(post(ANNA, id, "uppfoljningsmote", giltig("uppfoljningsmote", insats)), "INSATSEN_EJ_VERKSTALLD");
        conflict(post(ANNA, id, "avslutningsmote", giltig("avslutningsmote", insats)), "INSATSEN_EJ_VERKSTALLD");
        get(ANNA, id).statusCode(200).body("insats.verkstallighetsdatum", nullValue()).body("moten.size()", is(0))
                .body("nastaMote", nullValue());
    }

    @Test
    void repeating_a_done_step_is_409_naming_the_rule() {
        Insats insats = bokad();
        String id = insats.uppdragId();
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200);
        conflict(post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)), "SAMMANFATTNING_REDAN_LAMNAD");
        post(ANNA, id, "formote", Map.of("datum", IDAG.toString(), "planering", "Barnet deltar.")).statusCode(200);
        conflict(post(ULLA_UTFORARE, id, "formote", Map.of("datum", IDAG.toString(), "planering", "Barnet deltar.")), "FORMOTE_REDAN_HALLET");

        // after the outcome AVSLUTA the closing meeting is booked: it is not registered as a follow-up meeting
        Map<String, Object> avsluta = uppfoljning(insats, IDAG, true, "AVSLUTA", IDAG.plusDays(14), "INGEN_FORANDRING", "INGEN_FORANDRING");
        post(ANNA, id, "uppfoljningsmote", avsluta).statusCode(200).body("moteId", is("M1"));
        Map<String, Object> igen = giltig("uppfoljningsmote", insats);
        conflict(post(ANNA, id, "uppfoljningsmote", igen), "AVSLUTNINGSMOTE_BOKAT");
        riskbedomd(insats, "MINSKAD", IDAG);
        Map<String, Object> medSammaRisk = giltig("avslutningsmote", insats);
        medSammaRisk.put("riskbedomning", "MINSKAD");
        post(ANNA, id, "avslutningsmote", medSammaRisk).statusCode(200).body("moteId", is("M2"));
        conflict(post(ANNA, id, "avslutningsmote", giltig("avslutningsmote", insats)), "AVSLUTNINGSMOTE_GENOMFORT");
        conflict(post(ANNA, id, "moten", boka(IDAG.plusDays(45))), "AVSLUTNINGSMOTE_GENOMFORT");
        conflict(post(ANNA, id, "pakallanden", Map.of("skal", "En gång till.")), "AVSLUTNINGSMOTE_GENOMFORT");
    }

    // ---- Two conflicting requests at the same time ----------------------------------------------------------------------

    /** Fires the same request twice at the same moment; returns the two statuses and the 409s' rules (or types). */
    private static List<String> samtidigt(Supplier<ExtractableResponse<Response>> anrop) throws Exception {
        List<String> utfall = new ArrayList<>();
        for (ExtractableResponse<Response> r : Concurrently.twice(anrop)) {
            if (r.statusCode() == 409) {
                assertThat(r.contentType()).startsWith(PROBLEM);
                String rule = r.jsonPath().getString("rule");
                utfall.add("409 " + (rule != null ? rule : r.jsonPath().getString("type")));
            } else {
                utfall.add(String.valueOf(r.statusCode()));
            }
        }
        return utfall;
    }

    @Test
    void of_two_simultaneous_summaries_one_is_taken_and_the_other_is_409() throws Exception {
        for (int round = 0; round < 3; round++) {
            Insats insats = bokad();
            List<String> utfall = samtidigt(() -> given().auth().oauth2(ULLA_UTFORARE).contentType(ContentType.JSON)
                    .body(json(sammanfattning(insats))).when().post("/api/uppfoljning/{id}/sammanfattning", insats.uppdragId()).then().extract());
            assertThat(utfall).as("round %d", round).hasSize(2).contains("200")
                    .anyMatch(s -> s.equals("409 SAMMANFATTNING_REDAN_LAMNAD") || s.equals("409 urn:barnunga:problem:concurrent-modification"));
            get(ANNA, insats.uppdragId()).statusCode(200)
                    .body("historik.findAll { it.handelse == 'UtforarsammanfattningLamnad' }.size()", is(1));
        }
    }

    /**
     * The same held meeting registered twice at the same moment (a double click, a retry): one registration is
     * taken, the other is refused with a 409 – it must not become a second follow-up meeting held the same day.
     * (Found as a bug, fixed: the second registered the next meeting M2 as held the same day; the aggregate now refuses
     * a meeting on the previous meeting's day with 409 MOTE_REDAN_REGISTRERAT.)
     */
    @Test
    void of_two_simultaneous_registrations_of_the_same_meeting_one_is_taken_and_the_other_is_409() throws Exception {
        for (int round = 0; round < 3; round++) {
            Insats insats = bokad();
            Map<String, Object> body = giltig("uppfoljningsmote", insats);
            List<String> utfall = samtidigt(() -> given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(json(body))
                    .when().post("/api/uppfoljning/{id}/uppfoljningsmote", insats.uppdragId()).then().extract());
            String moten = get(ANNA, insats.uppdragId()).statusCode(200).extract().jsonPath()
                    .getList("moten.collect { it.moteId + ' ' + it.status + ' ' + it.datum }").toString();
            assertThat(utfall).as("round %d: statuses of two simultaneous identical registrations (meetings afterwards: %s)", round, moten)
                    .hasSize(2).contains("200").anyMatch(s -> s.startsWith("409"));
            get(ANNA, insats.uppdragId()).statusCode(200)
                    .body("historik.findAll { it.handelse == 'UppfoljningGenomford' }.size()", is(1))
                    .body("moten.findAll { it.status == 'GENOMFORT' }.size()", is(1));
        }
    }

    /** The same, with the outcome "new investigation" (no next meeting): the second finds no booked meeting. */
    @Test
    void of_two_simultaneous_registrations_without_a_next_meeting_the_second_is_409_inget_bokat_mote() throws Exception {
        Insats insats = bokad();
        Map<String, Object> body = uppfoljning(insats, IDAG, true, "NY_UTREDNING", null, "NEGATIV_FORANDRING", "INGEN_FORANDRING");
        body.put("utredningsgrund", "OKAD_RISK");
        body.put("skalUtanSammanfattning", "Akut läge.");
        List<String> utfall = samtidigt(() -> given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(json(body))
                .when().post("/api/uppfoljning/{id}/uppfoljningsmote", insats.uppdragId()).then().extract());
        // the loser sees the meeting already registered (the rule), or – when both loaded the record before either
        // committed – the event store's conflict; both are 409 and exactly one registration is kept
        assertThat(utfall).contains("200").hasSize(2);
        assertThat(utfall).filteredOn(s -> !s.equals("200")).singleElement()
                .matches(s -> s.equals("409 INGET_BOKAT_MOTE") || s.equals("409 urn:barnunga:problem:concurrent-modification"));
        get(ANNA, insats.uppdragId()).statusCode(200)
                .body("historik.findAll { it.handelse == 'UppfoljningGenomford' }.size()", is(1))
                .body("moten[0].uppfoljning.utfall", equalTo("NY_UTREDNING"));
    }
}
