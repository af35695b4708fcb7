package se.barnunga.followup.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.followup.api.FollowupTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The lists: upcoming meetings (earliest first, per social secretary, per unit for the manager and the performing
 * unit, in a period) and ongoing interventions without a booked meeting (with the window, late once it has passed,
 * gone once booked); a closed intervention leaves both, and its booked follow-up is struck. Every test has a social
 * secretary or units of its own, since the tables are shared by all test classes.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ListorApiTest {

    private static final LocalDate START = LocalDate.of(2028, 5, 8);

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static void idag(LocalDate dag) {
        TestClock.set(dag.atTime(9, 0).atZone(TestClock.ZONE));
    }

    private static JsonPath sida(String token, String pathOchFragor) {
        return get(token, pathOchFragor).statusCode(200).extract().jsonPath();
    }

    // ---- Upcoming meetings ------------------------------------------------------------------------------------------

    @Test
    void upcoming_meetings_are_earliest_first_per_social_secretary_within_the_period() {
        idag(START);
        Parter p = Parter.egenSocialsekreterare();
        String insatstyp = unikInsatstyp("LISTA");
        Insats sen = verkstalldInsats(p, "MAN", insatstyp, START, START.plusDays(50));
        Insats tidig = verkstalldInsats(p, "KVINNA", insatstyp, START, START.plusDays(43));
        Insats mitten = verkstalldInsats(p, "MAN", insatstyp, START, START.plusDays(46));
        // a colleague's case in the same unit, between them
        Parter kollega = Parter.egenSocialsekreterare();
        Insats kollegans = verkstalldInsats(kollega, "MAN", insatstyp, START, START.plusDays(44));
        String egna = "moten?socialsekreterare=" + p.socialsekreterare();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), egna)).containsExactly(tidig.uppdragId(), mitten.uppdragId(), sen.uppdragId()));
        JsonPath forsta = sida(p.ssToken(), egna);
        assertThat(forsta.getLong("total")).isEqualTo(3);
        assertThat(forsta.getList("items.datum", String.class))
                .containsExactly(START.plusDays(43).toString(), START.plusDays(46).toString(), START.plusDays(50).toString());
        assertThat(forsta.getString("items[0].moteId")).isEqualTo("M1");
        assertThat(forsta.getString("items[0].slag")).isEqualTo("UPPFOLJNING");
        assertThat(forsta.getBoolean("items[0].inomFonster")).isTrue();
        assertThat(forsta.getBoolean("items[0].sammanfattningLamnad")).isFalse();
        assertThat(forsta.getString("items[0].insatstyp")).isEqualTo(insatstyp);
        assertThat(forsta.getString("items[0].socialsekreterare")).isEqualTo(p.socialsekreterare());
        assertThat(forsta.getString("items[0].myndighetsenhet")).isEqualTo("MYND-1");
        assertThat(forsta.getString("items[0].utforarenhet")).isEqualTo("UTF-1");
        assertThat(forsta.getString("items[0].ansvarigUtforare")).isEqualTo("ulla");
        // no place or other detail about the family in the list
        assertThat(forsta.getMap("items[0]")).doesNotContainKeys("plats", "inbjudna", "barnPseudonym");

        // pages of one
        JsonPath sida0 = sida(p.ssToken(), egna + "&size=1&page=0");
        assertThat(sida0.getList("items.uppdragId", String.class)).containsExactly(tidig.uppdragId());
        assertThat(sida0.getLong("total")).isEqualTo(3);
        assertThat(sida(p.ssToken(), egna + "&size=1&page=2").getList("items.uppdragId", String.class)).containsExactly(sen.uppdragId());
        assertThat(sida(p.ssToken(), egna + "&size=1&page=3").getList("items")).isEmpty();

        // another social secretary of the unit may ask for hers; the colleague's is not among them
        assertThat(lista(ANNA, egna)).containsExactly(tidig.uppdragId(), mitten.uppdragId(), sen.uppdragId());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(ANNA, "moten?socialsekreterare=" + kollega.socialsekreterare())).containsExactly(kollegans.uppdragId()));

        // the period
        assertThat(lista(p.ssToken(), egna + "&fran=" + START.plusDays(44) + "&till=" + START.plusDays(50)))
                .containsExactly(mitten.uppdragId(), sen.uppdragId());
        assertThat(lista(p.ssToken(), egna + "&fran=" + START.plusDays(43) + "&till=" + START.plusDays(43)))
                .containsExactly(tidig.uppdragId());
        assertThat(lista(p.ssToken(), egna + "&fran=" + START.plusDays(51))).isEmpty();
        assertThat(lista(p.ssToken(), egna + "&till=" + START.plusDays(45))).containsExactly(tidig.uppdragId());
        // by default from today 8 weeks ahead: on day 44 the earliest has passed; on day 47 only the latest is left
        idag(START.plusDays(44));
        assertThat(lista(p.ssToken(), egna)).containsExactly(mitten.uppdragId(), sen.uppdragId());
        idag(START.plusDays(47));
        assertThat(lista(p.ssToken(), egna)).containsExactly(sen.uppdragId());
        idag(START.minusDays(14));
        assertThat(lista(p.ssToken(), egna)).isEmpty();

        // re-booking moves a meeting in the order (with a time, before the meetings without one the same day)
        idag(START);
        post(p.ssToken(), sen.uppdragId(), "moten", boka(START.plusDays(43))).statusCode(200).body("moteId", is("M1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), egna)).containsExactly(sen.uppdragId(), tidig.uppdragId(), mitten.uppdragId()));
        assertThat(sida(p.ssToken(), egna).getString("items[0].klockslag")).startsWith("10:00");
        assertThat(sida(p.ssToken(), egna).getLong("total")).isEqualTo(3);
    }

    @Test
    void upcoming_meetings_per_unit_for_the_manager_the_performing_unit_and_the_owning_unit() {
        idag(START);
        Parter p = Parter.egnaEnheter();
        Parter annanUtforare = p.med(p.myndighetsenhet(), unik("UTF-"));
        Parter annanMyndighet = p.med(unik("MYND-"), p.utforarenhet());
        Insats bada = verkstalldInsats(p, "MAN", unikInsatstyp("ENHET"), START, START.plusDays(45));
        Insats egenMyndighet = verkstalldInsats(annanUtforare, "MAN", unikInsatstyp("ENHET"), START, START.plusDays(44));
        Insats egenUtforare = verkstalldInsats(annanMyndighet, "MAN", unikInsatstyp("ENHET"), START, START.plusDays(46));

        String myndighetschef = p.myndighetschefToken();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(myndighetschef, "moten")).containsExactly(egenMyndighet.uppdragId(), bada.uppdragId()));
        // the owning unit's manager and secretaries: the cases the unit owns
        assertThat(lista(p.ssToken(), "moten")).containsExactly(egenMyndighet.uppdragId(), bada.uppdragId());
        // the performing unit's manager, performers and method supervisor: the cases the unit performs
        String utforarchef = p.utforarchefToken();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(utforarchef, "moten")).containsExactly(bada.uppdragId(), egenUtforare.uppdragId()));
        assertThat(lista(p.utforareToken(), "moten")).containsExactly(bada.uppdragId(), egenUtforare.uppdragId());
        assertThat(lista(DevTokens.token(unik("mh-"), p.utforarenhet(), "metodhandledare"), "moten"))
                .containsExactly(bada.uppdragId(), egenUtforare.uppdragId());
        assertThat(lista(DevTokens.token(unik("utf-"), annanUtforare.utforarenhet(), "utforare"), "moten"))
                .containsExactly(egenMyndighet.uppdragId());
        // a manager's list narrowed to one social secretary
        assertThat(lista(myndighetschef, "moten?socialsekreterare=" + p.socialsekreterare()))
                .containsExactly(egenMyndighet.uppdragId(), bada.uppdragId());
        assertThat(lista(myndighetschef, "moten?socialsekreterare=anna")).isEmpty();
        // and the same for the unbooked list: none of them is unbooked
        assertThat(lista(myndighetschef, "obokade")).isEmpty();
        assertThat(lista(utforarchef, "obokade")).isEmpty();
    }

    // ---- Interventions without a booked meeting -----------------------------------------------------------------------

    @Test
    void an_intervention_whose_planning_meeting_booked_nothing_is_unbooked_late_after_eight_weeks_and_gone_once_booked() {
        idag(START.plusDays(1));
        Parter p = Parter.egenSocialsekreterare();
        Insats insats = verkstalldInsats(p, "KVINNA", unikInsatstyp("OBOKAD"), START, null);
        String egna = "obokade?socialsekreterare=" + p.socialsekreterare();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), egna)).containsExactly(insats.uppdragId()));
        JsonPath obokad = sida(p.ssToken(), egna);
        assertThat(obokad.getLong("total")).isEqualTo(1);
        assertThat(obokad.getString("items[0].verkstallighetsdatum")).isEqualTo(START.toString());
        assertThat(obokad.getString("items[0].fonsterFran")).isEqualTo(START.plusDays(42).toString());
        assertThat(obokad.getString("items[0].fonsterTill")).isEqualTo(START.plusDays(56).toString());
        assertThat(obokad.getBoolean("items[0].forsenat")).isFalse();
        assertThat(obokad.getInt("items[0].antalUppfoljningar")).isZero();
        assertThat(obokad.getString("items[0].senasteUtfall")).isNull();
        assertThat(obokad.getString("items[0].ansvarigUtforare")).isEqualTo("ulla");
        // the performing unit sees it too
        assertThat(lista(ULLA_UTFORARE, "obokade?socialsekreterare=" + p.socialsekreterare())).containsExactly(insats.uppdragId());
        get(ANNA, insats.uppdragId()).statusCode(200).body("bokatMoteId", nullValue())
                .body("nastaMote.fran", is(START.plusDays(42).toString())).body("nastaMote.till", is(START.plusDays(56).toString()));

        // the window's last day is not late; the day after is
        idag(START.plusDays(56));
        assertThat(sida(p.ssToken(), egna).getBoolean("items[0].forsenat")).isFalse();
        idag(START.plusDays(57));
        assertThat(sida(p.ssToken(), egna).getBoolean("items[0].forsenat")).isTrue();

        // booked (after the window: with a reason) – gone from the unbooked, in the upcoming
        Map<String, Object> boka = boka(START.plusDays(60));
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) boka.get("bokning");
        b.put("skalUtanforFonster", "Vi missade fönstret under sommaren.");
        post(p.ssToken(), insats.uppdragId(), "moten", boka).statusCode(200).body("moteId", is("M1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), egna)).isEmpty());
        assertThat(sida(p.ssToken(), egna).getLong("total")).isZero();
        JsonPath kommande = sida(p.ssToken(), "moten?socialsekreterare=" + p.socialsekreterare());
        assertThat(kommande.getList("items.uppdragId", String.class)).containsExactly(insats.uppdragId());
        assertThat(kommande.getBoolean("items[0].inomFonster")).isFalse();
    }

    @Test
    void a_cancelled_meeting_is_struck_and_the_intervention_is_unbooked_until_the_next_booking() {
        idag(START.plusDays(1));
        Parter p = Parter.egenSocialsekreterare();
        Insats insats = verkstalldInsats(p, "MAN", unikInsatstyp("AVBOKAD"), START, START.plusDays(45));
        String id = insats.uppdragId();
        String obokade = "obokade?socialsekreterare=" + p.socialsekreterare();
        String kommande = "moten?socialsekreterare=" + p.socialsekreterare();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(p.ssToken(), kommande)).containsExactly(id));

        post(p.ssToken(), id, "avbokning", Map.of("skal", " ")).statusCode(422).body("violations[0].field", is("skal"));
        post(ULLA_UTFORARE, id, "avbokning", Map.of("skal", "Familjen är bortrest.")).statusCode(403);
        post(p.ssToken(), id, "avbokning", Map.of("skal", "Familjen är bortrest.")).statusCode(200).body("moteId", is("M1"));
        post(p.ssToken(), id, "avbokning", Map.of("skal", "Igen.")).statusCode(409).body("rule", is("INGET_BOKAT_MOTE"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(p.ssToken(), obokade)).containsExactly(id));
        assertThat(lista(p.ssToken(), kommande)).isEmpty();
        get(p.ssToken(), id).statusCode(200).body("bokatMoteId", nullValue())
                .body("moten[0].status", is("STRUKET")).body("moten[0].avbokning.skal", is("Familjen är bortrest."));
        get(p.ssToken(), id + "/checklistor").statusCode(200).body("checklistor.size()", is(0));

        // the next booking is a new meeting; the intervention leaves the unbooked list
        post(p.ssToken(), id, "moten", boka(START.plusDays(50))).statusCode(200).body("moteId", is("M2"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(p.ssToken(), obokade)).isEmpty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lista(p.ssToken(), kommande)).containsExactly(id));
        get(p.ssToken(), id + "/checklistor").statusCode(200).body("checklistor.size()", is(1)).body("checklistor[0].moteId", is("M2"));
    }

    @Test
    void after_a_new_investigation_without_a_next_meeting_the_intervention_is_unbooked_counting_from_that_meeting() {
        idag(START.plusDays(1));
        Parter p = Parter.egenSocialsekreterare();
        Insats obokadFranStart = verkstalldInsats(p, "MAN", unikInsatstyp("OBOKAD"), START, null);
        Insats insats = verkstalldInsats(p, "KVINNA", unikInsatstyp("OBOKAD"), START, START.plusDays(44));
        String egna = "obokade?socialsekreterare=" + p.socialsekreterare();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), egna)).containsExactly(obokadFranStart.uppdragId()));

        LocalDate mote = START.plusDays(44);
        idag(mote);
        Map<String, Object> a = uppfoljning(insats, mote, true, "NY_UTREDNING", null, "NEGATIV_FORANDRING", "INGEN_FORANDRING");
        a.put("utredningsgrund", "NYA_BEHOV");
        a.put("skalUtanSammanfattning", "Mötet hölls akut.");
        post(p.ssToken(), insats.uppdragId(), "uppfoljningsmote", a).statusCode(200).body("moteId", is("M1"));

        // most urgent first: the one counting from the start, then the one counting from the meeting
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), egna)).containsExactly(obokadFranStart.uppdragId(), insats.uppdragId()));
        JsonPath obokade = sida(p.ssToken(), egna);
        assertThat(obokade.getString("items[1].senasteUtfall")).isEqualTo("NY_UTREDNING");
        assertThat(obokade.getString("items[1].senasteMotesdatum")).isEqualTo(mote.toString());
        assertThat(obokade.getInt("items[1].antalUppfoljningar")).isEqualTo(1);
        assertThat(obokade.getString("items[1].fonsterFran")).isEqualTo(mote.plusDays(42).toString());
        assertThat(obokade.getString("items[1].fonsterTill")).isEqualTo(mote.plusDays(56).toString());
        assertThat(obokade.getBoolean("items[1].forsenat")).isFalse();
        // on day 57 after the start the first is late, the second not (its window counts from the meeting)
        idag(START.plusDays(57));
        obokade = sida(p.ssToken(), egna);
        assertThat(obokade.getList("items.forsenat", Boolean.class)).containsExactly(true, false);
        assertThat(lista(p.ssToken(), "moten?socialsekreterare=" + p.socialsekreterare() + "&fran=" + START)).isEmpty();

        // a call for an extra meeting shows; booking it takes the intervention off the list
        post(ULLA_UTFORARE, insats.uppdragId(), "pakallanden", Map.of("skal", "Nya behov har kommit fram.")).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(sida(p.ssToken(), egna).getList("items.pakallat", Boolean.class)).containsExactly(false, true));
        post(p.ssToken(), insats.uppdragId(), "moten", boka(START.plusDays(60))).statusCode(200).body("moteId", is("M2"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), egna)).containsExactly(obokadFranStart.uppdragId()));
        get(p.ssToken(), insats.uppdragId()).statusCode(200).body("moten[1].extra", is(true)).body("bokatMoteId", is("M2"));
    }

    // ---- A closed intervention --------------------------------------------------------------------------------------

    @Test
    void a_closed_intervention_leaves_both_lists_and_its_booked_follow_up_is_struck() {
        idag(START.plusDays(1));
        Parter p = Parter.egenSocialsekreterare();
        Insats bokad = verkstalldInsats(p, "KVINNA", unikInsatstyp("AVSLUT"), START, START.plusDays(45));
        Insats obokad = verkstalldInsats(p, "MAN", unikInsatstyp("AVSLUT"), START, null);
        String kommande = "moten?socialsekreterare=" + p.socialsekreterare();
        String obokade = "obokade?socialsekreterare=" + p.socialsekreterare();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(lista(p.ssToken(), kommande)).containsExactly(bokad.uppdragId());
            assertThat(lista(p.ssToken(), obokade)).containsExactly(obokad.uppdragId());
        });

        avsluta(bokad.uppdragId(), START.plusDays(20));
        avsluta(obokad.uppdragId(), START.plusDays(20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(lista(p.ssToken(), kommande)).isEmpty();
            assertThat(lista(p.ssToken(), obokade)).isEmpty();
        });
        for (String token : List.of(p.ssToken(), ULLA_UTFORARE, CHEF_MYND, CHEF_UTF)) {
            assertThat(lista(token, kommande)).doesNotContain(bokad.uppdragId(), obokad.uppdragId());
            assertThat(lista(token, obokade)).doesNotContain(bokad.uppdragId(), obokad.uppdragId());
        }
        get(p.ssToken(), bokad.uppdragId()).statusCode(200)
                .body("insats.slut", is("INSATS_AVSLUTAD"))
                .body("insats.slutdatum", is(START.plusDays(20).toString()))
                .body("bokatMoteId", nullValue())
                .body("nastaMote", nullValue())
                .body("moten.moteId", contains("M1"))
                .body("moten[0].status", is("STRUKET"));
        get(p.ssToken(), obokad.uppdragId()).statusCode(200).body("insats.slut", is("INSATS_AVSLUTAD")).body("moten.size()", is(0));

        // only the closing meeting remains: a follow-up is refused, the closing meeting is booked and listed
        post(p.ssToken(), bokad.uppdragId(), "moten", boka(START.plusDays(45))).statusCode(409).body("rule", is("INSATSEN_AVSLUTAD"));
        Map<String, Object> avslutning = boka(START.plusDays(30));
        avslutning.put("slag", "AVSLUTNING");
        post(p.ssToken(), bokad.uppdragId(), "moten", avslutning).statusCode(200).body("moteId", is("M2"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lista(p.ssToken(), kommande)).containsExactly(bokad.uppdragId()));
        JsonPath k = sida(p.ssToken(), kommande);
        assertThat(k.getString("items[0].moteId")).isEqualTo("M2");
        assertThat(k.getString("items[0].slag")).isEqualTo("AVSLUTNING");
        assertThat(lista(p.ssToken(), obokade)).isEmpty();
        get(p.ssToken(), bokad.uppdragId()).statusCode(200).body("moten.status", contains("STRUKET", "BOKAT"));
    }
}
