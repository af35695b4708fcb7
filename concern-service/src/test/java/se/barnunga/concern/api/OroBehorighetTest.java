package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * Who may do and see what: only the current recipient acts on a concern, only the reporter confirms it in writing,
 * Socialjouren forwards but does not close; the report's text and the reporter reach the recipients and the reporter
 * only, the child's responsible secretary sees the rest, everybody else nothing – and every read is audited.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroBehorighetTest {

    private static final String BESKRIVNING = "Barnet har berättat att mamma slår när hon dricker.";
    private static final String UNDERLAG = "Samtal med barnet och med skolsköterskan i kväll.";

    @BeforeEach
    void kontorstid() {
        TestClock.set(tisdagFormiddag());
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A child whose responsible social secretary (a user of this test only, MYND-1) is known to the service. */
    private record Barnet(String personnummer, String ss, String ssToken) {
        static Barnet medAnsvarig() {
            String pnr = nyttBarn();
            String ss = unikAnvandare("sara");
            uppdragSkickat(pnr, ss);
            return new Barnet(pnr, ss, token(ss, "MYND-1", "socialsekreterare"));
        }
    }

    private static String lamnaTill(String token, String personnummer, boolean akut, String form, String mottagartyp) {
        Map<String, Object> a = oroAnrop(personnummer, akut, form);
        a.put("beskrivning", BESKRIVNING);
        a.put("kontakt", Map.of("namn", "Kontaktperson Rapportör", "telefon", "031-654321"));
        return lamna(token, json(a)).statusCode(201)
                .body("oro[0].dirigering.mottagare.typ", is(mottagartyp))
                .extract().path("oro[0].oroId");
    }

    /** Every step of the recipient, each refused with 403 for the caller. */
    private static void allaStegNekas(String token, String oroId) {
        post(token, "mottagen", oroId, null).statusCode(403).contentType(PROBLEM).body("status", is(403));
        post(token, "vidarebefordra", oroId, vidarebefordranBody("SOCIALJOUR", null, null)).statusCode(403).contentType(PROBLEM);
        post(token, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(403).contentType(PROBLEM);
        post(token, "aterkoppling", oroId, ATERKOPPLING).statusCode(403).contentType(PROBLEM);
        post(token, "ingen-aterkoppling", oroId, INGEN_ATERKOPPLING).statusCode(403).contentType(PROBLEM);
        post(token, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(403).contentType(PROBLEM);
    }

    private static ValidatableResponse sokBarn(String token, String personnummer) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json(Map.of("personnummer", personnummer)))
                .when().post("/api/oro/barn").then();
    }

    // ---- Vem får handla ------------------------------------------------------------------------------------------------

    @Test
    void only_the_secretary_the_concern_is_at_may_act_on_it() {
        Barnet barnet = Barnet.medAnsvarig();
        String oroId = lamnaTill(ULLA_UTFORARE, barnet.personnummer(), false, "SKRIFTLIG", "SOCIALSEKRETERARE");
        hamta(barnet.ssToken(), oroId).statusCode(200).body("mottagare.socialsekreterare", is(barnet.ss()));
        // another secretary of the same unit, the reception unit and Socialjouren: not the recipient
        for (String annan : List.of(BERIT_SAME_UNIT, ANNA, MIA_MOTTAGNING, JONAS_JOUR)) {
            allaStegNekas(annan, oroId);
        }
        // roles that never act as recipient
        for (String roll : List.of(ULLA_UTFORARE, MATS_METODHANDLEDARE, CHEF_MYND)) {
            allaStegNekas(roll, oroId);
        }
        hamta(barnet.ssToken(), oroId).statusCode(200)
                .body("mottagen", nullValue())
                .body("historik.handelse", contains("OroLamnad"));

        post(barnet.ssToken(), "mottagen", oroId, null).statusCode(200);
        post(barnet.ssToken(), "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        post(barnet.ssToken(), "aterkoppling", oroId, ATERKOPPLING).statusCode(200);
        post(barnet.ssToken(), "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(200);
        post(BERIT_SAME_UNIT, "aterkoppling", oroId, ATERKOPPLING).statusCode(403).contentType(PROBLEM);
        hamta(barnet.ssToken(), oroId).statusCode(200)
                .body("mottagen.mottagetAv", is(barnet.ss()))
                .body("historik.utfordAv.findAll { it != 'ulla' }", everyItem(is(barnet.ss())));
    }

    @Test
    void at_the_reception_unit_only_the_configured_unit_may_act_and_not_a_secretary() {
        String oroId = lamnaTill(ULLA_UTFORARE, nyttBarn(), false, "SKRIFTLIG", "MOTTAGNING");
        for (String annan : List.of(MONA_MOTTAGNING_ANNAN_ENHET, ANNA, JONAS_JOUR)) {
            allaStegNekas(annan, oroId);
        }
        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(200);
        hamta(MIA_MOTTAGNING, oroId).statusCode(200).body("mottagen.mottagetAv", is("mia"));
    }

    @Test
    void only_the_reporter_confirms_an_oral_report_in_writing() {
        Barnet barnet = Barnet.medAnsvarig();
        String oroId = lamnaTill(ULLA_UTFORARE, barnet.personnummer(), false, "MUNTLIG", "SOCIALSEKRETERARE");
        for (String annan : List.of(ULF_UTFORARE, MATS_METODHANDLEDARE, barnet.ssToken(), MIA_MOTTAGNING, CHEF_UTF)) {
            post(annan, "skriftlig-bekraftelse", oroId, BEKRAFTELSE).statusCode(403).contentType(PROBLEM);
        }
        post(OLLE_DRIFT, "skriftlig-bekraftelse", oroId, BEKRAFTELSE).statusCode(403).contentType(PROBLEM);
        hamta(ULLA_UTFORARE, oroId).statusCode(200).body("skriftligBekraftelse", nullValue());
        post(ULLA_UTFORARE, "skriftlig-bekraftelse", oroId, BEKRAFTELSE).statusCode(200);
        hamta(ULLA_UTFORARE, oroId).statusCode(200).body("skriftligBekraftelse.inomFrist", is(true));
    }

    @Test
    void socialjouren_may_forward_to_the_reception_unit_but_not_close_the_preliminary_assessment() {
        TestClock.set(tisdagFormiddag().withHour(17).withMinute(30));
        String oroId = lamnaTill(MATS_METODHANDLEDARE, nyttBarn(), true, "MUNTLIG", "SOCIALJOUR");
        post(JONAS_JOUR, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(403).contentType(PROBLEM);
        post(JESPER_JOUR_ANNAN_ENHET, "mottagen", oroId, null).statusCode(403).contentType(PROBLEM);
        post(JONAS_JOUR, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(200);
        post(JONAS_JOUR, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(403).contentType(PROBLEM);
        post(JONAS_JOUR, "vidarebefordra", oroId, vidarebefordranBody("MOTTAGNING", null, null)).statusCode(200);

        hamta(JONAS_JOUR, oroId).statusCode(200)
                .body("mottagare.typ", is("MOTTAGNING"))
                .body("vidarebefordringar[0].fran.typ", is("SOCIALJOUR"))
                .body("vidarebefordringar[0].orsak", is("VIDAREBEFORDRAN"))
                .body("insyn", is("MOTTAGARE"));
        post(JONAS_JOUR, "mottagen", oroId, null).statusCode(403).contentType(PROBLEM);
        awaitIInkorg(MIA_MOTTAGNING, oroId);
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(200);
        hamta(MIA_MOTTAGNING, oroId).statusCode(200).body("forhandsbedomning.beslut", is("INLED_UTREDNING"));
    }

    // ---- Vem får se vad ------------------------------------------------------------------------------------------------

    @Test
    void the_recipients_the_reporter_and_the_childs_secretary_each_see_their_part_and_nobody_else_anything() {
        Barnet barnet = Barnet.medAnsvarig();
        // after office hours an acute concern goes to Socialjouren: the child's secretary is not a recipient
        TestClock.set(tisdagFormiddag().withHour(18));
        String oroId = lamnaTill(ULLA_UTFORARE, barnet.personnummer(), true, "MUNTLIG", "SOCIALJOUR");
        String normaliserat = barnet.personnummer().replace("-", "");

        hamta(JONAS_JOUR, oroId).statusCode(200)
                .body("insyn", is("MOTTAGARE"))
                .body("beskrivning", is(BESKRIVNING))
                .body("uppgiftslamnare.userId", is("ulla"))
                .body("uppgiftslamnare.namn", is("Kontaktperson Rapportör"))
                .body("uppgiftslamnare.telefon", is("031-654321"))
                .body("barn.personnummer", is(normaliserat));
        hamta(ULLA_UTFORARE, oroId).statusCode(200)
                .body("insyn", is("UPPGIFTSLAMNARE"))
                .body("beskrivning", is(BESKRIVNING))
                .body("uppgiftslamnare.userId", is("ulla"));
        hamta(barnet.ssToken(), oroId).statusCode(200)
                .body("insyn", is("BARNET"))
                .body("beskrivning", nullValue())
                .body("uppgiftslamnare", nullValue())
                .body("informering.skalAttInteInformera", nullValue())
                .body("historik[0].utfordAv", nullValue())
                .body("barn.personnummer", is(normaliserat));
        for (String obehorig : List.of(BERIT_SAME_UNIT, MATS_METODHANDLEDARE, ULF_UTFORARE, CHEF_MYND, CHEF_UTF)) {
            hamta(obehorig, oroId).statusCode(403).contentType(PROBLEM);
        }

        post(JONAS_JOUR, "skyddsbedomning", oroId, """
                {"omedelbartSkyddsbehov": false, "underlag": "%s", "bedomd": "%s",
                 "bedomdAvNamn": "Jonas Jour", "bedomdAvTitel": "Socialsekreterare, Socialjouren"}"""
                .formatted(UNDERLAG, TestClock.now())).statusCode(200);
        post(JONAS_JOUR, "vidarebefordra", oroId, vidarebefordranBody("MOTTAGNING", null, null)).statusCode(200);
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, """
                {"beslut": "INLED_UTREDNING", "skal": "Våld i hemmet ska alltid utredas.", "barnetKomTillTals": false,
                 "skalBarnetInteHort": "Barnet ska höras i utredningen, inte av förhandsbedömaren."}""").statusCode(200);

        hamta(ULLA_UTFORARE, oroId).statusCode(200)
                .body("insyn", is("UPPGIFTSLAMNARE"))
                .body("beskrivning", is(BESKRIVNING))
                .body("skyddsbedomning.omedelbartSkyddsbehov", is(false))
                .body("skyddsbedomning.underlag", nullValue())
                .body("skyddsbedomning.bedomdAvNamn", nullValue())
                .body("forhandsbedomning.beslut", is("INLED_UTREDNING"))
                .body("forhandsbedomning.skal", nullValue())
                .body("vidarebefordringar[0].skal", nullValue())
                .body("mottagen.mottagetAv", nullValue())
                .body("historik.findAll { it.handelse in ['OroMottagen', 'SkyddsbedomningGjord', 'OroVidarebefordrad', "
                        + "'ForhandsbedomningAvslutad'] }.size()", is(5))
                .body("historik.findAll { it.handelse in ['OroMottagen', 'SkyddsbedomningGjord', 'OroVidarebefordrad', "
                        + "'ForhandsbedomningAvslutad'] }.utfordAv", everyItem(nullValue()));
        hamta(barnet.ssToken(), oroId).statusCode(200)
                .body("insyn", is("BARNET"))
                .body("beskrivning", nullValue())
                .body("uppgiftslamnare", nullValue())
                .body("skyddsbedomning.underlag", is(UNDERLAG))
                .body("forhandsbedomning.skal", is("Våld i hemmet ska alltid utredas."));
        hamta(MIA_MOTTAGNING, oroId).statusCode(200)
                .body("insyn", is("MOTTAGARE"))
                .body("beskrivning", is(BESKRIVNING))
                .body("skyddsbedomning.underlag", is(UNDERLAG));
        // Socialjouren stays an (earlier) recipient
        hamta(JONAS_JOUR, oroId).statusCode(200).body("insyn", is("MOTTAGARE")).body("beskrivning", is(BESKRIVNING));
        for (String obehorig : List.of(BERIT_SAME_UNIT, MATS_METODHANDLEDARE, ULF_UTFORARE)) {
            hamta(obehorig, oroId).statusCode(403).contentType(PROBLEM);
        }
    }

    /**
     * Found as a BUG: insyn BARNET was given to every holder of the mottagning or socialjour role, whatever their unit
     * (Oroakt.insyn checked only the role), while acting is limited to the configured units (Mottagare.ar checks
     * the unit). A mottagning or socialjour token of another unit therefore read any child's concerns – identity,
     * routing, protection assessment – by id and by personnummer. Expected 403 and no concerns, as for any other
     * unrelated caller.
     */
    @Test
    void the_reception_and_socialjour_roles_of_other_units_see_nothing() {
        Barnet barnet = Barnet.medAnsvarig();
        String oroId = lamnaTill(ULLA_UTFORARE, barnet.personnummer(), false, "SKRIFTLIG", "SOCIALSEKRETERARE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                sokBarn(barnet.ssToken(), barnet.personnummer()).statusCode(200).body("items.oroId", hasItem(oroId)));
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (String[] annan : List.of(new String[] {"mottagning MOTT-2", MONA_MOTTAGNING_ANNAN_ENHET},
                new String[] {"socialjour JOUR-2", JESPER_JOUR_ANNAN_ENHET})) {
            var las = hamta(annan[1], oroId).extract();
            soft.assertThat(las.statusCode()).as("GET /api/oro/{id} as " + annan[0] + " (insyn " + las.path("insyn") + ")")
                    .isEqualTo(403);
            soft.assertThat(sokBarn(annan[1], barnet.personnummer()).statusCode(200).extract().jsonPath().getList("items.oroId"))
                    .as("POST /api/oro/barn as " + annan[0]).doesNotContain(oroId);
        }
        soft.assertAll();
    }

    // ---- Oro per barn --------------------------------------------------------------------------------------------------

    @Test
    void the_concerns_of_a_child_are_those_the_caller_may_see_and_never_another_childs() {
        Barnet x = Barnet.medAnsvarig();
        String y = nyttBarn();
        String ullasOmX = lamnaTill(ULLA_UTFORARE, x.personnummer(), false, "SKRIFTLIG", "SOCIALSEKRETERARE");
        String ulfsOmX = lamnaTill(ULF_UTFORARE, x.personnummer(), false, "SKRIFTLIG", "SOCIALSEKRETERARE");
        String ullasOmY = lamnaTill(ULLA_UTFORARE, y, false, "SKRIFTLIG", "MOTTAGNING");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            sokBarn(x.ssToken(), x.personnummer()).statusCode(200).body("items.oroId", containsInAnyOrder(ullasOmX, ulfsOmX));
            sokBarn(ULLA_UTFORARE, y).statusCode(200).body("items.oroId", contains(ullasOmY));
        });
        sokBarn(x.ssToken(), x.personnummer()).statusCode(200)
                .body("total", is(2))
                .body("items.insyn", everyItem(is("MOTTAGARE")));
        // the same child however the personnummer is written
        sokBarn(x.ssToken(), x.personnummer().replace("-", "")).statusCode(200)
                .body("items.oroId", containsInAnyOrder(ullasOmX, ulfsOmX));
        sokBarn(x.ssToken(), x.personnummer().substring(2)).statusCode(200)
                .body("items.oroId", containsInAnyOrder(ullasOmX, ulfsOmX));
        sokBarn(ULF_UTFORARE, x.personnummer()).statusCode(200)
                .body("items.oroId", contains(ulfsOmX))
                .body("items[0].insyn", is("UPPGIFTSLAMNARE"));
        sokBarn(ULLA_UTFORARE, x.personnummer()).statusCode(200).body("items.oroId", contains(ullasOmX));
        sokBarn(BERIT_SAME_UNIT, x.personnummer()).statusCode(200).body("total", is(0)).body("items.size()", is(0));
        sokBarn(CHEF_MYND, x.personnummer()).statusCode(200).body("total", is(0));
        sokBarn(x.ssToken(), y).statusCode(200).body("items.oroId", not(hasItem(ullasOmY))).body("total", is(0));
        sokBarn(MIA_MOTTAGNING, y).statusCode(200).body("items.oroId", contains(ullasOmY)).body("items[0].insyn", is("MOTTAGARE"));
        sokBarn(MIA_MOTTAGNING, x.personnummer()).statusCode(200)
                .body("items.oroId", containsInAnyOrder(ullasOmX, ulfsOmX))
                .body("items.insyn", everyItem(is("BARNET")));
        sokBarn(RUT_RAPPORTOR, x.personnummer()).statusCode(403).contentType(PROBLEM);
        sokBarn(x.ssToken(), "20150412-2382").statusCode(400).contentType(PROBLEM);
    }

    // ---- Granskningsloggen ---------------------------------------------------------------------------------------------

    @Test
    void every_read_of_a_concern_is_in_the_audit_log_with_who_and_the_outcome() {
        Barnet barnet = Barnet.medAnsvarig();
        String oroId = lamnaTill(ULLA_UTFORARE, barnet.personnummer(), false, "SKRIFTLIG", "SOCIALSEKRETERARE");
        hamta(barnet.ssToken(), oroId).statusCode(200);
        hamta(BERIT_SAME_UNIT, oroId).statusCode(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                sokBarn(barnet.ssToken(), barnet.personnummer()).statusCode(200).body("items.oroId", hasItem(oroId)));
        inkorg(barnet.ssToken(), null).statusCode(200).body("items.oroId", hasItem(oroId));

        ValidatableResponse logg = given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", oroId).queryParam("size", 500)
                .when().get("/api/audit").then().statusCode(200);
        String lasning = "findAll { it.userId == '%s' && it.resource == 'oro' && it.operation == '%s' && it.action == 'READ' }";
        logg.body(lasning.formatted(barnet.ss(), "GET /api/oro/{oroId}") + ".outcome", hasItem("OK"))
                .body(lasning.formatted(barnet.ss(), "GET /api/oro/{oroId}") + ".enhet", everyItem(is("MYND-1")))
                .body(lasning.formatted("berit", "GET /api/oro/{oroId}") + ".outcome", contains("DENIED"))
                .body(lasning.formatted(barnet.ss(), "POST /api/oro/barn") + ".outcome", hasItem("OK"))
                .body(lasning.formatted(barnet.ss(), "GET /api/oro/inkorg") + ".outcome", hasItem("OK"))
                .body("findAll { it.caseId != '" + oroId + "' }", org.hamcrest.Matchers.empty())
                .body("occurredAt", everyItem(notNullValue()));
        given().auth().oauth2(ANNA).queryParam("caseId", oroId).when().get("/api/audit").then().statusCode(403).contentType(PROBLEM);
        assertThat(given().auth().oauth2(OLLE_DRIFT).queryParam("userId", barnet.ss()).when().get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("caseId")).contains(oroId);
    }
}
