package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;

import io.restassured.http.ContentType;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.RestCalls;
import se.barnunga.testing.StandardTokens;

/** Tokens and requests shared by the assignment-service's REST tests: one helper per step of the routine. */
final class AssignmentTestSupport {

    static final String PERSONNUMMER = "20150412-2381";
    static final String VARDNADSHAVARE_PNR = "19800101-0001";
    static final String ANNA = StandardTokens.ANNA;
    static final String BERIT_SAME_UNIT = StandardTokens.BERIT_SAMMA_ENHET;
    static final String EVA_OTHER_UNIT = DevTokens.token("eva", "MYND-2", "socialsekreterare");
    static final String MATS_METODHANDLEDARE = StandardTokens.MATS_METODHANDLEDARE;
    static final String MAJA_METODHANDLEDARE_UTF2 = DevTokens.token("maja", "UTF-2", "metodhandledare");
    static final String ULLA_UTFORARE = StandardTokens.ULLA_UTFORARE;
    static final String URBAN_UTFORARE_UTF2 = DevTokens.token("urban", "UTF-2", "utforare");
    static final String OLLE_DRIFT = StandardTokens.OLLE_DRIFT;
    static final String RUT_RAPPORTOR = StandardTokens.RUT_RAPPORTOR;

    private AssignmentTestSupport() {
    }

    static LocalDate idag() {
        return LocalDate.now(se.barnunga.platform.time.ClockProducer.ZONE);
    }

    /** Body of an enquiry of the given kind (investigation kinds get an investigation around today). */
    static String forfraganBody(String typ, String personnummer) {
        String utredning = typ.equals("BEVILJAD_INSATS") ? "null" : """
                {"referens": "UTR-2026-17", "start": "%s", "planeratSlut": "%s"}""".formatted(idag().minusDays(20), idag().plusDays(100));
        String insatstyp = typ.equals("UTREDNINGSUPPDRAG") ? "null" : "\"FAMILJEBEHANDLING\"";
        return """
                {"typ": "%s",
                 "barn": {"personnummer": "%s", "fornamn": "Alva", "efternamn": "Ekström"},
                 "utredning": %s,
                 "insatstyp": %s,
                 "onskemal": {"metod": "MI", "tidsomfattning": "12 veckor", "intensitet": "1 gång/vecka"},
                 "behovsomraden": ["FAMILJ_OCH_SOCIALA_RELATIONER"],
                 "behov": "Stöd i konflikthantering i familjen",
                 "utforarenhet": "UTF-1"}""".formatted(typ, personnummer, utredning, insatstyp);
    }

    /** The body of an enquiry about a granted intervention. */
    static String body(String personnummer) {
        return forfraganBody("BEVILJAD_INSATS", personnummer);
    }

    static String registrera(String token) {
        return forfragan(token, "BEVILJAD_INSATS");
    }

