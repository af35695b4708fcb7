package se.barnunga.followup.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.uppdrag.AnsvarigUtforareUtsedd;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.Mal;
import se.barnunga.contracts.uppdrag.PlaneringsmoteGenomfort;
import se.barnunga.contracts.uppdrag.RiskbedomningGjord;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.ProblemAssertions;
import se.barnunga.testing.StandardTokens;

/** Tokens, the assignment-service's input events and requests shared by the followup-service's REST tests. */
final class FollowupTestSupport {

    static final String ANNA = StandardTokens.ANNA;
    static final String BERIT_SAMMA_ENHET = StandardTokens.BERIT_SAMMA_ENHET;
    static final String SARA_ANNAN_ENHET = StandardTokens.SARA_ANNAN_ENHET;
    static final String ULLA_UTFORARE = StandardTokens.ULLA_UTFORARE;
    static final String ULF_UTFORARE = StandardTokens.ULF_UTFORARE;
    static final String MATS_METODHANDLEDARE = StandardTokens.MATS_METODHANDLEDARE;
    static final String CHEF_MYND = StandardTokens.CHEF_MYND;
    static final String CHEF_UTF = StandardTokens.CHEF_UTF;
    static final String CHEF_ANNAN = DevTokens.token("clara", "MYND-9", "enhetschef");
    static final String RUT_RAPPORTOR = StandardTokens.RUT_RAPPORTOR;
    static final String MIA_MOTTAGNING = StandardTokens.MIA_MOTTAGNING;
    static final String OLLE_DRIFT = StandardTokens.OLLE_DRIFT;

    static final String PROBLEM = ProblemAssertions.PROBLEM;
    static final ObjectMapper JSON = new ObjectMapper();

    private FollowupTestSupport() {
    }

    /** An intervention as the assignment-service published it. */
    record Insats(String uppdragId, String pseudonym, List<String> malIds, LocalDate start, String insatstyp) {
    }

    static String pseudonym() {
        String hex = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return hex.substring(0, 64);
    }

    /** Who an intervention belongs to: the owning unit and its social secretary, the performing unit and performer. */
    record Parter(String socialsekreterare, String myndighetsenhet, String utforarenhet, String ansvarigUtforare) {

        /** Anna in MYND-1, Ulla in UTF-1: the standard case. */
        static Parter standard() {
            return new Parter("anna", "MYND-1", "UTF-1", "ulla");
        }

        /** A social secretary of her own (a unique id) in MYND-1, with Ulla of UTF-1: lists filtered by her are this test's own. */
        static Parter egenSocialsekreterare() {
            return new Parter(unik("ss-"), "MYND-1", "UTF-1", "ulla");
        }

        /** Units and people of their own (unique codes): lists per unit are this test's own. */
        static Parter egnaEnheter() {
            return new Parter(unik("ss-"), unik("MYND-"), unik("UTF-"), unik("utf-"));
        }

        Parter med(String myndighet, String utforare) {
            return new Parter(socialsekreterare, myndighet, utforare, ansvarigUtforare);
        }

        String ssToken() {
            return DevTokens.token(socialsekreterare, myndighetsenhet, "socialsekreterare");
        }

        String utforareToken() {
            return DevTokens.token(ansvarigUtforare, utforarenhet, "utforare");
        }

        String myndighetschefToken() {
            return DevTokens.token(unik("chef-"), myndighetsenhet, "enhetschef");
        }

        String utforarchefToken() {
            return DevTokens.token(unik("chef-"), utforarenhet, "enhetschef");
        }
    }

