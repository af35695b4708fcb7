package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.barnunga.concern.application.Ansvariga;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.uppdrag.Mal;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.ProblemAssertions;
import se.barnunga.testing.RestCalls;
import se.barnunga.testing.StandardTokens;
import se.barnunga.testing.TestPersonnummer;
import se.barnunga.testing.TestClock;

/** Tokens and requests shared by the concern-service's REST tests. */
final class ConcernTestSupport {

    static final String BARN_PNR = "20150412-2381";
    static final String VUXEN_PNR = "19800101-0001";
    /** The social secretary responsible for the child in the assignment-service's events. */
    static final String ANNA = StandardTokens.ANNA;
    static final String BERIT_SAME_UNIT = StandardTokens.BERIT_SAMMA_ENHET;
    static final String ULLA_UTFORARE = StandardTokens.ULLA_UTFORARE;
    static final String MATS_METODHANDLEDARE = StandardTokens.MATS_METODHANDLEDARE;
    static final String MIA_MOTTAGNING = StandardTokens.MIA_MOTTAGNING;
    static final String JONAS_JOUR = DevTokens.token("jonas", "JOUR-1", "socialjour");
    static final String CHEF_MYND = StandardTokens.CHEF_MYND;
    static final String CHEF_UTF = StandardTokens.CHEF_UTF;
    static final String RUT_RAPPORTOR = StandardTokens.RUT_RAPPORTOR;
    static final String OLLE_DRIFT = StandardTokens.OLLE_DRIFT;
    /** Another performer, unrelated to the concerns others report. */
    static final String ULF_UTFORARE = StandardTokens.ULF_UTFORARE;
    /** A reception-unit role holder of another unit than the configured reception unit (MOTT-1). */
    static final String MONA_MOTTAGNING_ANNAN_ENHET = DevTokens.token("mona", "MOTT-2", "mottagning");
    /** A Socialjour role holder of another unit than the configured Socialjour (JOUR-1). */
    static final String JESPER_JOUR_ANNAN_ENHET = DevTokens.token("jesper", "JOUR-2", "socialjour");

    static final String PROBLEM = ProblemAssertions.PROBLEM;
    static final ObjectMapper JSON = new ObjectMapper();

    private ConcernTestSupport() {
    }

    /** A report body about one child. */
    static String oroBody(String personnummer, String uppdragId, boolean akut, String form, boolean overgrepp,
                          boolean vardnadshavareInformerade) {
        return """
                {"barn": [{"personnummer": "%s", "relation": %s}],
                 "uppdragId": %s,
                 "akut": %s, "form": "%s",
                 "omValdEllerOvergrepp": %s,
                 "vardnadshavareInformerade": %s,
                 "skalAttInteInformera": null,
                 "arbetsledareKonsulterad": true,
                 "beskrivning": "Barnet berättade i dag om blåmärken och att hen inte vill gå hem.",
                 "kontakt": {"namn": "Ulla Utförare", "telefon": "031-123456"}}"""
                .formatted(personnummer, uppdragId == null ? "null" : "\"ARENDETS_BARN\"",
                        uppdragId == null ? "null" : "\"" + uppdragId + "\"", akut, form, overgrepp, vardnadshavareInformerade);
    }

    static ValidatableResponse lamna(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/oro").then();
    }

    static ValidatableResponse post(String token, String path, String oroId, String json) {
        return RestCalls.post(token, "/api/oro/{id}/" + path, oroId, json);
    }

