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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.uppdrag.AnsvarigUtforareUtsedd;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.Mal;
import se.barnunga.contracts.uppdrag.PlaneringsmoteGenomfort;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.DevTokens;

/** Tokens, the assignment-service's input events and requests shared by the followup-service's REST tests. */
final class FollowupTestSupport {

    static final String ANNA = DevTokens.token("anna", "MYND-1", "socialsekreterare");
    static final String BERIT_SAMMA_ENHET = DevTokens.token("berit", "MYND-1", "socialsekreterare");
    static final String SARA_ANNAN_ENHET = DevTokens.token("sara", "MYND-2", "socialsekreterare");
    static final String ULLA_UTFORARE = DevTokens.token("ulla", "UTF-1", "utforare");
    static final String ULF_UTFORARE = DevTokens.token("ulf", "UTF-1", "utforare");
    static final String MATS_METODHANDLEDARE = DevTokens.token("mats", "UTF-1", "metodhandledare");
    static final String CHEF_MYND = DevTokens.token("cecilia", "MYND-1", "enhetschef");
    static final String CHEF_UTF = DevTokens.token("carl", "UTF-1", "enhetschef");
    static final String CHEF_ANNAN = DevTokens.token("clara", "MYND-9", "enhetschef");
    static final String RUT_RAPPORTOR = DevTokens.token("rut", "STAB-1", "rapportor");
    static final String MIA_MOTTAGNING = DevTokens.token("mia", "MOTT-1", "mottagning");

    static final String PROBLEM = "application/problem+json";
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

    /**
     * Publishes the assignment-service's events of a started intervention in MYND-1/UTF-1 with anna as social
     * secretary and ulla as responsible performer: UppdragSkickat with two goals, AnsvarigUtförareUtsedd,
     * PlaneringsmöteGenomfört (with the first follow-up meeting, if given) and InsatsVerkställd – and waits until
     * the record knows its start.
     */
    static Insats verkstalldInsats(String kon, String insatstyp, LocalDate start, LocalDate forstaMote) {
        String uppdragId = UUID.randomUUID().toString();
        String pseudonym = pseudonym();
        List<String> malIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Barn barn = new Barn(pseudonym, kon, 2014);
        Instant t = Instant.now().minusSeconds(3600);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(uppdragId, new UppdragSkickat(uppdragId, "BEVILJAD_INSATS", barn, "UTF-1", "MYND-1", "anna", t, insatstyp,
                    start.minusDays(10), List.of(new Mal(malIds.get(0), "FAMILJ_OCH_SOCIALA_RELATIONER"),
                    new Mal(malIds.get(1), "SKOLA")), null), t);
            writer.publish(uppdragId, new AnsvarigUtforareUtsedd(uppdragId, "UTF-1", "ulla", "mats", t.plusSeconds(60)), t.plusSeconds(60));
            writer.publish(uppdragId, new PlaneringsmoteGenomfort(uppdragId, start.minusDays(3), start, forstaMote, true, "ulla", "anna",
                    t.plusSeconds(120)), t.plusSeconds(120));
            writer.publish(uppdragId, new InsatsVerkstalld(uppdragId, "BEVILJAD_INSATS", barn, insatstyp, start.minusDays(10), start,
                    "UTF-1", "MYND-1", "anna", "ulla", t.plusSeconds(180)), t.plusSeconds(180));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = given().auth().oauth2(ANNA).when().get("/api/uppfoljning/{id}", uppdragId).then().extract();
            return r.statusCode() == 200 && start.toString().equals(r.path("insats.verkstallighetsdatum"))
                    && r.path("insats.ansvarigUtforare") != null && r.path("mal.size()").equals(2)
                    && (forstaMote == null || r.path("bokatMoteId") != null);
        });
        return new Insats(uppdragId, pseudonym, malIds, start, insatstyp);
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
        a.put("riskbedomning", "MINSKAD");
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
