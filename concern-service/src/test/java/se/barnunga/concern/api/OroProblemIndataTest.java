package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.nio.charset.StandardCharsets;
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
import io.restassured.specification.RequestSpecification;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * Malformed bodies to every POST of the concern API and bad values of the queries' parameters: always a 4xx, never
 * a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroProblemIndataTest extends OroProblemTestBase {

    // ---- Felaktiga kroppar till varje POST -------------------------------------------------------------------------

    /** The bodies no endpoint accepts. */
    private static List<String> felaktigaKroppar() {
        String h = "x".repeat(8001);
        List<String> kroppar = new ArrayList<>(List.of("{}", "[]", "null", "\"x\"", "{\"barn\": \"x\"}", "", "{", "12345", "true",
                "{\"barn\": [\"x\"]}", "{\"barn\": [{\"personnummer\": 20150412}]}", "{\"till\": \"x\"}", "{\"till\": {\"typ\": \"x\"}}"));
        Map<String, Object> stora = new LinkedHashMap<>();
        stora.put("barn", List.of(Map.of("personnummer", h, "namn", h)));
        stora.put("uppdragId", h);
        stora.put("akut", true);
        stora.put("form", "SKRIFTLIG");
        stora.put("omValdEllerOvergrepp", false);
        stora.put("vardnadshavareInformerade", true);
        stora.put("skalAttInteInformera", h);
        stora.put("beskrivning", h);
        stora.put("kontakt", Map.of("namn", h, "telefon", h));
        stora.put("text", h);
        stora.put("till", Map.of("typ", "SOCIALSEKRETERARE", "socialsekreterare", h, "enhet", h));
        stora.put("skal", h);
        stora.put("omedelbartSkyddsbehov", false);
        stora.put("underlag", h);
        stora.put("bedomd", TestClock.now().toString());
        stora.put("bedomdAvNamn", h);
        stora.put("bedomdAvTitel", h);
        stora.put("besked", h);
        stora.put("beslut", "INLED_UTREDNING");
        stora.put("synnerligaSkal", h);
        stora.put("barnetKomTillTals", false);
        stora.put("skalBarnetInteHort", h);
        stora.put("sarskildaSkal", h);
        stora.put("misstanktOvergrepp", List.of("FYSISKT"));
        stora.put("familjemedlemmar", List.of(Map.of("relation", "VARDNADSHAVARE", "informerad", true)));
        stora.put("personnummer", h);
        stora.put("socialsekreterare", h);
        stora.put("fran", "2026-11-24");
        stora.put("tom", "2026-11-24");
        kroppar.add(json(stora));
        Map<String, Object> tal = new LinkedHashMap<>();
        for (String falt : List.of("barn", "uppdragId", "akut", "form", "beskrivning", "kontakt", "text", "till", "skal",
                "omedelbartSkyddsbehov", "underlag", "bedomd", "bedomdAvNamn", "bedomdAvTitel", "besked", "beslut", "personnummer",
                "socialsekreterare", "fran", "tom")) {
            tal.put(falt, 12345);
        }
        kroppar.add(json(tal));
        for (String datum : List.of("2026-13-45", "+999999-01-01")) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("barn", List.of(Map.of("namn", "Lillebror", "fodelsedatum", datum)));
            d.put("akut", false);
            d.put("form", "SKRIFTLIG");
            d.put("omValdEllerOvergrepp", false);
            d.put("vardnadshavareInformerade", true);
            d.put("beskrivning", "Oro.");
            d.put("fodelsedatum", datum);
            d.put("personnummer", datum);
            d.put("fran", datum);
            d.put("tom", datum);
            d.put("bedomd", datum);
            kroppar.add(json(d));
        }
        Map<String, Object> ogiltigTid = new LinkedHashMap<>();
        ogiltigTid.put("omedelbartSkyddsbehov", false);
        ogiltigTid.put("underlag", "Samtal med barnet.");
        ogiltigTid.put("bedomd", "9999-12-31T23:59:59Z");
        ogiltigTid.put("bedomdAvNamn", "Mia");
        ogiltigTid.put("bedomdAvTitel", "Socialsekreterare");
        ogiltigTid.put("barn", List.of(Map.of("namn", "Lillebror", "fodelsedatum", "9999-12-31T23:59:59Z")));
        ogiltigTid.put("fran", "9999-12-31T23:59:59Z");
        ogiltigTid.put("tom", "9999-12-31T23:59:59Z");
        kroppar.add(json(ogiltigTid));
        kroppar.add("[".repeat(3000) + "]".repeat(3000));
        kroppar.add("{\"text\": \"" + "[".repeat(10) + "\", \"besked\": " + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}");
        return kroppar;
    }

    private record Anrop(String token, String path) {
    }

    @Test
    void every_post_endpoint_answers_malformed_bodies_with_4xx_problem_never_500() {
        String avslutad = avslutadHosMottagningen();
        String franvarande = token(unikAnvandare("sofia"), "MYND-1", "socialsekreterare");
        List<Anrop> anrop = new ArrayList<>(List.of(new Anrop(ULLA_UTFORARE, "/api/oro"), new Anrop(ANNA, "/api/oro/barn"),
                new Anrop(franvarande, "/api/franvaro")));
        for (String id : List.of(avslutad, OKAND, "inte-ett-uuid")) {
            anrop.add(new Anrop(ULLA_UTFORARE, "/api/oro/" + id + "/skriftlig-bekraftelse"));
            for (String steg : List.of("mottagen", "vidarebefordra", "skyddsbedomning", "aterkoppling", "ingen-aterkoppling",
                    "forhandsbedomning")) {
                anrop.add(new Anrop(MIA_MOTTAGNING, "/api/oro/" + id + "/" + steg));
            }
        }
        List<String> fel = new ArrayList<>();
        java.util.Set<Integer> statusar = new java.util.TreeSet<>();
        List<String> kroppar = felaktigaKroppar();
        for (Anrop a : anrop) {
            for (String kropp : kroppar) {
                statusar.add(kontrollera(fel, a, given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(kropp), kort(kropp)));
            }
            // invalid UTF-8 inside a string
            byte[] trasig = "{\"text\": \"a\u00ffb\"}".getBytes(StandardCharsets.ISO_8859_1);
            statusar.add(kontrollera(fel, a, given().auth().oauth2(a.token()).contentType("application/json; charset=UTF-8").body(trasig),
                    "invalid UTF-8"));
        }
        assertThat(fel).as("requests answered with something else than a 4xx problem").isEmpty();
        // the bodies got past authentication into validation (400), the aggregate (409), the rules (422) and the lookup (404)
        // the bodies mix fields of several endpoints, so the strict REST reader stops most of them at 400 (unknown
        // property); the 422 rules are covered one by one above
        assertThat(statusar).contains(400, 404, 409).doesNotContain(401, 415);
    }

    private static int kontrollera(List<String> fel, Anrop a, RequestSpecification request, String beskrivning) {
        ExtractableResponse<Response> r = request.when().post(a.path()).then().extract();
        if (r.statusCode() < 400 || r.statusCode() >= 500 || !String.valueOf(r.contentType()).startsWith(PROBLEM)) {
            fel.add("POST " + a.path().replaceAll("[0-9a-f-]{36}", "{id}") + " " + beskrivning + " -> " + r.statusCode() + " " + r.contentType()
                    + (r.statusCode() >= 500 ? " " + r.asString() : ""));
        }
        return r.statusCode();
    }

    private static String kort(String kropp) {
        String enRad = kropp.replace('\n', ' ');
        return enRad.length() > 80 ? enRad.substring(0, 80) + "…(" + kropp.length() + ")" : enRad;
    }

    // ---- Frågornas parametrar -----------------------------------------------------------------------------------------

    @Test
    void bad_inbox_parameters_are_4xx() {
        given().auth().oauth2(ANNA).queryParam("size", 0).when().get("/api/oro/inkorg")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("size"));
        given().auth().oauth2(ANNA).queryParam("size", 201).when().get("/api/oro/inkorg")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("size"));
        given().auth().oauth2(ANNA).queryParam("page", -1).when().get("/api/oro/inkorg")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("page"));
        given().auth().oauth2(ANNA).queryParam("ko", "ALLA").when().get("/api/oro/inkorg")
                .then().statusCode(allOf4xx()).contentType(PROBLEM);
        given().auth().oauth2(ANNA).queryParam("page", "x").when().get("/api/oro/inkorg")
                .then().statusCode(allOf4xx()).contentType(PROBLEM);
    }

    /**
     * Found as a BUG: a page far out (page × size beyond 2^31) was answered 500: OroFragor pages with Panache's
     * {@code page(page, size)}, whose first-result index page*size overflows int, and Hibernate refuses the negative
     * value (IllegalArgumentException "First result cannot be negative"). An empty page or a 400 is fine.
     */
    @Test
    void a_page_far_beyond_the_last_is_empty_not_500() {
        List<String> fel = new ArrayList<>();
        for (String[] fraga : List.of(new String[] {ANNA, "/api/oro/inkorg", "200"}, new String[] {MIA_MOTTAGNING, "/api/oro/inkorg", "200"},
                new String[] {CHEF_MYND, "/api/oro/avvikelser", "500"})) {
            ExtractableResponse<Response> r = given().auth().oauth2(fraga[0]).queryParam("page", 20_000_000).queryParam("size", fraga[2])
                    .when().get(fraga[1]).then().extract();
            boolean tomSida = r.statusCode() == 200 && r.jsonPath().getList("items").isEmpty();
            boolean avvisad = r.statusCode() == 400 && String.valueOf(r.contentType()).startsWith(PROBLEM);
            if (!tomSida && !avvisad) {
                fel.add(fraga[1] + "?page=20000000&size=" + fraga[2] + " -> " + r.statusCode());
            }
        }
        assertThat(fel).isEmpty();
    }

    /**
     * Found as a BUG: the deviation register's period took any date the JAX-RS converter parses; a date outside what
     * PostgreSQL's timestamptz holds (DataException "timestamp out of range") or LocalDate.MAX, whose next day does
     * not exist (DateTimeException), was answered 500 instead of a 4xx.
     */
    @Test
    void extreme_periods_of_the_deviation_register_are_4xx_or_empty_never_500() {
        List<String> fel = new ArrayList<>();
        for (String[] period : List.of(new String[] {"fran", "+999999-01-01"}, new String[] {"till", "+999999999-12-31"},
                new String[] {"fran", "-999999-01-01"}, new String[] {"till", "2026-13-45"})) {
            ExtractableResponse<Response> r = given().auth().oauth2(CHEF_MYND).queryParam(period[0], period[1])
                    .when().get("/api/oro/avvikelser").then().extract();
            if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !String.valueOf(r.contentType()).startsWith(PROBLEM))) {
                fel.add(period[0] + "=" + period[1] + " -> " + r.statusCode());
            }
        }
        assertThat(fel).isEmpty();
        given().auth().oauth2(CHEF_MYND).queryParam("fran", "2026-11-25").queryParam("till", "2026-11-24")
                .when().get("/api/oro/avvikelser").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", is("till")).body("rule", is("PERIOD_OGILTIG"));
    }

    private static org.hamcrest.Matcher<Integer> allOf4xx() {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400)).and(lessThan(500));
    }

    /**
     * A child reported by name and a birth date that PostgreSQL cannot store (before 4713 BC, e.g.
     * {@code -999999-01-01}) passes {@code @Past}. Found as a BUG: it was accepted (201) and its OroLamnad event then
     * failed in the oro-vy projection (DATE out of range); with the propagating error handler the processor retried
     * that event forever, so its segment of the read model (inboxes, per-child lists, the deadline sweep) stopped for
     * every later concern. Now refused, naming the field. (Should this regress, the test JVM's read model stalls.)
     */
    @Test
    void a_birth_date_the_read_model_cannot_hold_is_refused_naming_the_field() {
        for (String datum : List.of("-999999-01-01", "-5000-01-01", "0001-01-01")) {
            Map<String, Object> a = oroAnrop(BARN_PNR, false, "SKRIFTLIG");
            a.put("barn", List.of(Map.of("namn", "Lillebror", "fodelsedatum", "2020-01-01"), Map.of("namn", "Storebror", "fodelsedatum", datum)));
            ExtractableResponse<Response> svar = lamna(ULLA_UTFORARE, json(a)).extract();
            assertThat(svar.statusCode()).as(datum).isIn(400, 422);
            assertThat(svar.contentType()).startsWith(PROBLEM);
            assertThat(svar.jsonPath().getList("violations.field")).as(datum).contains("barn[1].fodelsedatum");
        }
    }
}