    /** A weekday 10:00 in Stockholm, inside office hours. */
    static ZonedDateTime tisdagFormiddag() {
        return ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, TestClock.ZONE);
    }

    /** A token for a user of one role in one unit. */
    static String token(String userId, String enhet, String roll) {
        return DevTokens.token(userId, enhet, roll);
    }

    /** A user id no other test uses, so that the user's inbox holds only this test's concerns. */
    static String unikAnvandare(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A valid personnummer (Luhn) of a child born 2010–2020 that no other test uses (in all likelihood), so that the
     * child's responsible secretary and concerns belong to one test only.
     */
    static String nyttBarn() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate fodd = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(4000));
        return TestPersonnummer.av(fodd, "%03d".formatted(r.nextInt(1000)));
    }

    static String pseudonym(String personnummer) {
        return Arc.container().instance(Pseudonymizer.class).get().pseudonym(Personnummer.parse(personnummer, LocalDate.of(2026, 11, 23)));
    }

    /** An assignment as the assignment-service published it, with the CloudEvent id it was published under. */
    record Uppdrag(String uppdragId, String pseudonym, String eventId, UppdragSkickat skickat) {
    }

    /**
     * Puts the assignment-service's UppdragSkickat for the child, with the given responsible secretary in MYND-1, on
     * the broker and waits until the service learned it.
     */
    static Uppdrag uppdragSkickat(String personnummer, String socialsekreterare) {
        String uppdragId = UUID.randomUUID().toString();
        Personnummer pnr = Personnummer.parse(personnummer, LocalDate.of(2026, 11, 23));
        String pseudonym = pseudonym(personnummer);
        UppdragSkickat skickat = new UppdragSkickat(uppdragId, "BEVILJAD_INSATS", new Barn(pseudonym, pnr.sex().name(), pnr.birthYear()),
                "UTF-1", "MYND-1", socialsekreterare, Instant.now(), "FAMILJEBEHANDLING", LocalDate.of(2026, 11, 2),
                List.of(new Mal(UUID.randomUUID().toString(), "FAMILJ_OCH_SOCIALA_RELATIONER")), null);
        String eventId;
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            eventId = writer.publish(uppdragId, skickat, Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ansvarigKand(uppdragId, pseudonym));
        return new Uppdrag(uppdragId, pseudonym, eventId, skickat);
    }

    /** Whether the service currently routes concerns of the assignment to a responsible secretary. */
    static boolean ansvarigKand(String uppdragId, String pseudonym) {
        Ansvariga ansvariga = Arc.container().instance(Ansvariga.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ansvariga.forBarnet(uppdragId, pseudonym).isPresent());
    }

    /** A valid report about one child as a mutable map, to be changed by a test and sent with {@link #json}. */
    static Map<String, Object> oroAnrop(String personnummer, boolean akut, String form) {
        Map<String, Object> barn = new LinkedHashMap<>();
        barn.put("personnummer", personnummer);
        barn.put("barnetInformerat", true);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("barn", new java.util.ArrayList<>(List.of(barn)));
        a.put("akut", akut);
        a.put("form", form);
        a.put("omValdEllerOvergrepp", false);
        a.put("vardnadshavareInformerade", true);
        a.put("arbetsledareKonsulterad", false);
        a.put("beskrivning", "Barnet kommer ofta hungrigt till skolan och säger att det inte finns mat hemma.");
        return a;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits a report about one child and returns the concern's id. */
    static String lamnaOro(String token, String personnummer, boolean akut, String form) {
        return lamna(token, json(oroAnrop(personnummer, akut, form))).statusCode(201).extract().path("oro[0].oroId");
    }

    static ValidatableResponse hamta(String token, String oroId) {
        return given().auth().oauth2(token).when().get("/api/oro/{id}", oroId).then();
    }

    static ValidatableResponse inkorg(String token, String ko) {
        var request = given().auth().oauth2(token);
        if (ko != null) {
            request = request.queryParam("ko", ko);
        }
        return request.queryParam("size", 200).when().get("/api/oro/inkorg").then();
    }

    /** The ids of every concern in the caller's inbox ({@code ko} null: the default queue), over all its pages. */
    static List<String> allaIInkorg(String token, String ko) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var request = given().auth().oauth2(token).queryParam("size", 200).queryParam("page", page);
            if (ko != null) {
                request = request.queryParam("ko", ko);
            }
            var svar = request.when().get("/api/oro/inkorg").then().statusCode(200).extract().jsonPath();
            List<String> sida = svar.getList("items.oroId");
            ids.addAll(sida);
            if (sida.isEmpty() || ids.size() >= svar.getLong("total")) {
                return ids;
            }
        }
    }

    /** Waits until the concern shows in the caller's (default) inbox. */
    static void awaitIInkorg(String token, String oroId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(allaIInkorg(token, null)).contains(oroId));
    }

    static String vidarebefordranBody(String typ, String socialsekreterare, String enhet) {
        Map<String, Object> till = new LinkedHashMap<>();
        till.put("typ", typ);
        till.put("socialsekreterare", socialsekreterare);
        till.put("enhet", enhet);
        return json(Map.of("till", till, "skal", "Barnet har en pågående utredning hos en annan socialsekreterare."));
    }

    static final String ATERKOPPLING = """
            {"besked": "UTREDNING_INLEDD"}""";
    static final String INGEN_ATERKOPPLING = """
            {"sarskildaSkal": "Uppgiftslämnaren är närstående till den misstänkte; beskedet kan skada barnet."}""";
    static final String FORHANDSBEDOMNING = """
            {"beslut": "INLED_UTREDNING", "skal": "Uppgifterna behöver utredas.", "barnetKomTillTals": true}""";
    static final String BEKRAFTELSE = """
            {"text": "Skriftlig bekräftelse av den muntliga oron."}""";

    static String skyddsbedomningBody(Instant bedomd) {
        return """
                {"omedelbartSkyddsbehov": false,
                 "underlag": "Samtal med barnet och förskolan; inga tecken på akut fara i hemmet i kväll.",
                 "bedomd": "%s", "bedomdAvNamn": "Anna Andersson", "bedomdAvTitel": "Socialsekreterare"}""".formatted(bedomd);
    }
}
