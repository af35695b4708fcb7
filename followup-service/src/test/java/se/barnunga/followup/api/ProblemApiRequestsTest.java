package se.barnunga.followup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.followup.api.FollowupTestSupport.*;
import static se.barnunga.testing.ProblemAssertions.badRequest;
import static se.barnunga.testing.ProblemAssertions.problem;
import static se.barnunga.testing.ProblemAssertions.ruleViolation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * Unknown records, missing bodies, media types and tokens on the follow-up API, and every POST path with malformed
 * bodies and every query parameter with bad values: always a 4xx {@code application/problem+json}, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ProblemApiRequestsTest extends ProblemApiTestBase {

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
}
