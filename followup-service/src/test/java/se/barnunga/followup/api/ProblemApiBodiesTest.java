package se.barnunga.followup.api;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.followup.api.FollowupTestSupport.*;
import static se.barnunga.testing.ProblemAssertions.badRequest;
import static se.barnunga.testing.ProblemAssertions.problem;
import static se.barnunga.testing.ProblemAssertions.ruleViolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * Bad bodies on the follow-up API: unreadable and ill-typed JSON, absurd dates, long texts, counts and goal ids –
 * always a 4xx {@code application/problem+json} naming the field and the rule, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ProblemApiBodiesTest extends ProblemApiTestBase {

    // ---- Unreadable and ill-typed bodies ----------------------------------------------------------------------------

    @Test
    void malformed_json_is_400_naming_the_body_on_every_post() {
        Insats insats = bokad();
        for (String vag : POST_VAGAR) {
            for (String kropp : List.of("{\"datum\" [}", "{", "{\"skal\": \"x\"", "nul", "{'skal': 'x'}")) {
                badRequest(post(token(vag), insats.uppdragId(), vag, kropp), "(body)", "JsonSyntax");
            }
            // a syntax error inside a nested object: 400 with one violation
            problem(post(token(vag), insats.uppdragId(), vag, "{\"bokning\": {\"datum\": \"2028-04-24\",}, \"malarbete\": [}"), 400)
                    .body("violations.size()", is(1));
        }
        // nothing was recorded
        get(ANNA, insats.uppdragId()).statusCode(200).body("pakallanden.size()", is(0))
                .body("moten.size()", is(1)).body("moten[0].sammanfattning", nullValue());
    }

    /**
     * An unknown property is a client's mistake (a misspelt field silently dropped would lose what the user entered):
     * 400 naming it, rule UnknownField (ProblemMappers maps UnrecognizedPropertyException so).
     * (Quarkus' default would drop the field and answer 200; the platform sets fail-on-unknown-properties for REST.)
     */
    @Test
    void an_unknown_property_is_400_naming_it() {
        Insats insats = bokad();
        Map<String, Object> pakallande = giltig("pakallanden", insats);
        pakallande.put("skall", "felstavat");
        badRequest(post(ANNA, insats.uppdragId(), "pakallanden", pakallande), "skall", "UnknownField");

        Map<String, Object> bokning = boka(START.plusDays(49));
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) bokning.get("bokning");
        b.put("skalUtanforFonstret", "felstavat skäl");
        badRequest(post(ANNA, insats.uppdragId(), "moten", bokning), "bokning.skalUtanforFonstret", "UnknownField");

        Map<String, Object> sammanfattning = sammanfattning(insats);
        sammanfattning.put("tillfallenGenomfort", 3);
        badRequest(post(ULLA_UTFORARE, insats.uppdragId(), "sammanfattning", sammanfattning), "tillfallenGenomfort", "UnknownField");

        // nothing was recorded
        get(ANNA, insats.uppdragId()).statusCode(200).body("pakallanden.size()", is(0))
                .body("moten[0].bokning.antalBokningar", is(1)).body("moten[0].sammanfattning", nullValue());
    }

    @Test
    void a_wrong_enum_value_is_400_naming_the_field() {
        Insats insats = bokad();
        Map<String, Object> boka = boka(START.plusDays(49));
        boka.put("slag", "EXTRA");
        badRequest(post(ANNA, insats.uppdragId(), "moten", boka), "slag", "Format");

        Map<String, Object> sammanfattning = sammanfattning(insats);
        sammanfattning.put("barnetsDelaktighet", "MYCKET");
        badRequest(post(ULLA_UTFORARE, insats.uppdragId(), "sammanfattning", sammanfattning), "barnetsDelaktighet", "Format");

        Map<String, Object> uppfoljning = giltig("uppfoljningsmote", insats);
        uppfoljning.put("utfall", "KANSKE");
        badRequest(post(ANNA, insats.uppdragId(), "uppfoljningsmote", uppfoljning), "utfall", "Format");
        uppfoljning = giltig("uppfoljningsmote", insats);
        uppfoljning.put("justering", "ALLT");
        badRequest(post(ANNA, insats.uppdragId(), "uppfoljningsmote", uppfoljning), "justering", "Format");
        uppfoljning = giltig("uppfoljningsmote", insats);
        uppfoljning.put("deltagare", List.of("SOCIALSEKRETERARE", "GRANNEN"));
        badRequest(post(ANNA, insats.uppdragId(), "uppfoljningsmote", uppfoljning), "deltagare[1]", "Format");
        uppfoljning = giltig("uppfoljningsmote", insats);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bedomningar = (List<Map<String, Object>>) uppfoljning.get("bedomningar");
        bedomningar.get(1).put("skala", "BRA");
        badRequest(post(ANNA, insats.uppdragId(), "uppfoljningsmote", uppfoljning), "bedomningar[1].skala", "Format");

        Map<String, Object> avslutning = giltig("avslutningsmote", insats);
        avslutning.put("riskbedomning", "OKLAR");
        badRequest(post(ANNA, insats.uppdragId(), "avslutningsmote", avslutning), "riskbedomning", "Format");
        get(ANNA, insats.uppdragId()).statusCode(200).body("moten.size()", is(1)).body("moten[0].status", is("BOKAT"));
    }

    @Test
    void fewer_sessions_than_planned_without_the_circumstances_is_422_naming_the_field() {
        Insats insats = bokad();
        Map<String, Object> a = sammanfattning(insats);
        a.remove("avvikelseFranPlanen");
        ruleViolation(post(ULLA_UTFORARE, insats.uppdragId(), "sammanfattning", a), "avvikelseFranPlanen", "AVVIKELSE_FRAN_PLANEN_KRAVS");
        a.put("tillfallenGenomforda", 6);
        post(ULLA_UTFORARE, insats.uppdragId(), "sammanfattning", a).statusCode(200);
    }

    @Test
    void wrong_types_are_400_naming_the_field() {
        Insats insats = bokad();
        String id = insats.uppdragId();
        Map<String, Object> a = sammanfattning(insats);
        a.put("tillfallenGenomforda", "fem");
        badRequest(post(ULLA_UTFORARE, id, "sammanfattning", a), "tillfallenGenomforda", "Format");
        a = sammanfattning(insats);
        a.put("tillfallenPlanerade", List.of(6));
        badRequest(post(ULLA_UTFORARE, id, "sammanfattning", a), "tillfallenPlanerade", "Type");
        a = sammanfattning(insats);
        a.put("tillfallenGenomforda", 99_999_999_999L);
        problem(post(ULLA_UTFORARE, id, "sammanfattning", a), 400).body("violations[0].field", is("tillfallenGenomforda"));
        a = sammanfattning(insats);
        a.put("malarbete", Map.of("malId", insats.malIds().get(0)));
        badRequest(post(ULLA_UTFORARE, id, "sammanfattning", a), "malarbete", "Type");

        Map<String, Object> boka = new LinkedHashMap<>(Map.of("bokning", "2028-04-24"));
        badRequest(post(ANNA, id, "moten", boka), "bokning", "Type");
        boka = boka(START.plusDays(49));
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) boka.get("bokning");
        b.put("datum", "nästa tisdag");
        badRequest(post(ANNA, id, "moten", boka), "bokning.datum", "Format");
        b.put("datum", START.plusDays(49).toString());
        b.put("klockslag", "25:61");
        badRequest(post(ANNA, id, "moten", boka), "bokning.klockslag", "Format");
        b.put("klockslag", "10:00");
        b.put("inbjudna", "BARNET");
        badRequest(post(ANNA, id, "moten", boka), "bokning.inbjudna", "Type");

        Map<String, Object> avslutning = giltig("avslutningsmote", insats);
        avslutning.put("slutsammanfattningPresenterad", "ja");
        badRequest(post(ANNA, id, "avslutningsmote", avslutning), "slutsammanfattningPresenterad", "Format");
        avslutning.remove("slutsammanfattningPresenterad");
        badRequest(post(ANNA, id, "avslutningsmote", avslutning), "slutsammanfattningPresenterad", "NotNull");

        Map<String, Object> uppfoljning = giltig("uppfoljningsmote", insats);
        uppfoljning.put("deltagare", "SOCIALSEKRETERARE");
        badRequest(post(ANNA, id, "uppfoljningsmote", uppfoljning), "deltagare", "Type");
        uppfoljning = giltig("uppfoljningsmote", insats);
        uppfoljning.put("bedomningar", Collections.singletonList(null));
        badRequest(post(ANNA, id, "uppfoljningsmote", uppfoljning), "bedomningar[0]", "NotNull");
        uppfoljning = giltig("uppfoljningsmote", insats);
        uppfoljning.put("datum", "2028-02-30");
        badRequest(post(ANNA, id, "uppfoljningsmote", uppfoljning), "datum", "Format");
        get(ANNA, id).statusCode(200).body("moten.size()", is(1)).body("moten[0].status", is("BOKAT"));
    }

    // ---- Absurd dates, long texts, counts and goal ids --------------------------------------------------------------

    /** Year 0001 and +99999 reach the rule (422 DATUM_ORIMLIGT on the aggregate's field); 99999 without a sign is unreadable. */
    @Test
    void absurd_dates_are_400_or_422_datum_orimligt_never_500() {
        Insats insats = bokad();
        String id = insats.uppdragId();
        for (String datum : List.of("0001-01-01", "+99999-01-01", "-0001-12-31", "9999-12-31", "1899-12-31", "2201-01-01",
                "+999999999-12-31")) {
            ruleViolation(post(ANNA, id, "moten", Map.of("bokning", Map.of("datum", datum, "plats", "Kontoret",
                    "inbjudna", List.of("BARNET", "ANSVARIG_UTFORARE")))), "datum", "DATUM_ORIMLIGT");
            ruleViolation(post(ANNA, id, "formote", Map.of("datum", datum, "planering", "Barnet deltar.")), "datum", "DATUM_ORIMLIGT");
            Map<String, Object> uppfoljning = giltig("uppfoljningsmote", insats);
            uppfoljning.put("datum", datum);
            ruleViolation(post(ANNA, id, "uppfoljningsmote", uppfoljning), "datum", "DATUM_ORIMLIGT");
            uppfoljning = giltig("uppfoljningsmote", insats);
            @SuppressWarnings("unchecked")
            Map<String, Object> nasta = (Map<String, Object>) uppfoljning.get("nastaMote");
            nasta.put("datum", datum);
            ruleViolation(post(ANNA, id, "uppfoljningsmote", uppfoljning), "nastaMote.datum", "DATUM_ORIMLIGT");
            Map<String, Object> avslutning = giltig("avslutningsmote", insats);
            avslutning.put("datum", datum);
            ruleViolation(post(ANNA, id, "avslutningsmote", avslutning), "datum", "DATUM_ORIMLIGT");
        }
        for (String datum : List.of("99999-01-01", "+1000000000-01-01", "2028-13-01")) {
            problem(post(ANNA, id, "moten", Map.of("bokning", Map.of("datum", datum, "plats", "Kontoret",
                    "inbjudna", List.of("BARNET", "ANSVARIG_UTFORARE")))), 400).body("violations[0].field", is("bokning.datum"));
            problem(post(ANNA, id, "formote", Map.of("datum", datum, "planering", "Barnet deltar.")), 400)
                    .body("violations[0].field", is("datum"));
        }
        // nothing was recorded
        get(ANNA, id).statusCode(200).body("moten.size()", is(1)).body("moten[0].bokning.antalBokningar", is(1))
                .body("moten[0].formote", nullValue()).body("moten[0].status", is("BOKAT"));
    }

    @Test
    void too_long_texts_and_lists_are_400_naming_the_field() {
        Insats insats = bokad();
        String id = insats.uppdragId();
        String lang = "x".repeat(8001);
        badRequest(post(ANNA, id, "pakallanden", Map.of("skal", lang)), "skal", "Size");
        Map<String, Object> boka = boka(START.plusDays(49));
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) boka.get("bokning");
        b.put("plats", "p".repeat(201));
        badRequest(post(ANNA, id, "moten", boka), "bokning.plats", "Size");
        b.put("plats", "Kontoret");
        b.put("skalUtanforFonster", lang);
        badRequest(post(ANNA, id, "moten", boka), "bokning.skalUtanforFonster", "Size");
        badRequest(post(ANNA, id, "formote", Map.of("datum", IDAG.toString(), "planering", lang)), "planering", "Size");

        Map<String, Object> sammanfattning = sammanfattning(insats);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> arbete = (List<Map<String, Object>>) sammanfattning.get("malarbete");
        arbete.get(1).put("beskrivning", lang);
        badRequest(post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning), "malarbete[1].beskrivning", "Size");
        List<Map<String, Object>> manga = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            manga.add(Map.of("malId", UUID.randomUUID().toString(), "beskrivning", "Bra."));
        }
        sammanfattning.put("malarbete", manga);
        badRequest(post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning), "malarbete", "Size");

        for (String falt : List.of("skalBarnetDeltogEj", "barnetsUppfattning", "anpassningar", "forandringar", "skalUtanSammanfattning")) {
            Map<String, Object> uppfoljning = giltig("uppfoljningsmote", insats);
            uppfoljning.put(falt, lang);
            badRequest(post(ANNA, id, "uppfoljningsmote", uppfoljning), falt, "Size");
        }
        Map<String, Object> uppfoljning = giltig("uppfoljningsmote", insats);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bedomningar = (List<Map<String, Object>>) uppfoljning.get("bedomningar");
        bedomningar.get(0).put("forandring", lang);
        badRequest(post(ANNA, id, "uppfoljningsmote", uppfoljning), "bedomningar[0].forandring", "Size");
        for (String falt : List.of("barnetsUpplevelse", "ovrigasUpplevelse", "skalUtanSlutsammanfattning", "skalBarnetDeltogEj")) {
            Map<String, Object> avslutning = giltig("avslutningsmote", insats);
            avslutning.put(falt, lang);
            badRequest(post(ANNA, id, "avslutningsmote", avslutning), falt, "Size");
        }
        get(ANNA, id).statusCode(200).body("pakallanden.size()", is(0)).body("moten.size()", is(1))
                .body("moten[0].status", is("BOKAT")).body("moten[0].sammanfattning", nullValue());
    }

    @Test
    void negative_and_absurd_counts_are_400_and_missing_ones_422() {
        Insats insats = bokad();
        String id = insats.uppdragId();
        for (String falt : List.of("tillfallenGenomforda", "tillfallenPlanerade")) {
            Map<String, Object> a = sammanfattning(insats);
            a.put(falt, -1);
            badRequest(post(ULLA_UTFORARE, id, "sammanfattning", a), falt, "Min");
            a.put(falt, Integer.MIN_VALUE);
            badRequest(post(ULLA_UTFORARE, id, "sammanfattning", a), falt, "Min");
            a.put(falt, 10_001);
            badRequest(post(ULLA_UTFORARE, id, "sammanfattning", a), falt, "Max");
            a.remove(falt);
            ruleViolation(post(ULLA_UTFORARE, id, "sammanfattning", a), falt, "ANTAL_KRAVS");
        }
        get(ANNA, id).statusCode(200).body("moten[0].sammanfattning", nullValue());
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200).body("moteId", is("M1"));
    }

    @Test
    void malformed_goal_ids_are_400_and_unknown_duplicated_or_missing_goals_422() {
        Insats insats = bokad();
        String id = insats.uppdragId();
        for (String malId : List.of("mal-1", "123", "", " ", insats.malIds().get(0) + "0", "{" + insats.malIds().get(0) + "}")) {
            Map<String, Object> a = sammanfattning(insats);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> arbete = (List<Map<String, Object>>) a.get("malarbete");
            arbete.get(1).put("malId", malId);
            badRequest(post(ULLA_UTFORARE, id, "sammanfattning", a), "malarbete[1].malId", "Pattern");
            Map<String, Object> u = giltig("uppfoljningsmote", insats);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> bedomningar = (List<Map<String, Object>>) u.get("bedomningar");
            bedomningar.get(0).put("malId", malId);
            badRequest(post(ANNA, id, "uppfoljningsmote", u), "bedomningar[0].malId", "Pattern");
            Map<String, Object> avslutning = giltig("avslutningsmote", insats);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> slut = (List<Map<String, Object>>) avslutning.get("bedomningar");
            slut.get(1).put("malId", malId);
            badRequest(post(ANNA, id, "avslutningsmote", avslutning), "bedomningar[1].malId", "Pattern");
        }
        Map<String, Object> a = sammanfattning(insats);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> arbete = (List<Map<String, Object>>) a.get("malarbete");
        arbete.get(1).put("malId", UUID.randomUUID().toString());
        ruleViolation(post(ULLA_UTFORARE, id, "sammanfattning", a), "malarbete[1].malId", "OKANT_MAL");
        arbete.get(1).put("malId", insats.malIds().get(0).toUpperCase());
        ruleViolation(post(ULLA_UTFORARE, id, "sammanfattning", a), "malarbete[1].malId", "MAL_DUBBLERAT");
        arbete.remove(1);
        ruleViolation(post(ULLA_UTFORARE, id, "sammanfattning", a), "malarbete", "MAL_SAKNAS");

        Map<String, Object> u = giltig("uppfoljningsmote", insats);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bedomningar = (List<Map<String, Object>>) u.get("bedomningar");
        bedomningar.remove(0);
        ruleViolation(post(ANNA, id, "uppfoljningsmote", u), "bedomningar", "MAL_EJ_BEDOMT");
        bedomningar.get(0).remove("skala");
        ruleViolation(post(ANNA, id, "uppfoljningsmote", u), "bedomningar[0].skala", "SKALA_KRAVS");
        get(ANNA, id).statusCode(200).body("moten[0].status", is("BOKAT")).body("moten[0].sammanfattning", nullValue());
    }
}
