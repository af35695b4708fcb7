package se.barnunga.followup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.followup.api.FollowupTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * Who may do and read what: the owning unit's social secretaries act and read; the responsible performer hands in the
 * summary; the performing unit's staff and managers read; the method supervisor and the managers never write; the
 * statistics are scoped to the manager's own unit (the reporter sees all); the reception role sees nothing; and
 * every read of a record is in the audit log.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class BehorighetApiTest {

    private static final LocalDate START = LocalDate.of(2028, 9, 4);
    private static final LocalDate IDAG = START.plusDays(2);
    private static final List<String> POST_VAGAR = List.of("pakallanden", "moten", "formote", "sammanfattning", "uppfoljningsmote",
            "avslutningsmote");
    private static final String ULRIKA_ANNAN_UTFORARENHET = DevTokens.token("ulrika", "UTF-2", "utforare");
    private static final String MATTIAS_ANNAN_METODHANDLEDARE = DevTokens.token("mattias", "UTF-2", "metodhandledare");

    @BeforeEach
    void efterStart() {
        TestClock.set(IDAG.atTime(10, 0).atZone(TestClock.ZONE));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Insats bokad() {
        return verkstalldInsats("KVINNA", unikInsatstyp("BEHORIG"), START, START.plusDays(44));
    }

    /** A body each POST path accepts on a booked standard case, today. */
    private static Map<String, Object> giltig(String vag, Insats insats) {
        return switch (vag) {
            case "pakallanden" -> new LinkedHashMap<>(Map.of("skal", "Familjen behöver ses tidigare."));
            case "moten" -> boka(START.plusDays(49));
            case "formote" -> new LinkedHashMap<>(Map.of("datum", IDAG.toString(), "planering", "Barnet deltar första halvtimmen."));
            case "sammanfattning" -> sammanfattning(insats);
            case "uppfoljningsmote" -> {
                Map<String, Object> a = uppfoljning(insats, IDAG, true, "FORTSATTA", IDAG.plusDays(49), "INGEN_FORANDRING", "INGEN_FORANDRING");
                a.put("skalUtanSammanfattning", "Utföraren var sjuk.");
                yield a;
            }
            case "avslutningsmote" -> avslutning(insats, IDAG, "INGEN_FORANDRING", "INGEN_FORANDRING");
            default -> throw new IllegalArgumentException(vag);
        };
    }

    private static ValidatableResponse nekas(ValidatableResponse r) {
        return r.statusCode(403).contentType(PROBLEM).body("status", is(403));
    }

    /** Nothing but the facts from the assignment-service and the planning meeting's booking: no one else's step got in. */
    private static void inget(Insats insats) {
        get(ANNA, insats.uppdragId()).statusCode(200)
                .body("pakallanden", empty())
                .body("moten.size()", is(1))
                .body("moten[0].status", is("BOKAT"))
                .body("moten[0].bokning.antalBokningar", is(1))
                .body("moten[0].formote", nullValue())
                .body("moten[0].sammanfattning", nullValue())
                .body("historik.utfordAv", everyItem(is("assignment-service")));
    }

    // ---- Acting -----------------------------------------------------------------------------------------------------

    @Test
    void a_social_secretary_of_another_unit_may_neither_act_nor_read() {
        Insats insats = bokad();
        for (String vag : POST_VAGAR) {
            if (!vag.equals("sammanfattning")) {
                nekas(post(SARA_ANNAN_ENHET, insats.uppdragId(), vag, giltig(vag, insats)));
            }
        }
        nekas(post(SARA_ANNAN_ENHET, insats.uppdragId(), "sammanfattning", giltig("sammanfattning", insats)));
        nekas(get(SARA_ANNAN_ENHET, insats.uppdragId()));
        nekas(get(SARA_ANNAN_ENHET, insats.uppdragId() + "/checklistor"));
        assertThat(lista(SARA_ANNAN_ENHET, "moten?fran=" + START + "&till=" + START.plusDays(60) + "&socialsekreterare=anna"))
                .doesNotContain(insats.uppdragId());
        inget(insats);
        // a social secretary of the owning unit who is not the case's own (Berit) acts for the unit
        post(BERIT_SAMMA_ENHET, insats.uppdragId(), "moten", boka(START.plusDays(50))).statusCode(200).body("moteId", is("M1"));
        get(BERIT_SAMMA_ENHET, insats.uppdragId()).statusCode(200).body("moten[0].bokning.antalBokningar", is(2));
    }

    @Test
    void a_performer_who_is_not_the_responsible_one_may_not_act_but_reads() {
        Insats insats = bokad();
        for (String vag : POST_VAGAR) {
            nekas(post(ULF_UTFORARE, insats.uppdragId(), vag, giltig(vag, insats)));
        }
        // his unit performs the intervention: he reads the record
        get(ULF_UTFORARE, insats.uppdragId()).statusCode(200).body("insats.ansvarigUtforare", is("ulla"));
        get(ULF_UTFORARE, insats.uppdragId() + "/checklistor").statusCode(200);
        // a performer of another performing unit neither acts nor reads
        for (String vag : List.of("sammanfattning", "pakallanden", "formote")) {
            nekas(post(ULRIKA_ANNAN_UTFORARENHET, insats.uppdragId(), vag, giltig(vag, insats)));
        }
        nekas(get(ULRIKA_ANNAN_UTFORARENHET, insats.uppdragId()));
        nekas(get(ULRIKA_ANNAN_UTFORARENHET, insats.uppdragId() + "/checklistor"));
        inget(insats);
        // the responsible performer may
        post(ULLA_UTFORARE, insats.uppdragId(), "sammanfattning", sammanfattning(insats)).statusCode(200).body("moteId", is("M1"));
        post(ULLA_UTFORARE, insats.uppdragId(), "pakallanden", giltig("pakallanden", insats)).statusCode(200);
        get(ULF_UTFORARE, insats.uppdragId()).statusCode(200).body("moten[0].sammanfattning.ansvarigUtforare", is("ulla"))
                .body("pakallanden[0].pakallatAv", is("ulla"));
    }

    @Test
    void the_method_supervisor_reads_but_never_writes() {
        Insats insats = bokad();
        for (String vag : POST_VAGAR) {
            nekas(post(MATS_METODHANDLEDARE, insats.uppdragId(), vag, giltig(vag, insats)));
        }
        get(MATS_METODHANDLEDARE, insats.uppdragId()).statusCode(200).body("uppdragId", is(insats.uppdragId()));
        get(MATS_METODHANDLEDARE, insats.uppdragId() + "/checklistor").statusCode(200);
        nekas(get(MATTIAS_ANNAN_METODHANDLEDARE, insats.uppdragId()));
        inget(insats);
    }

    @Test
    void unit_managers_read_their_units_records_never_another_units_and_never_write() {
        Insats insats = bokad();
        get(CHEF_MYND, insats.uppdragId()).statusCode(200).body("uppdragId", is(insats.uppdragId()));
        get(CHEF_UTF, insats.uppdragId()).statusCode(200).body("uppdragId", is(insats.uppdragId()));
        get(CHEF_MYND, insats.uppdragId() + "/checklistor").statusCode(200);
        get(CHEF_UTF, insats.uppdragId() + "/checklistor").statusCode(200);
        nekas(get(CHEF_ANNAN, insats.uppdragId()));
        nekas(get(CHEF_ANNAN, insats.uppdragId() + "/checklistor"));
        for (String chef : List.of(CHEF_MYND, CHEF_UTF, CHEF_ANNAN)) {
            for (String vag : POST_VAGAR) {
                nekas(post(chef, insats.uppdragId(), vag, giltig(vag, insats)));
            }
        }
        inget(insats);
    }

    @Test
    void the_reception_role_is_refused_everywhere() {
        Insats insats = bokad();
        for (String vag : POST_VAGAR) {
            nekas(post(MIA_MOTTAGNING, insats.uppdragId(), vag, giltig(vag, insats)));
        }
        for (String vag : List.of(insats.uppdragId(), insats.uppdragId() + "/checklistor", "moten", "obokade", "statistik",
                "moten?socialsekreterare=anna", "statistik?enhet=MOTT-1")) {
            nekas(get(MIA_MOTTAGNING, vag));
        }
        // operations reads the audit log, not the records
        nekas(get(OLLE_DRIFT, insats.uppdragId()));
        nekas(get(OLLE_DRIFT, "moten"));
        nekas(post(OLLE_DRIFT, insats.uppdragId(), "moten", giltig("moten", insats)));
        inget(insats);
    }

    @Test
    void the_lists_show_the_callers_own_unit_only() {
        Parter p = Parter.egnaEnheter();
        Insats insats = verkstalldInsats(p, "MAN", unikInsatstyp("BEHORIG"), START, START.plusDays(44));
        String period = "moten?fran=" + START + "&till=" + START.plusDays(60);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), period)).contains(insats.uppdragId()));
        assertThat(lista(p.utforareToken(), period)).contains(insats.uppdragId());
        assertThat(lista(p.myndighetschefToken(), period)).contains(insats.uppdragId());
        assertThat(lista(p.utforarchefToken(), period)).contains(insats.uppdragId());
        // the standard units do not see it, even when asking for its social secretary
        for (String annan : List.of(ANNA, SARA_ANNAN_ENHET, ULLA_UTFORARE, MATS_METODHANDLEDARE, CHEF_MYND, CHEF_UTF, CHEF_ANNAN)) {
            assertThat(lista(annan, period + "&socialsekreterare=" + p.socialsekreterare())).doesNotContain(insats.uppdragId());
        }
        // nor the record
        for (String annan : List.of(ANNA, ULLA_UTFORARE, MATS_METODHANDLEDARE, CHEF_MYND, CHEF_UTF)) {
            nekas(get(annan, insats.uppdragId()));
        }
    }

    // ---- Statistics -------------------------------------------------------------------------------------------------

    @Test
    void statistics_are_the_managers_own_unit_and_any_unit_for_the_reporter() {
        String insatstyp = unikInsatstyp("STAT");
        Insats insats = verkstalldInsats("KVINNA", insatstyp, START, START.plusDays(44));
        LocalDate mote = START.plusDays(44);
        TestClock.set(mote.atTime(15, 0).atZone(TestClock.ZONE));
        post(ULLA_UTFORARE, insats.uppdragId(), "sammanfattning", sammanfattning(insats)).statusCode(200);
        Map<String, Object> uppfoljning = uppfoljning(insats, mote, true, "FORTSATTA", mote.plusDays(49),
                "POSITIV_FORANDRING_MAL_UPPFYLLT", "NEGATIV_FORANDRING");
        uppfoljning.put("bedomningAvNyaBehov", "Inga nya behov som behöver utredas.");
        post(ANNA, insats.uppdragId(), "uppfoljningsmote", uppfoljning).statusCode(200);
        String urval = "statistik?insatstyp=" + insatstyp + "&fran=" + START + "&till=" + mote;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                get(RUT_RAPPORTOR, urval).statusCode(200).body("bedomningar.antal", is(2)));

        // the reporter: all units, or any one unit
        get(RUT_RAPPORTOR, urval + "&enhet=MYND-1").statusCode(200).body("bedomningar.antal", is(2)).body("urval.enhet", is("MYND-1"));
        get(RUT_RAPPORTOR, urval + "&enhet=UTF-1").statusCode(200).body("bedomningar.antal", is(2));
        get(RUT_RAPPORTOR, urval + "&enhet=MYND-9").statusCode(200).body("bedomningar.antal", is(0))
                .body("barnetsDeltagande.moten", is(0));
        // a unit manager: their own unit, owning or performing; asking for another unit is refused
        get(CHEF_MYND, urval).statusCode(200).body("bedomningar.antal", is(2)).body("urval.enhet", is("MYND-1"))
                .body("bedomningar.perSteg.NEGATIV_FORANDRING", is(1)).body("barnetsDeltagande.barnetDeltog", is(1));
        get(CHEF_MYND, urval + "&enhet=MYND-1").statusCode(200).body("bedomningar.antal", is(2));
        get(CHEF_UTF, urval).statusCode(200).body("bedomningar.antal", is(2)).body("urval.enhet", is("UTF-1"));
        get(CHEF_ANNAN, urval).statusCode(200).body("bedomningar.antal", is(0)).body("urval.enhet", is("MYND-9"));
        nekas(get(CHEF_MYND, urval + "&enhet=MYND-2"));
        nekas(get(CHEF_MYND, urval + "&enhet=UTF-1"));
        nekas(get(CHEF_ANNAN, urval + "&enhet=MYND-1"));
        // nobody else sees statistics
        for (String annan : List.of(ANNA, ULLA_UTFORARE, MATS_METODHANDLEDARE, MIA_MOTTAGNING, OLLE_DRIFT)) {
            nekas(get(annan, urval));
        }
    }

    // ---- The audit log ----------------------------------------------------------------------------------------------

    @Test
    void every_read_of_a_record_is_in_the_audit_log_with_who_and_the_outcome() {
        Parter p = Parter.egenSocialsekreterare();
        Insats insats = verkstalldInsats(p, "MAN", unikInsatstyp("LOGG"), START, START.plusDays(44));
        String id = insats.uppdragId();
        get(ANNA, id).statusCode(200);
        get(CHEF_UTF, id + "/checklistor").statusCode(200);
        nekas(get(SARA_ANNAN_ENHET, id));
        nekas(get(CHEF_ANNAN, id + "/checklistor"));
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200);
        post(ANNA, id, "formote", Map.of("datum", IDAG.plusDays(1).toString(), "planering", "x")).statusCode(422);
        String period = "moten?fran=" + START + "&till=" + START.plusDays(60) + "&socialsekreterare=" + p.socialsekreterare();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(p.ssToken(), period)).contains(id));

        ValidatableResponse logg = given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).queryParam("size", 500)
                .when().get("/api/audit").then().statusCode(200);
        String post = "findAll { it.userId == '%s' && it.resource == 'uppfoljning' && it.operation == '%s' && it.action == '%s' }";
        logg.body(post.formatted("anna", "GET /api/uppfoljning/{uppdragId}", "READ") + ".outcome", contains("OK"))
                .body(post.formatted("anna", "GET /api/uppfoljning/{uppdragId}", "READ") + ".enhet", contains("MYND-1"))
                .body(post.formatted("anna", "GET /api/uppfoljning/{uppdragId}", "READ") + ".roles", contains("socialsekreterare"))
                .body(post.formatted("carl", "GET /api/uppfoljning/{uppdragId}/checklistor", "READ") + ".outcome", contains("OK"))
                .body(post.formatted("sara", "GET /api/uppfoljning/{uppdragId}", "READ") + ".outcome", contains("DENIED"))
                .body(post.formatted("clara", "GET /api/uppfoljning/{uppdragId}/checklistor", "READ") + ".outcome", contains("DENIED"))
                .body(post.formatted("ulla", "POST /api/uppfoljning/{uppdragId}/sammanfattning", "CHANGE") + ".outcome", contains("OK"))
                .body(post.formatted("anna", "POST /api/uppfoljning/{uppdragId}/formote", "CHANGE") + ".outcome", contains("REJECTED"))
                .body(post.formatted(p.socialsekreterare(), "GET /api/uppfoljning/moten", "READ") + ".outcome", hasItem("OK"))
                .body("findAll { it.caseId != '" + id + "' }", empty())
                .body("occurredAt", everyItem(notNullValue()));
        // the audit log is for operations only
        nekas(given().auth().oauth2(ANNA).queryParam("caseId", id).when().get("/api/audit").then());
        nekas(given().auth().oauth2(CHEF_MYND).queryParam("caseId", id).when().get("/api/audit").then());
        assertThat(given().auth().oauth2(OLLE_DRIFT).queryParam("userId", "sara").queryParam("size", 500).when().get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("caseId")).contains(id);
        // a refused role never reaches the record: no read entry for it, and no content in the 403
        String svar = get(MIA_MOTTAGNING, id).statusCode(403).extract().asString();
        assertThat(svar).doesNotContain(insats.pseudonym()).doesNotContain("anna");
        given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).queryParam("size", 500).when().get("/api/audit").then()
                .statusCode(200).body("findAll { it.userId == 'mia' && it.outcome == 'OK' }", empty());
        given().contentType(ContentType.JSON).when().get("/api/audit").then().statusCode(401);
        get(ANNA, id).statusCode(200).body("historik.utfordAv", not(hasItem("sara")));
    }
}