    static String forfragan(String token, String typ) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(forfraganBody(typ, PERSONNUMMER))
                .when().post("/api/uppdrag")
                .then().statusCode(201)
                .extract().path("uppdragId");
    }

    static void post(String token, String path, String id, String json) {
        anrop(token, path, id, json).statusCode(200);
    }

    static void klartecken(String id) {
        post(MATS_METODHANDLEDARE, "klartecken", id, null);
    }

    static void samtycke(String id) {
        post(ANNA, "samtycke", id, """
                {"part": "VARDNADSHAVARE", "vardnadshavare": {"personnummer": "%s", "namn": "Karin Ekström"},
                 "samtycker": true, "datum": "%s"}""".formatted(VARDNADSHAVARE_PNR, idag()));
    }

    static String beslutBody(String typ) {
        String period = typ.equals("INSATS_UNDER_UTREDNING")
                ? "{\"from\": \"%s\", \"tom\": \"%s\"}".formatted(idag(), idag().plusDays(90)) : "null";
        return """
                {"beslutsdatum": "%s", "lagrum": "SOL_2025_11_1", "period": %s,
                 "mal": [{"beskrivning": "Färre konflikter hemma", "bbicOmrade": "FAMILJ_OCH_SOCIALA_RELATIONER"},
                         {"beskrivning": "Går till skolan varje dag", "bbicOmrade": "UTBILDNING"}],
                 %s}""".formatted(idag(), period, BESLUTSDOKUMENTATION);
    }

    /** The decision documentation (SOSFS 2014:5) of a decision under SoL, as the members of a decision body. */
    static final String BESLUTSDOKUMENTATION = """
            "skal": "Utredningen visar behov av stöd i föräldraskapet",
                 "beslutsfattare": {"namn": "Anna Andersson", "titel": "Socialsekreterare", "delegationsniva": "SOCIALSEKRETERARE"},
                 "ansokanAvser": "Familjebehandling",
                 "beslutsunderlag": "Utredning UTR-2026-17",
                 "behovsbedomningKommunicerad": true,
                 "syfte": "En trygg vardag för Alva",
                 "malOverenskomnaMedFamiljen": true""";

    /** The decision-maker of a revocation. */
    static final String BESLUTSFATTARE = """
            {"namn": "Anna Andersson", "titel": "Socialsekreterare", "delegationsniva": "SOCIALSEKRETERARE"}""";

    /** Go-ahead, consent and decision (or the decision on an investigation assignment). */
    static void beslutat(String id, String typ) {
        klartecken(id);
        if (typ.equals("UTREDNINGSUPPDRAG")) {
            post(ANNA, "utredningsuppdrag-beslut", id, """
                    {"beslutsdatum": "%s", "fragor": ["Hur fungerar samspelet under måltider?"], "kommuniceratMedFamiljen": true}"""
                    .formatted(idag()));
            return;
        }
        samtycke(id);
        post(ANNA, "beslut", id, beslutBody(typ));
    }

    static void beslutat(String id) {
        beslutat(id, "BEVILJAD_INSATS");
    }

    static String skickaBody(String typ, String skydd) {
        boolean utredning = !typ.equals("BEVILJAD_INSATS");
        return """
                {"innehall": {
                  "barnetsKontaktuppgifter": {"adress": "Storgatan 1, 411 01 Göteborg", "telefon": "070-1234567"},
                  "vardnadshavare": [{"personnummer": "%s", "namn": "Karin Ekström",
                                      "kontakt": {"adress": "Storgatan 1, 411 01 Göteborg", "telefon": "070-7654321"}}],
                  "skyddadePersonuppgifter": "%s",
                  "tolkbehov": {"tolk": true, "sprak": "arabiska"},
                  "uppdragetOmfattar": "Familjebehandling 1 gång/vecka",
                  "bedomningAvBehovOchFormaga": "Föräldrarna är motiverade",
                  "uppfoljningsform": "Uppföljningsmöte var 6–8 vecka",
                  "aterrapporteringVidAvslut": "Avslutande sammanfattning per mål",
                  "andraHuvudmansInsatser": "BUP",
                  "sipBehov": false,
                  "socialsekreterarensKontakt": {"telefon": "031-123456", "epost": "anna@example.se"},
                  "familjenInformerad": %s,
                  "utredningsplanBifogad": %s}}""".formatted(VARDNADSHAVARE_PNR, skydd, utredning, typ.equals("UTREDNINGSUPPDRAG"));
    }

    static void skicka(String token, String id) {
        post(token, "skicka", id, skickaBody("BEVILJAD_INSATS", "INGEN"));
    }

    static void skicka(String id, String typ, String skydd) {
        post(ANNA, "skicka", id, skickaBody(typ, skydd));
    }

    static void bekraftaMottagande(String token, String id) {
        post(token, "mottagande", id, null);
    }

    static void utse(String id) {
        post(MATS_METODHANDLEDARE, "ansvarig-utforare", id, "{\"ansvarigUtforare\": \"ulla\"}");
    }

    static void formote(String id) {
        post(ULLA_UTFORARE, "formote", id, """
                {"datum": "%s", "deltagare": ["SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"], "planeringsmoteDatum": "%s",
                 "planeringsmotePlats": "Utförarenheten", "tolkOchStod": "Tolk bokad",
                 "barnetsDelaktighet": "Barnet deltar i början av mötet", "ledning": "GEMENSAM",
                 "familjenKallad": true}""".formatted(idag(), idag()));
    }

    /**
     * The agreements of Checklista Planeringsmöte (Bilaga 1), with the first goal of the decision as the prioritised one;
     * the assignment of {@link #skickaBody} names an interpreter, so it was there.
     */
    static String overenskommelser(String id) {
        return """
                {"syfteForklarat": true, "familjenDelarMalen": true, "prioriteradeMal": ["%s"],
                 "beraknatAvslut": "%s", "familjenInformeradOmAvslut": true,
                 "omInsatsenInteFungerar": "Vi kallar till ett extra möte", "kontaktHur": "Telefon och hembesök",
                 "kontaktHurOfta": "En gång i månaden", "utforarenhetenPresenterad": true,
                 "informationsskyldighetInformerad": true, "planprocessenBeskriven": true,
                 "familjensMalResurserOchStyrkor": "Familjen vill ha lugnare kvällar", "tolkOchStodTillgodosett": true}"""
                .formatted(malIds(id).get(0), idag().plusDays(80));
    }

    static void planeringsmote(String id) {
        post(ANNA, "planeringsmote", id, """
                {"datum": "%s", "deltagare": ["BARNET", "VARDNADSHAVARE", "SOCIALSEKRETERARE", "ANSVARIG_UTFORARE"],
                 "barnetDeltog": true, "sekretessInformerad": true, "malGenomgangna": true,
                 "planeratStartdatum": "%s", "forstaUppfoljningsmote": "%s", "overenskommelser": %s}"""
                .formatted(idag(), idag(), idag().plusDays(49), overenskommelser(id)));
    }

    static void verkstallighet(String id) {
        post(ANNA, "verkstallighet", id, "{\"verkstallighetsdatum\": \"%s\"}".formatted(idag()));
    }

    static List<String> malIds(String id) {
        return given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}", id).then().statusCode(200)
                .extract().path("beslut.mal.malId");
    }

    static String planBody(List<String> malIds) {
        StringBuilder aktiviteter = new StringBuilder();
        for (String malId : malIds) {
            if (aktiviteter.length() > 0) {
                aktiviteter.append(',');
            }
            aktiviteter.append("""
                    {"malId": "%s", "beskrivning": "Samtal", "ansvarig": "ulla", "nar": "tisdagar", "hur": "hembesök"}""".formatted(malId));
        }
        return """
                {"datum": "%s", "deltagare": ["BARNET", "VARDNADSHAVARE", "ANSVARIG_UTFORARE"],
                 "barnetsDelaktighet": "Barnet berättade själv vad hon vill uppnå", "aktiviteter": [%s]}""".formatted(idag(), aktiviteter);
    }

    // ---- Further steps for the lifecycle and permission tests ----------------------------------------------------

    /** A POST of one step, returning the response for the caller to assert on. */
    static io.restassured.response.ValidatableResponse anrop(String token, String path, String id, String json) {
        return RestCalls.post(token, "/api/uppdrag/{id}/" + path, id, json);
    }

    static void startbekraftelse(String id) {
        post(ULLA_UTFORARE, "startbekraftelse", id, "{\"startade\": true}");
    }

    static void genomforandeplan(String id) {
        post(ULLA_UTFORARE, "genomforandeplan", id, planBody(malIds(id)));
    }

    /** An enquiry of the kind (BEVILJAD_INSATS or INSATS_UNDER_UTREDNING) taken to a started intervention, all today. */
    static String verkstallt(String typ) {
        String id = forfragan(ANNA, typ);
        beslutat(id, typ);
        skicka(id, typ, "INGEN");
        bekraftaMottagande(MATS_METODHANDLEDARE, id);
        utse(id);
        formote(id);
        planeringsmote(id);
        startbekraftelse(id);
        verkstallighet(id);
        return id;
    }
}