    /** A unique id or code: the prefix and eight random upper-case letters (valid as a unit code and an insatstyp). */
    static String unik(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** A unique intervention type code ([A-Z_]), so statistics and lists filtered by it are the test's own. */
    static String unikInsatstyp(String prefix) {
        return unik(prefix.toUpperCase() + "_");
    }

    static Barn barn(String pseudonym, String kon) {
        return new Barn(pseudonym, kon, 2014);
    }

    /**
     * Publishes the assignment-service's events of a started intervention in MYND-1/UTF-1 with anna as social
     * secretary and ulla as responsible performer: UppdragSkickat with two goals, AnsvarigUtförareUtsedd,
     * PlaneringsmöteGenomfört (with the first follow-up meeting, if given) and InsatsVerkställd – and waits until
     * the record knows its start.
     */
    static Insats verkstalldInsats(String kon, String insatstyp, LocalDate start, LocalDate forstaMote) {
        return verkstalldInsats(Parter.standard(), kon, insatstyp, start, forstaMote);
    }

    /**
     * As {@link #verkstalldInsats(String, String, LocalDate, LocalDate)} for the given people and units. Without a
     * first follow-up meeting no PlaneringsmöteGenomfört is published (the contract's planning meeting always books
     * one): the intervention then starts without a booked meeting.
     */
    static Insats verkstalldInsats(Parter p, String kon, String insatstyp, LocalDate start, LocalDate forstaMote) {
        String uppdragId = UUID.randomUUID().toString();
        String pseudonym = pseudonym();
        List<String> malIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Barn barn = barn(pseudonym, kon);
        Instant t = Instant.now().minusSeconds(3600);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(uppdragId, new UppdragSkickat(uppdragId, "BEVILJAD_INSATS", barn, p.utforarenhet(), p.myndighetsenhet(),
                    p.socialsekreterare(), t, insatstyp, start.minusDays(10), List.of(new Mal(malIds.get(0), "FAMILJ_OCH_SOCIALA_RELATIONER"),
                    new Mal(malIds.get(1), "SKOLA")), null), t);
            writer.publish(uppdragId, new AnsvarigUtforareUtsedd(uppdragId, p.utforarenhet(), p.ansvarigUtforare(), "mats",
                    t.plusSeconds(60)), t.plusSeconds(60));
            if (forstaMote != null) {
                writer.publish(uppdragId, new PlaneringsmoteGenomfort(uppdragId, start.minusDays(3), start, forstaMote, true,
                        p.ansvarigUtforare(), p.socialsekreterare(), t.plusSeconds(120)), t.plusSeconds(120));
            }
            writer.publish(uppdragId, new InsatsVerkstalld(uppdragId, "BEVILJAD_INSATS", barn, insatstyp, start.minusDays(10), start,
                    p.utforarenhet(), p.myndighetsenhet(), p.socialsekreterare(), p.ansvarigUtforare(), t.plusSeconds(180)),
                    t.plusSeconds(180));
        }
        String token = p.ssToken();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = given().auth().oauth2(token).when().get("/api/uppfoljning/{id}", uppdragId).then().extract();
            return r.statusCode() == 200 && start.toString().equals(r.path("insats.verkstallighetsdatum"))
                    && r.path("insats.ansvarigUtforare") != null && r.path("mal.size()").equals(2)
                    && (forstaMote == null || r.path("bokatMoteId") != null);
        });
        return new Insats(uppdragId, pseudonym, malIds, start, insatstyp);
    }

    /**
     * Publishes only UppdragSkickat (two goals) and AnsvarigUtförareUtsedd: an assignment that has not started (an
     * assessment assignment, or an intervention whose InsatsVerkställd has not arrived); waits until the record knows
     * the goals and the performer.
     */
    static Insats skickatUppdrag(Parter p, String uppdragstyp, String insatstyp, LocalDate beslut) {
        String uppdragId = UUID.randomUUID().toString();
        String pseudonym = pseudonym();
        List<String> malIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Instant t = Instant.now().minusSeconds(3600);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(uppdragId, new UppdragSkickat(uppdragId, uppdragstyp, barn(pseudonym, "MAN"), p.utforarenhet(),
                    p.myndighetsenhet(), p.socialsekreterare(), t, insatstyp, beslut, List.of(new Mal(malIds.get(0), "HALSA"),
                    new Mal(malIds.get(1), "SKOLA")), "UTREDNINGSUPPDRAG".equals(uppdragstyp) ? beslut.plusMonths(4) : null), t);
            writer.publish(uppdragId, new AnsvarigUtforareUtsedd(uppdragId, p.utforarenhet(), p.ansvarigUtforare(), "mats",
                    t.plusSeconds(60)), t.plusSeconds(60));
        }
        String token = p.ssToken();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = given().auth().oauth2(token).when().get("/api/uppfoljning/{id}", uppdragId).then().extract();
            return r.statusCode() == 200 && r.path("insats.ansvarigUtforare") != null && r.path("mal.size()").equals(2);
        });
        return new Insats(uppdragId, pseudonym, malIds, null, insatstyp);
    }

    /**
     * Publishes the assignment's risk assessment ({@code RiskbedömningGjord}, the social secretary's, made in the
     * assignment-service) and waits until the record has it.
     */
    static void riskbedomd(Insats insats, String riskniva, LocalDate datum) {
        Instant t = Instant.now();
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(insats.uppdragId(), new RiskbedomningGjord(insats.uppdragId(), barn(insats.pseudonym(), "KVINNA"), riskniva,
                    false, datum, "MYND-1", "anna", t), t);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> riskniva.equals(given().auth().oauth2(ANNA).when()
                .get("/api/uppfoljning/{id}", insats.uppdragId()).then().extract().path("riskbedomning.riskniva")));
    }

    /** Publishes InsatsAvslutad for the intervention (closed the given day). */
    static void avsluta(String uppdragId, LocalDate datum) {
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(uppdragId, new InsatsAvslutad(uppdragId, datum, "MALEN_UPPFYLLDA", "MINSKAD", false, "anna", Instant.now()),
                    Instant.now());
        }
    }

    /** The record's history length, as the social secretary reads it. */
    static int historik(String token, String uppdragId) {
        return given().auth().oauth2(token).when().get("/api/uppfoljning/{id}", uppdragId).then().statusCode(200)
                .extract().path("historik.size()");
    }

    /** The assignment ids of a list's first page (size 200). */
    static List<String> lista(String token, String pathOchFragor) {
        String sep = pathOchFragor.contains("?") ? "&" : "?";
        return given().auth().oauth2(token).when().get("/api/uppfoljning/" + pathOchFragor + sep + "size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.uppdragId", String.class);
    }

    static ValidatableResponse post(String token, String uppdragId, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json(body))
                .when().post("/api/uppfoljning/{id}/" + path, uppdragId).then();
    }

    static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get("/api/uppfoljning/" + path).then();
    }

    static Map<String, Object> bokning(LocalDate datum) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("datum", datum.toString());
        b.put("klockslag", "10:00");
        b.put("plats", "Familjens hem, Storgatan 1");
        b.put("inbjudna", List.of("BARNET", "VARDNADSHAVARE", "ANSVARIG_UTFORARE", "SOCIALSEKRETERARE"));
        return b;
    }

    static Map<String, Object> boka(LocalDate datum) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("bokning", bokning(datum));
        return a;
    }

    static Map<String, Object> sammanfattning(Insats insats) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("tillfallenGenomforda", 5);
        a.put("tillfallenPlanerade", 6);
        a.put("avvikelseFranPlanen", "Ett tillfälle ställdes in när barnet var sjukt.");
        a.put("barnetsDelaktighet", "AKTIV");
        a.put("vardnadshavarnasDelaktighet", "DELVIS");
        List<Map<String, Object>> arbete = new ArrayList<>();
        for (String malId : insats.malIds()) {
            arbete.add(new LinkedHashMap<>(Map.of("malId", malId, "beskrivning", "Mamman sätter gränser med stöd av behandlaren.")));
        }
        a.put("malarbete", arbete);
        return a;
    }

    static List<Map<String, Object>> bedomningar(Insats insats, String... skalor) {
        List<Map<String, Object>> b = new ArrayList<>();
        for (int i = 0; i < insats.malIds().size(); i++) {
            b.add(new LinkedHashMap<>(Map.of("malId", insats.malIds().get(i), "skala", skalor[i],
                    "forandring", "Barnet går till skolan varje dag sedan oktober.")));
        }
        return b;
    }

    static Map<String, Object> uppfoljning(Insats insats, LocalDate datum, boolean barnetDeltog, String utfall, LocalDate nasta,
                                           String... skalor) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("datum", datum.toString());
        a.put("deltagare", barnetDeltog ? List.of("BARNET", "VARDNADSHAVARE", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE")
                : List.of("VARDNADSHAVARE", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"));
        if (!barnetDeltog) {
            a.put("skalBarnetDeltogEj", "Barnet var sjukt med feber.");
        }
        a.put("barnetsUppfattning", "Hen tycker att samtalen hjälper och vill fortsätta.");
        a.put("familjensUppfattning", "Mamman berättar att kvällarna blivit lugnare.");
        a.put("bedomningar", bedomningar(insats, skalor));
        a.put("anpassningar", "Träffarna flyttades till eftermiddagar efter skolan.");
        a.put("utfall", utfall);
        if (nasta != null) {
            a.put("nastaMote", bokning(nasta));
        }
        return a;
    }

    static Map<String, Object> avslutning(Insats insats, LocalDate datum, String... skalor) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("datum", datum.toString());
        a.put("deltagare", List.of("BARNET", "VARDNADSHAVARE", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"));
        a.put("barnetsUpplevelse", "Hen säger att det blivit lugnare hemma.");
        a.put("ovrigasUpplevelse", "Mamman upplever att hon fått verktyg.");
        a.put("bedomningar", bedomningar(insats, skalor));
        a.put("slutsammanfattningPresenterad", true);
        return a;
    }

    static String json(Object value) {
        try {
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
