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
import static se.barnunga.testing.ProblemAssertions.badRequest;
import static se.barnunga.testing.ProblemAssertions.conflict;
import static se.barnunga.testing.ProblemAssertions.problem;
import static se.barnunga.testing.ProblemAssertions.ruleViolation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import se.barnunga.testing.Concurrently;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * Bad input, unknown records, missing rights and steps out of order on the follow-up API: always a 4xx
 * {@code application/problem+json} naming the field and the rule where there is one – never a 500. The domain's
 * rules seen over REST (422 with the field the aggregate names, 409 with the rule), and two conflicting requests at
 * the same time (one wins, the other gets a 409).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ProblemApiTest {

    private static final String OKAND = "00000000-0000-4000-8000-000000000000";
    private static final List<String> POST_VAGAR = List.of("pakallanden", "moten", "avbokning", "formote", "sammanfattning",
            "uppfoljningsmote", "avslutningsmote");

    /** The intervention's start: a Monday; "today" is the day after. */
    private static final LocalDate START = LocalDate.of(2028, 3, 6);
    private static final LocalDate IDAG = START.plusDays(1);

    @BeforeEach
    void dagenEfterStart() {
        TestClock.set(IDAG.atTime(9, 0).atZone(TestClock.ZONE));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A started intervention (anna, ulla) whose planning meeting booked M1 within the window. */
    private static Insats bokad() {
        return verkstalldInsats("KVINNA", unikInsatstyp("PROBLEM"), START, START.plusDays(45));
    }

    /** A started intervention without a booked meeting. */
    private static Insats obokad() {
        return verkstalldInsats("MAN", unikInsatstyp("PROBLEM"), START, null);
    }

    /** Who may call each POST path on the standard case. */
    private static String token(String vag) {
        return vag.equals("sammanfattning") ? ULLA_UTFORARE : ANNA;
    }

    /** A body each POST path accepts on a booked standard case, today. */
    private static Map<String, Object> giltig(String vag, Insats insats) {
        return switch (vag) {
            case "pakallanden" -> new LinkedHashMap<>(Map.of("skal", "Familjen har flyttat och behöver ett extra möte."));
            case "moten" -> boka(START.plusDays(49));
            case "avbokning" -> new LinkedHashMap<>(Map.of("skal", "Familjen är bortrest."));
            case "formote" -> new LinkedHashMap<>(Map.of("datum", IDAG.toString(), "planering", "Barnet deltar första halvtimmen."));
            case "sammanfattning" -> sammanfattning(insats);
            case "uppfoljningsmote" -> {
                Map<String, Object> a = uppfoljning(insats, IDAG, true, "FORTSATTA", IDAG.plusDays(49),
                        "INGEN_FORANDRING", "INGEN_FORANDRING");
                a.put("skalUtanSammanfattning", "Utföraren var sjuk.");
                yield a;
            }
            case "avslutningsmote" -> avslutning(insats, IDAG, "INGEN_FORANDRING", "INGEN_FORANDRING");
            default -> throw new IllegalArgumentException(vag);
        };
    }

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

    // ---- Unknown records, missing bodies, media types and tokens -------------------------------------------------------

    @Test
    void an_unknown_or_malformed_assignment_id_is_404_on_every_endpoint() {
        Insats insats = bokad();
        for (String id : List.of(OKAND, UUID.randomUUID().toString(), "inte-ett-uuid", "1", "a".repeat(200), "%20", "a b", "ÅÄÖ")) {
            problem(get(ANNA, id), 404);
            problem(get(CHEF_MYND, id + "/checklistor"), 404);
            for (String vag : POST_VAGAR) {
                problem(post(token(vag), id, vag, giltig(vag, insats)), 404);
            }
        }
        // longer than any parameter may be (the platform's barnunga.input.max-parameter-length): 400 naming it
        String lang = "a".repeat(300);
        badRequest(get(ANNA, lang), "uppdragId", "TooLong");
        badRequest(get(CHEF_MYND, lang + "/checklistor"), "uppdragId", "TooLong");
        for (String vag : POST_VAGAR) {
            badRequest(post(token(vag), lang, vag, giltig(vag, insats)), "uppdragId", "TooLong");
        }
        // a valid id of a record that exists answers, so the 404s were about the id
        get(ANNA, insats.uppdragId()).statusCode(200);
    }

    /**
     * An id with a NUL character is refused by the platform's parameter rules: 400 naming the parameter, before any
     * read (PostgreSQL refuses a NUL in text). Found as a bug earlier: the audit write of such an id failed and the 404
     * became a 500 (the platform's AuditLog still replaces control characters in case ids).
     */
    @Test
    void an_assignment_id_with_a_nul_character_is_400_naming_the_parameter() {
        Insats insats = bokad();
        // (a real id followed by a NUL reaches the resource without it – the HTTP layer drops it – and is simply read)
        get(ANNA, insats.uppdragId() + "\u0000").statusCode(org.hamcrest.Matchers.lessThan(500));
        for (String id : List.of("a\u0000b", "\u0000")) {
            // (sent percent-encoded: a raw NUL in a path string is dropped by the client before it is sent)
            String kodat = id.replace("\u0000", "%00");
            badRequest(given().auth().oauth2(ANNA).urlEncodingEnabled(false).when().get("/api/uppfoljning/" + kodat).then(),
                    "uppdragId", "ControlCharacter");
            badRequest(given().auth().oauth2(ANNA).urlEncodingEnabled(false).when().get("/api/uppfoljning/" + kodat + "/checklistor").then(),
                    "uppdragId", "ControlCharacter");
            for (String vag : POST_VAGAR) {
                badRequest(post(token(vag), id, vag, giltig(vag, insats)), "uppdragId", "ControlCharacter");
            }
        }
        get(ANNA, insats.uppdragId()).statusCode(200).body("pakallanden.size()", is(0)).body("moten[0].status", is("BOKAT"));
    }

    /**
     * A missing body (or the JSON {@code null}) is 400 NotNull naming the body as "(body)" – as the unreadable-JSON
     * problems do – not the resource method's Java parameter name, which means nothing to a client.
     * (ProblemMappers recognises the body parameter of the resource method.)
     */
    @Test
    void a_missing_body_is_400_naming_the_body_on_every_post() {
        Insats insats = bokad();
        for (String vag : POST_VAGAR) {
            ValidatableResponse utan = given().auth().oauth2(token(vag)).contentType(ContentType.JSON)
                    .when().post("/api/uppfoljning/{id}/" + vag, insats.uppdragId()).then();
            problem(utan, 400).body("violations[0].rule", is("NotNull"));
            problem(post(token(vag), insats.uppdragId(), vag, "null"), 400).body("violations[0].rule", is("NotNull"));
        }
        get(ANNA, insats.uppdragId()).statusCode(200).body("pakallanden.size()", is(0)).body("moten[0].status", is("BOKAT"));
        for (String vag : POST_VAGAR) {
            badRequest(given().auth().oauth2(token(vag)).contentType(ContentType.JSON)
                    .when().post("/api/uppfoljning/{id}/" + vag, insats.uppdragId()).then(), "(body)", "NotNull");
        }
    }

    @Test
    void a_wrong_content_type_is_415_on_every_post() {
        Insats insats = bokad();
        for (String vag : POST_VAGAR) {
            problem(given().auth().oauth2(token(vag)).contentType(ContentType.TEXT).body(json(giltig(vag, insats)))
                    .when().post("/api/uppfoljning/{id}/" + vag, insats.uppdragId()).then(), 415);
            problem(given().auth().oauth2(token(vag)).contentType(ContentType.XML).body("<bokning/>")
                    .when().post("/api/uppfoljning/{id}/" + vag, insats.uppdragId()).then(), 415);
            problem(given().auth().oauth2(token(vag)).contentType("application/x-www-form-urlencoded").formParam("skal", "x")
                    .when().post("/api/uppfoljning/{id}/" + vag, insats.uppdragId()).then(), 415);
        }
        get(ANNA, insats.uppdragId()).statusCode(200).body("pakallanden.size()", is(0)).body("moten[0].status", is("BOKAT"));
    }

    @Test
    void without_a_valid_token_it_is_401_everywhere() {
        Insats insats = bokad();
        String fel = ANNA.substring(0, ANNA.length() - 4) + "AAAA";
        for (String vag : POST_VAGAR) {
            problem(given().contentType(ContentType.JSON).body(json(giltig(vag, insats)))
                    .when().post("/api/uppfoljning/{id}/" + vag, insats.uppdragId()).then(), 401)
                    .header("WWW-Authenticate", "Bearer");
            problem(given().auth().oauth2(fel).contentType(ContentType.JSON).body(json(giltig(vag, insats)))
                    .when().post("/api/uppfoljning/{id}/" + vag, insats.uppdragId()).then(), 401);
        }
        for (String vag : List.of(insats.uppdragId(), insats.uppdragId() + "/checklistor", "moten", "obokade", "statistik")) {
            problem(given().when().get("/api/uppfoljning/" + vag).then(), 401);
            problem(given().auth().oauth2(fel).when().get("/api/uppfoljning/" + vag).then(), 401);
        }
        get(ANNA, insats.uppdragId()).statusCode(200).body("pakallanden.size()", is(0)).body("moten[0].status", is("BOKAT"));
    }

    // ---- Every POST path with malformed bodies, every query parameter with bad values ---------------------------------

    /** Bodies no endpoint accepts. */
    private static List<String> felaktigaKroppar() {
        String h = "x".repeat(8001);
        List<String> kroppar = new ArrayList<>(List.of("{}", "[]", "null", "\"x\"", "", "{", "12345", "true", "{\"skal\": []}",
                "{\"skal\": {}}", "{\"bokning\": \"x\"}", "{\"bokning\": []}", "{\"bokning\": {}}", "{\"bokning\": {\"datum\": \"x\"}}",
                "{\"bokning\": {\"datum\": 99999999999999}}", "{\"bokning\": {\"datum\": -99999999999999}}",
                "{\"bokning\": {\"datum\": \"0001-01-01\"}}", "{\"bokning\": {\"inbjudna\": [null]}}",
                "{\"bokning\": {\"inbjudna\": \"BARNET\"}}", "{\"bokning\": {\"klockslag\": \"25:61\"}}", "{\"slag\": \"EXTRA\"}",
                "{\"tillfallenGenomforda\": 99999999999}", "{\"tillfallenGenomforda\": -1}", "{\"tillfallenGenomforda\": 1e400}",
                "{\"tillfallenGenomforda\": \"NaN\"}", "{\"malarbete\": [null]}", "{\"malarbete\": [{\"malId\": \"x\"}]}",
                "{\"malarbete\": {}}", "{\"malarbete\": [{\"malId\": null, \"beskrivning\": null}]}", "{\"bedomningar\": [{\"skala\": \"X\"}]}",
                "{\"bedomningar\": [{}]}", "{\"deltagare\": [\"X\"]}", "{\"deltagare\": []}", "{\"datum\": \"0001-01-01\"}",
                "{\"datum\": \"+99999-01-01\"}", "{\"datum\": \"99999-01-01\"}", "{\"datum\": \"-999999999-01-01\"}",
                "{\"datum\": \"+1000000000-01-01\"}", "{\"datum\": [2028, 1, 1]}", "{\"datum\": [99999999, 99, 99]}",
                "{\"datum\": 99999999999999}", "{\"utfall\": \"X\"}", "{\"utfall\": \"FORTSATTA\"}",
                "{\"slutsammanfattningPresenterad\": \"ja\"}", "{\"slutsammanfattningPresenterad\": null}",
                "{\"slutsammanfattningPresenterad\": false}", "{\"nastaMote\": {\"datum\": \"+99999-01-01\"}}",
                "{\"nastaMote\": \"x\"}", "{\"datum\": \"2028-03-07\", \"deltagare\": [\"SOCIALSEKRETERARE\"]}"));
        // every field too long
        Map<String, Object> stora = new LinkedHashMap<>();
        for (String falt : List.of("skal", "planering", "skalBarnetDeltogEj", "barnetsUppfattning", "anpassningar", "forandringar",
                "skalUtanSammanfattning", "barnetsUpplevelse", "ovrigasUpplevelse", "skalUtanSlutsammanfattning")) {
            stora.put(falt, h);
        }
        stora.put("bokning", Map.of("datum", "2028-04-24", "plats", h, "skalUtanforFonster", h));
        stora.put("nastaMote", Map.of("datum", "2028-04-24", "plats", h, "skalUtanforFonster", h));
        stora.put("malarbete", List.of(Map.of("malId", h, "beskrivning", h)));
        stora.put("bedomningar", List.of(Map.of("malId", h, "forandring", h)));
        stora.put("datum", "2028-03-07");
        stora.put("slutsammanfattningPresenterad", true);
        kroppar.add(json(stora));
        // every field of the wrong type
        Map<String, Object> typer = new LinkedHashMap<>();
        for (String falt : List.of("skal", "slag", "bokning", "datum", "planering", "tillfallenGenomforda", "tillfallenPlanerade",
                "barnetsDelaktighet", "vardnadshavarnasDelaktighet", "malarbete", "deltagare", "skalBarnetDeltogEj", "barnetsUppfattning",
                "bedomningar", "anpassningar", "utfall", "forandringar", "justering", "utredningsgrund", "genomforandeplanenRevideras",
                "nastaMote", "skalUtanSammanfattning", "barnetsUpplevelse", "ovrigasUpplevelse", "riskbedomning",
                "slutsammanfattningPresenterad", "skalUtanSlutsammanfattning")) {
            typer.put(falt, Map.of("x", List.of(1, 2)));
        }
        kroppar.add(json(typer));
        // too many participants and goals
        Map<String, Object> manga = new LinkedHashMap<>();
        manga.put("deltagare", Collections.nCopies(11, "BARNET"));
        List<Map<String, Object>> mal = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            mal.add(Map.of("malId", UUID.randomUUID().toString(), "skala", "INGEN_FORANDRING", "beskrivning", "x", "forandring", "x"));
        }
        manga.put("bedomningar", mal);
        manga.put("malarbete", mal);
        kroppar.add(json(manga));
        kroppar.add("[".repeat(3000) + "]".repeat(3000));
        kroppar.add("{\"skal\": \"x\", \"bokning\": " + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}");
        return kroppar;
    }

    private record Anrop(String token, String path) {
    }

    @Test
    void every_post_path_answers_malformed_bodies_with_4xx_problem_never_500() {
        Insats bokad = bokad();
        Insats ejStartad = skickatUppdrag(Parter.standard(), "BEVILJAD_INSATS", unikInsatstyp("PROBLEM"), START.minusDays(10));
        List<Anrop> anrop = new ArrayList<>();
        for (String id : List.of(bokad.uppdragId(), ejStartad.uppdragId(), OKAND, "inte-ett-uuid")) {
            for (String vag : POST_VAGAR) {
                anrop.add(new Anrop(token(vag), "/api/uppfoljning/" + id + "/" + vag));
            }
        }
        List<String> fel = new ArrayList<>();
        Set<Integer> statusar = new TreeSet<>();
        List<String> kroppar = felaktigaKroppar();
        for (Anrop a : anrop) {
            for (String kropp : kroppar) {
                statusar.add(kontrollera(fel, a, () -> given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(kropp), kort(kropp)));
            }
            byte[] trasig = "{\"skal\": \"a\u00ffb\", \"planering\": \"a\u00ffb\"}".getBytes(StandardCharsets.ISO_8859_1);
            statusar.add(kontrollera(fel, a, () -> given().auth().oauth2(a.token()).contentType("application/json; charset=UTF-8")
                    .body(trasig), "invalid UTF-8"));
        }
        assertThat(fel).as("requests answered with something else than a 4xx problem").isEmpty();
        // the bodies got past authentication into validation (400), the lookup (404), the state (409) and the rules (422)
        assertThat(statusar).contains(400, 404, 409, 422).doesNotContain(401, 415);
        // and nothing was recorded on the booked case (a pakallande with a blank reason, say)
        get(ANNA, bokad.uppdragId()).statusCode(200).body("pakallanden.size()", is(0)).body("moten.size()", is(1))
                .body("moten[0].status", is("BOKAT")).body("moten[0].formote", nullValue())
                .body("moten[0].sammanfattning", nullValue());
    }

    private static int kontrollera(List<String> fel, Anrop a, Supplier<RequestSpecification> request, String beskrivning) {
        ExtractableResponse<Response> r = request.get().when().post(a.path()).then().extract();
        if (r.statusCode() < 400 || r.statusCode() >= 500 || !String.valueOf(r.contentType()).startsWith(PROBLEM)) {
            fel.add("POST " + a.path().replaceAll("[0-9a-f-]{36}", "{id}") + " " + beskrivning + " -> " + r.statusCode() + " "
                    + r.contentType() + (r.statusCode() >= 500 || r.statusCode() < 400 ? " " + kort(r.asString()) : ""));
        }
        return r.statusCode();
    }

    private static String kort(String kropp) {
        String enRad = kropp.replace('\n', ' ');
        return enRad.length() > 100 ? enRad.substring(0, 100) + "…(" + kropp.length() + ")" : enRad;
    }

    @Test
    void bad_query_parameters_are_4xx_problems_never_500() {
        List<String> varden = List.of("", " ", "x", "-1", "0", "1", "201", "1000001", "2147483648", "99999999999999999999", "1e3",
                "0001-01-01", "+99999-01-01", "99999-01-01", "-999999999-01-01", "+999999999-12-31", "2028-02-30", "9999-12-31",
                "2028-03-07", "a b", "x".repeat(300), "MYND-1", "abc", "ÅÄÖ", "'; drop table uppfoljning_vy; --", "<script>",
                "%", "\u0000", "anna");
        Map<String, String> tokens = Map.of("moten", ANNA, "obokade", ULLA_UTFORARE, "statistik", RUT_RAPPORTOR);
        List<String> fel = new ArrayList<>();
        Set<Integer> statusar = new TreeSet<>();
        for (String vag : List.of("moten", "obokade", "statistik")) {
            for (String token : List.of(tokens.get(vag), CHEF_MYND)) {
                for (String param : List.of("fran", "till", "page", "size", "socialsekreterare", "enhet", "insatstyp")) {
                    for (String v : varden) {
                        ExtractableResponse<Response> r = given().auth().oauth2(token).queryParam(param, v)
                                .when().get("/api/uppfoljning/" + vag).then().extract();
                        statusar.add(r.statusCode());
                        boolean problem = String.valueOf(r.contentType()).startsWith(PROBLEM);
                        if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !problem) || (r.statusCode() < 400 && r.statusCode() != 200)) {
                            fel.add("GET " + vag + "?" + param + "=" + kort(v) + " -> " + r.statusCode() + " " + r.contentType() + " "
                                    + kort(r.asString()));
                        }
                    }
                }
                // both ends of the period together
                for (String[] period : List.of(new String[] {"2200-12-31", "1900-01-01"}, new String[] {"1900-01-01", "2200-12-31"},
                        new String[] {"0001-01-01", "+99999-01-01"})) {
                    ExtractableResponse<Response> r = given().auth().oauth2(token).queryParam("fran", period[0]).queryParam("till", period[1])
                            .when().get("/api/uppfoljning/" + vag).then().extract();
                    statusar.add(r.statusCode());
                    if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !String.valueOf(r.contentType()).startsWith(PROBLEM))) {
                        fel.add("GET " + vag + "?fran=" + period[0] + "&till=" + period[1] + " -> " + r.statusCode() + " " + kort(r.asString()));
                    }
                }
            }
        }
        assertThat(fel).as("query parameters answered with a 5xx or a non-problem error").isEmpty();
        assertThat(statusar).contains(200, 400, 422);
    }

    @Test
    void the_validated_query_parameters_are_named_in_the_problem() {
        for (String vag : List.of("moten", "obokade")) {
            badRequest(given().auth().oauth2(ANNA).queryParam("size", 0).when().get("/api/uppfoljning/" + vag).then(), "size", "Min");
            badRequest(given().auth().oauth2(ANNA).queryParam("size", 201).when().get("/api/uppfoljning/" + vag).then(), "size", "Max");
            badRequest(given().auth().oauth2(ANNA).queryParam("page", -1).when().get("/api/uppfoljning/" + vag).then(), "page", "Min");
            badRequest(given().auth().oauth2(ANNA).queryParam("socialsekreterare", "anna svensson").when().get("/api/uppfoljning/" + vag).then(),
                    "socialsekreterare", "Pattern");
            // the platform's parameter rules (StrictRequests): length, and no control characters (a NUL reached
            // PostgreSQL as a text parameter and was answered 500)
            badRequest(given().auth().oauth2(ANNA).queryParam("socialsekreterare", "a".repeat(256)).when().get("/api/uppfoljning/" + vag).then(),
                    "socialsekreterare", "TooLong");
            badRequest(given().auth().oauth2(ANNA).queryParam("socialsekreterare", "anna\u0000").when().get("/api/uppfoljning/" + vag).then(),
                    "socialsekreterare", "ControlCharacter");
            badRequest(given().auth().oauth2(ANNA).queryParam("socialsekreterare", "\u0000").when().get("/api/uppfoljning/" + vag).then(),
                    "socialsekreterare", "ControlCharacter");
        }
        badRequest(given().auth().oauth2(RUT_RAPPORTOR).queryParam("enhet", "MYND 1").when().get("/api/uppfoljning/statistik").then(),
                "enhet", "Pattern");
        badRequest(given().auth().oauth2(RUT_RAPPORTOR).queryParam("insatstyp", "familjebehandling").when().get("/api/uppfoljning/statistik").then(),
                "insatstyp", "Pattern");
        ruleViolation(given().auth().oauth2(ANNA).queryParam("fran", "2028-05-01").queryParam("till", "2028-04-30")
                .when().get("/api/uppfoljning/moten").then(), "till", "PERIOD_OGILTIG");
        ruleViolation(given().auth().oauth2(RUT_RAPPORTOR).queryParam("fran", "2028-05-01").queryParam("till", "2028-04-30")
                .when().get("/api/uppfoljning/statistik").then(), "till", "PERIOD_OGILTIG");
        ruleViolation(given().auth().oauth2(ANNA).queryParam("fran", "0001-01-01").when().get("/api/uppfoljning/moten").then(),
                "fran", "DATUM_ORIMLIGT");
        ruleViolation(given().auth().oauth2(ANNA).queryParam("till", "+99999-01-01").when().get("/api/uppfoljning/moten").then(),
                "till", "DATUM_ORIMLIGT");
        ruleViolation(given().auth().oauth2(RUT_RAPPORTOR).queryParam("fran", "1899-12-31").when().get("/api/uppfoljning/statistik").then(),
                "fran", "DATUM_ORIMLIGT");
        ruleViolation(given().auth().oauth2(RUT_RAPPORTOR).queryParam("till", "2201-01-01").when().get("/api/uppfoljning/statistik").then(),
                "till", "DATUM_ORIMLIGT");
    }

    /**
     * A query parameter that cannot be converted (a date that is not a date, a page number that is not an int) names
     * the parameter like any other invalid field (400). A bare 404 "Finns inte" – the JAX-RS default for a failed
     * conversion – tells the client that the list does not exist.
     * (ProblemMappers turns such a 404 into a 400 naming the parameter, from the resource method's parameters.)
     */
    @Test
    void an_unconvertible_query_parameter_is_400_naming_it() {
        for (String vag : List.of("moten", "obokade", "statistik")) {
            String token = vag.equals("statistik") ? RUT_RAPPORTOR : ANNA;
            List<String[]> fel = new ArrayList<>();
            if (!vag.equals("statistik")) {
                fel.addAll(List.of(new String[] {"page", "två"}, new String[] {"page", "2147483648"}, new String[] {"size", "1.5"}));
            }
            if (!vag.equals("obokade")) {
                fel.addAll(List.of(new String[] {"fran", "igår"}, new String[] {"fran", "2028-02-30"}, new String[] {"till", "99999-01-01"},
                        new String[] {"till", "2028-3-1"}));
            }
            for (String[] p : fel) {
                problem(given().auth().oauth2(token).queryParam(p[0], p[1]).when().get("/api/uppfoljning/" + vag).then(), 400)
                        .body("violations.field", hasItem(p[0]));
            }
        }
    }

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
