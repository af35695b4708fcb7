package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.oro.ForhandsbedomningAvslutad;
import se.barnunga.contracts.oro.OroInlamnad;
import se.barnunga.contracts.oro.SkyddsbedomningGjord;
import se.barnunga.contracts.uppdrag.GenomforandeplanReviderad;
import se.barnunga.contracts.uppdrag.GenomforandeplanUpprattad;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppfoljning.Malbedomning;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The quality indicators from the other services' events on the broker: interventions of both sexes started 10, 20 and
 * 60 days after the decision, their SIP need, plans and follow-up meetings, and concerns with and without a protection
 * assessment, closed with each decision, the child heard or not, after 4 to 45 days. Each indicator names its seed-004 id
 * (or its own id) and the report quotes its definition. Each test uses its own unit codes, so other tests' cases do not
 * count.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class KvalitetsindikatorApiTest {

    private static final String URL = "/api/kvalitetsindikatorer";
    private static final LocalDate FRAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate TILL = LocalDate.of(2026, 12, 31);

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void indikatorerna_per_enhet_och_kon_med_exakta_tal() {
        String enhet = enhetskod();
        String annanEnhet = enhetskod();
        TestClock.set(kl(LocalDate.of(2026, 12, 31), 12));

        // --- interventions: A (girl) started after 10 days, B (boy) after 20, C (girl) after 60; E (boy) ended before 1 April
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String e = UUID.randomUUID().toString();
        String v = UUID.randomUUID().toString();
        Barn flickaA = new Barn(pseudonym(), "KVINNA", 2014);
        Barn pojkeB = new Barn(pseudonym(), "MAN", 2012);
        Barn flickaC = new Barn(pseudonym(), "KVINNA", 2018);
        Barn pojkeE = new Barn(pseudonym(), "MAN", 2011);
        Barn flickaV = new Barn(pseudonym(), "KVINNA", 2016);
        try (ContractEventWriter w = uppdragstjansten()) {
            insats(w, a, flickaA, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 15), enhet);
            skickat(w, a, flickaA, LocalDate.of(2026, 1, 5), enhet, true, true); // needs a SIP and has one
            plan(w, a, 1, LocalDate.of(2026, 2, 1));
            plan(w, a, 2, LocalDate.of(2026, 3, 20)); // revised after the meeting of 10 March: current on 1 April

            insats(w, b, pojkeB, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 30), enhet);
            skickat(w, b, pojkeB, LocalDate.of(2026, 1, 10), enhet, true, false); // needs one, has none (C: not known)
            plan(w, b, 1, LocalDate.of(2026, 2, 15)); // the meeting of 15 March required a revision: not current on 1 April
            plan(w, b, 2, LocalDate.of(2026, 5, 1)); // … but on 1 November

            insats(w, c, flickaC, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 21), enhet); // no plan on 1 April
            plan(w, c, 1, LocalDate.of(2026, 6, 1), false); // drawn up without the child or a guardian

            insats(w, e, pojkeE, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 10), enhet);
            plan(w, e, 1, LocalDate.of(2025, 10, 20));
            w.publish(e, new InsatsAvslutad(e, LocalDate.of(2026, 3, 1), "MALEN_UPPFYLLDA", "MINSKAD", false, "anna",
                    kl(LocalDate.of(2026, 3, 1), 14)), kl(LocalDate.of(2026, 3, 1), 14));

            insats(w, v, flickaV, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 11), annanEnhet);
            plan(w, v, 1, LocalDate.of(2026, 2, 20));
        }
        try (ContractEventWriter w = ContractEventWriter.as("followup-service")) {
            mote(w, a, flickaA, enhet, "M1", 1, LocalDate.of(2026, 3, 10), true, true);
            mote(w, b, pojkeB, enhet, "M1", 1, LocalDate.of(2026, 3, 15), false, true);
            mote(w, a, flickaA, enhet, "M2", 2, LocalDate.of(2026, 9, 1), true, true); // A not current on 1 November
            mote(w, a, flickaA, enhet, "M3", 3, LocalDate.of(2026, 10, 1), false, false); // A was heard at earlier meetings
            mote(w, v, flickaV, annanEnhet, "M1", 1, LocalDate.of(2026, 4, 15), false, false);
            mote(w, e, pojkeE, enhet, "M1", 1, LocalDate.of(2025, 12, 1), true, false); // before the period
        }

        // --- concerns: O1 (girl) same day, within 14 days; O2 (boy) next day, closed after 22 days; O3 (girl) came in
        // 00:30 on New Year's Day Stockholm time (still 2025 in UTC), not yet assessed; O4 (boy) came in 2025, closed in
        // January within 14 days; O5 (child without personnummer) same day, open; O6 (girl) never assessed for
        // protection, no investigation after 4 days, not heard and no reasons; O7 (boy) no investigation after 6 days,
        // heard; O8 (girl) added to an ongoing investigation after 45 days; O9 (boy) no investigation after 19 days,
        // published before the fields on hearing the child existed
        String o1 = UUID.randomUUID().toString();
        String o2 = UUID.randomUUID().toString();
        String o3 = UUID.randomUUID().toString();
        String o4 = UUID.randomUUID().toString();
        String o5 = UUID.randomUUID().toString();
        try (ContractEventWriter w = ContractEventWriter.as("concern-service")) {
            Instant in1 = kl(LocalDate.of(2026, 2, 2), 9);
            oro(w, o1, new Barn(pseudonym(), "KVINNA", 2013), enhet, in1);
            skydd(w, o1, in1.plusSeconds(3 * 3600), true);
            forhand(w, o1, kl(LocalDate.of(2026, 2, 10), 11), 8, true);

            Instant in2 = kl(LocalDate.of(2026, 3, 3), 10);
            oro(w, o2, new Barn(pseudonym(), "MAN", 2010), enhet, in2);
            skydd(w, o2, kl(LocalDate.of(2026, 3, 4), 9), false);
            forhand(w, o2, kl(LocalDate.of(2026, 3, 25), 11), 22, false);

            oro(w, o3, new Barn(pseudonym(), "KVINNA", 2019), enhet, LocalDate.of(2026, 1, 1).atTime(0, 30).atZone(ZON).toInstant());

            Instant in4 = kl(LocalDate.of(2025, 12, 20), 10);
            oro(w, o4, new Barn(pseudonym(), "MAN", 2015), enhet, in4);
            skydd(w, o4, in4.plusSeconds(3600), true);
            forhand(w, o4, kl(LocalDate.of(2026, 1, 2), 10), 13, true);

            Instant in5 = kl(LocalDate.of(2026, 6, 1), 8);
            oro(w, o5, null, enhet, in5);
            skydd(w, o5, in5.plusSeconds(1800), true);

            String o6 = UUID.randomUUID().toString();
            oro(w, o6, new Barn(pseudonym(), "KVINNA", 2012), enhet, kl(LocalDate.of(2026, 4, 1), 9));
            w.publish(o6, new ForhandsbedomningAvslutad(o6, "INLED_INTE_UTREDNING", kl(LocalDate.of(2026, 4, 5), 10), 4, true,
                    false, false), kl(LocalDate.of(2026, 4, 5), 10));

            String o7 = UUID.randomUUID().toString();
            Instant in7 = kl(LocalDate.of(2026, 5, 4), 9);
            oro(w, o7, new Barn(pseudonym(), "MAN", 2011), enhet, in7);
            skydd(w, o7, in7.plusSeconds(600), true);
            w.publish(o7, new ForhandsbedomningAvslutad(o7, "INLED_INTE_UTREDNING", kl(LocalDate.of(2026, 5, 10), 10), 6, true,
                    true, null), kl(LocalDate.of(2026, 5, 10), 10));

            String o8 = UUID.randomUUID().toString();
            Instant in8 = kl(LocalDate.of(2026, 7, 1), 9);
            oro(w, o8, new Barn(pseudonym(), "KVINNA", 2014), enhet, in8);
            skydd(w, o8, in8.plusSeconds(600), true);
            w.publish(o8, new ForhandsbedomningAvslutad(o8, "TILLFORS_PAGAENDE_UTREDNING", kl(LocalDate.of(2026, 8, 15), 10), 45,
                    false, true, null), kl(LocalDate.of(2026, 8, 15), 10));

            String o9 = UUID.randomUUID().toString();
            Instant in9 = kl(LocalDate.of(2026, 9, 1), 9);
            oro(w, o9, new Barn(pseudonym(), "MAN", 2016), enhet, in9);
            skydd(w, o9, in9.plusSeconds(600), true);
            w.publish(o9, new ForhandsbedomningAvslutad(o9, "INLED_INTE_UTREDNING", kl(LocalDate.of(2026, 9, 20), 10), 19,
                    false), kl(LocalDate.of(2026, 9, 20), 10));
        }

        String chef = DevTokens.token("cecilia", enhet, "enhetschef");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath jp = given().auth().oauth2(chef).queryParam("fran", FRAN.toString()).queryParam("till", TILL.toString())
                    .get(URL).then().statusCode(200).extract().jsonPath();
            assertThat(jp.getString("urval.enhet")).isEqualTo(enhet);
            assertThat(jp.getList("matdatum", String.class)).containsExactly("2026-04-01", "2026-11-01");
            assertThat(jp.getList("perEnhet.enhet", String.class)).containsExactly(enhet);
            // every indicator names its id and its definition; seed 004's D.3.1 is not reported
            assertThat(jp.getList("definitioner.indikator", String.class)).containsExactly("B.4.1", "A.2.2", "B 2.1", "B 2.4",
                    "D.1.1", "H.3.1", "BU.BESLUT_TILL_START", "BU.SKYDDSBEDOMNING_SAMMA_DAG");
            assertThat(jp.getString("definitioner.find { it.indikator == 'D.1.1' }.definition"))
                    .contains("Kontroll av att en omedelbar skyddsbedömning är gjord i ärenden som aktualiserats genom anmälan");
            assertThat(jp.getString("definitioner.find { it.indikator == 'H.3.1' }.definition"))
                    .contains("och där det inte redan pågår en utredning om det barn som anmälan avser");
            assertThat(jp.getBoolean("definitioner.find { it.indikator == 'BU.BESLUT_TILL_START' }.seedId")).isFalse();
            assertThat(jp.getBoolean("definitioner.find { it.indikator == 'B 2.4' }.seedId")).isTrue();
            for (String del : List.of("totalt", "perEnhet[0]")) {
                assertEnhetensIndikatorer(jp, del);
            }
        });

        // the unit manager sees no other unit; the rapportör sees every unit, each on its own, and the default period
        given().auth().oauth2(chef).queryParam("enhet", annanEnhet).get(URL).then().statusCode(403).contentType(PROBLEM);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath alla = given().auth().oauth2(RUT_RAPPORTOR).get(URL).then().statusCode(200).extract().jsonPath();
            assertThat(alla.getString("urval.fran")).isEqualTo("2026-01-01");
            assertThat(alla.getString("urval.till")).isEqualTo("2026-12-31");
            assertThat(alla.getString("urval.enhet")).isNull();
            assertThat(alla.getList("perEnhet.enhet", String.class)).contains(enhet, annanEnhet);
            assertEnhetensIndikatorer(alla, "perEnhet.find { it.enhet == '" + enhet + "' }");
            String annan = "perEnhet.find { it.enhet == '" + annanEnhet + "' }";
            assertAndel(alla, annan + ".genomforandeplan.matningar[0].totalt", 1, 1, 100.0);
            assertAndel(alla, annan + ".barnetInteHortIUppfoljning.totalt", 1, 1, 100.0);
            assertThat(alla.getLong(annan + ".tidFranBeslutTillStart.totalt.antal")).isEqualTo(1);
            assertThat(alla.getDouble(annan + ".tidFranBeslutTillStart.totalt.median")).isEqualTo(10.0);
            // in all, at least both units' cases
            assertThat(alla.getLong("totalt.tidFranBeslutTillStart.totalt.antal")).isGreaterThanOrEqualTo(4);
            assertThat(alla.getLong("totalt.barnetInteHortIUppfoljning.totalt.namnare")).isGreaterThanOrEqualTo(3);
        });
        JsonPath annanChef = given().auth().oauth2(DevTokens.token("kim", annanEnhet, "enhetschef"))
                .queryParam("fran", FRAN.toString()).queryParam("till", TILL.toString()).get(URL)
                .then().statusCode(200).extract().jsonPath();
        assertThat(annanChef.getList("perEnhet.enhet", String.class)).containsExactly(annanEnhet);
        assertAndel(annanChef, "totalt.genomforandeplan.matningar[1].totalt", 1, 1, 100.0);
        assertAndel(annanChef, "totalt.skyddsbedomningSammaDag.totalt", 0, 0, null);

        // only the first half year: one measuring date, and the meeting of September and start of March out of November
        JsonPath halvar = given().auth().oauth2(chef).queryParam("fran", "2026-01-01").queryParam("till", "2026-06-30").get(URL)
                .then().statusCode(200).extract().jsonPath();
        assertThat(halvar.getList("totalt.genomforandeplan.matningar.matdatum", String.class)).containsExactly("2026-04-01");
        assertAndel(halvar, "totalt.barnetInteHortIUppfoljning.totalt", 1, 2, 50.0);
        assertThat(halvar.getList("totalt.forhandsbedomningstid.perHalvar.fran", String.class)).containsExactly("2026-01-01");
        assertThat(halvar.getLong("totalt.forhandsbedomningstid.totalt.antal")).isEqualTo(5);
    }

    /** Unit {@code enhet}'s numbers, as the totals of its manager's view or its entry among all units. */
    private static void assertEnhetensIndikatorer(JsonPath jp, String del) {
        // B.4.1 on 1 April: A current (revised after the meeting), B not (the meeting required a revision), C not (no plan);
        // E ended in March. On 1 November: A not (the September meeting required a revision), B current, C current but
        // not drawn up "i samråd med brukaren" (neither the child nor a guardian took part).
        String april = del + ".genomforandeplan.matningar.find { it.matdatum == '2026-04-01' }";
        assertThat(jp.getString(del + ".genomforandeplan.indikator")).isEqualTo("B.4.1");
        assertAndel(jp, april + ".totalt", 1, 3, 33.3);
        assertAndel(jp, april + ".perKon.find { it.kon == 'KVINNA' }", 1, 2, 50.0);
        assertAndel(jp, april + ".perKon.find { it.kon == 'MAN' }", 0, 1, 0.0);
        assertThat(jp.getList(april + ".perKon.kon", String.class)).containsExactly("MAN", "KVINNA");
        String november = del + ".genomforandeplan.matningar.find { it.matdatum == '2026-11-01' }";
        assertAndel(jp, november + ".totalt", 1, 3, 33.3);
        assertAndel(jp, november + ".perKon.find { it.kon == 'KVINNA' }", 0, 2, 0.0);
        assertAndel(jp, november + ".perKon.find { it.kon == 'MAN' }", 1, 1, 100.0);

        // A.2.2 on both dates: A (needs a SIP, has one) and B (needs one, has none) of the ongoing; C's need not known
        for (String dag : List.of("2026-04-01", "2026-11-01")) {
            String sip = del + ".samordnadIndividuellPlan.matningar.find { it.matdatum == '" + dag + "' }";
            assertThat(jp.getString(del + ".samordnadIndividuellPlan.indikator")).isEqualTo("A.2.2");
            assertAndel(jp, sip + ".totalt", 1, 2, 50.0);
            assertAndel(jp, sip + ".perKon.find { it.kon == 'KVINNA' }", 1, 1, 100.0);
            assertAndel(jp, sip + ".perKon.find { it.kon == 'MAN' }", 0, 1, 0.0);
            assertThat(jp.getLong(sip + ".utanUppgift")).isEqualTo(1);
        }

        // BU.BESLUT_TILL_START (not seed D.3.1): 10, 20 and 60 days (E started in 2025)
        String dagar = del + ".tidFranBeslutTillStart";
        assertThat(jp.getString(dagar + ".indikator")).isEqualTo("BU.BESLUT_TILL_START");
        assertDagar(jp, dagar + ".totalt", 3, 30.0, 20.0);
        assertDagar(jp, dagar + ".perKon.find { it.kon == 'KVINNA' }", 2, 35.0, 35.0);
        assertDagar(jp, dagar + ".perKon.find { it.kon == 'MAN' }", 1, 20.0, 20.0);

        // D.1.1, the seed's sample – preliminary assessments closed in the period (O1, O2, O4, O6, O7, O8, O9): all but
        // O6 show a protection assessment
        String skydd = del + ".skyddsbedomningDokumenterad";
        assertThat(jp.getString(skydd + ".indikator")).isEqualTo("D.1.1");
        assertAndel(jp, skydd + ".totalt", 6, 7, 85.7);
        assertAndel(jp, skydd + ".perKon.find { it.kon == 'KVINNA' }", 2, 3, 66.7);
        assertAndel(jp, skydd + ".perKon.find { it.kon == 'MAN' }", 4, 4, 100.0);

        // BU.SKYDDSBEDOMNING_SAMMA_DAG – concerns received in the period: O1, O5, O7, O8, O9 the same day; O2 not, O3 not
        // yet, O6 never; O4 came in 2025
        String sammaDag = del + ".skyddsbedomningSammaDag";
        assertThat(jp.getString(sammaDag + ".indikator")).isEqualTo("BU.SKYDDSBEDOMNING_SAMMA_DAG");
        assertAndel(jp, sammaDag + ".totalt", 5, 8, 62.5);
        assertAndel(jp, sammaDag + ".perKon.find { it.kon == 'KVINNA' }", 2, 4, 50.0);
        assertAndel(jp, sammaDag + ".perKon.find { it.kon == 'MAN' }", 2, 3, 66.7);
        assertAndel(jp, sammaDag + ".perKon.find { it.kon == 'OKANT' }", 1, 1, 100.0);

        // H.3.1 – closed in the period but O8 (added to an ongoing investigation): 4, 6, 8, 13, 19 and 22 days
        String tid = del + ".forhandsbedomningstid";
        assertThat(jp.getString(tid + ".indikator")).isEqualTo("H.3.1");
        assertTid(jp, tid + ".totalt", 6, 12.0, 10.5, 4, 66.7, 2, 2, 2, 0);
        assertTid(jp, tid + ".perKon.find { it.kon == 'KVINNA' }", 2, 6.0, 6.0, 2, 100.0, 1, 1, 0, 0);
        assertTid(jp, tid + ".perKon.find { it.kon == 'MAN' }", 4, 15.0, 16.0, 2, 50.0, 1, 1, 2, 0);
        assertThat(jp.getList(tid + ".perKon.kon", String.class)).containsExactly("MAN", "KVINNA");
        // half-yearly: January–June O1, O2, O4, O6, O7; July–December O9
        assertThat(jp.getList(tid + ".perHalvar.fran", String.class)).containsExactly("2026-01-01", "2026-07-01");
        assertThat(jp.getList(tid + ".perHalvar.till", String.class)).containsExactly("2026-06-30", "2026-12-31");
        assertTid(jp, tid + ".perHalvar[0].totalt", 5, 10.6, 8.0, 4, 80.0, 2, 2, 1, 0);
        assertTid(jp, tid + ".perHalvar[1].totalt", 1, 19.0, 19.0, 0, 0.0, 0, 0, 1, 0);

        // B 2.1 – closed without investigation: O6 (not heard, no reasons), O7 (heard), O9 (not known)
        String dok = del + ".barnetHortIForhandsbedomning";
        assertThat(jp.getString(dok + ".indikator")).isEqualTo("B 2.1");
        assertDokumentation(jp, dok + ".totalt", 1, 3, 1, 50.0);
        assertDokumentation(jp, dok + ".perKon.find { it.kon == 'KVINNA' }", 1, 1, 0, 100.0);
        assertDokumentation(jp, dok + ".perKon.find { it.kon == 'MAN' }", 0, 2, 1, 0.0);

        // B 2.4 – children, not meetings: A took part in two of her three meetings (heard), B in none
        String hort = del + ".barnetInteHortIUppfoljning";
        assertThat(jp.getString(hort + ".indikator")).isEqualTo("B 2.4");
        assertAndel(jp, hort + ".totalt", 1, 2, 50.0);
        assertAndel(jp, hort + ".perKon.find { it.kon == 'KVINNA' }", 0, 1, 0.0);
        assertAndel(jp, hort + ".perKon.find { it.kon == 'MAN' }", 1, 1, 100.0);
    }

    @Test
    void ogiltig_period_och_roller() {
        given().auth().oauth2(RUT_RAPPORTOR).queryParam("fran", "2026-05-01").queryParam("till", "2026-04-30").get(URL)
                .then().statusCode(422).contentType(PROBLEM).body("rule", is("PERIOD_OGILTIG"))
                .body("violations[0].field", is("till"));
        given().auth().oauth2(RUT_RAPPORTOR).queryParam("fran", "0001-01-01").get(URL)
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].field", is("fran"))
                .body("violations[0].rule", is("DATUM_ORIMLIGT"));
        given().auth().oauth2(RUT_RAPPORTOR).queryParam("till", "2026-13-01").get(URL)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("till"));
        given().auth().oauth2(RUT_RAPPORTOR).queryParam("enhet", "ej giltig").get(URL)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("enhet"));
        // the period defaults to the current year up to today
        TestClock.set(kl(LocalDate.of(2027, 3, 15), 9));
        given().auth().oauth2(CHEF_MYND).get(URL).then().statusCode(200)
                .body("urval.fran", equalTo("2027-01-01")).body("urval.till", equalTo("2027-03-15"))
                .body("urval.enhet", equalTo("MYND-1")).body("matdatum.size()", is(0))
                .body("totalt.genomforandeplan.matningar.size()", is(0));
        given().auth().oauth2(CHEF_MYND).queryParam("enhet", "MYND-2").get(URL).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(ANNA).get(URL).then().statusCode(403);
        given().get(URL).then().statusCode(401);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------------

    private static String enhetskod() {
        return "KVAL-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertAndel(JsonPath jp, String vag, long taljare, long namnare, Double andel) {
        assertThat(jp.getLong(vag + ".taljare")).as(vag + ".taljare").isEqualTo(taljare);
        assertThat(jp.getLong(vag + ".namnare")).as(vag + ".namnare").isEqualTo(namnare);
        if (andel == null) {
            assertThat((Object) jp.get(vag + ".andel")).as(vag + ".andel").isNull();
        } else {
            assertThat(jp.getDouble(vag + ".andel")).as(vag + ".andel").isEqualTo(andel);
        }
    }

    private static void assertTid(JsonPath jp, String vag, long antal, double medel, double median, long inom14, double andel,
                                  long... fordelning) {
        assertDagar(jp, vag, antal, medel, median);
        assertThat(jp.getLong(vag + ".inom14Dagar")).as(vag + ".inom14Dagar").isEqualTo(inom14);
        assertThat(jp.getDouble(vag + ".andelInom14Dagar")).as(vag + ".andelInom14Dagar").isEqualTo(andel);
        assertThat(jp.getList(vag + ".fordelning.antal", Long.class)).as(vag + ".fordelning")
                .containsExactly(java.util.Arrays.stream(fordelning).boxed().toArray(Long[]::new));
        assertThat(jp.getList(vag + ".fordelning.fran", Integer.class)).containsExactly(0, 8, 15, 29);
    }

    private static void assertDokumentation(JsonPath jp, String vag, long saknas, long namnare, long okant, Double andel) {
        assertThat(jp.getLong(vag + ".saknas")).as(vag + ".saknas").isEqualTo(saknas);
        assertThat(jp.getLong(vag + ".namnare")).as(vag + ".namnare").isEqualTo(namnare);
        assertThat(jp.getLong(vag + ".okant")).as(vag + ".okant").isEqualTo(okant);
        assertThat(jp.getDouble(vag + ".andel")).as(vag + ".andel").isEqualTo(andel);
    }

    private static void skickat(ContractEventWriter w, String id, Barn barn, LocalDate beslut, String enhet, Boolean sipBehov,
                                Boolean sipFinns) {
        w.publish(id, new UppdragSkickat(id, "BEVILJAD_INSATS", barn, "UTF-1", enhet, "anna", kl(beslut, 11), "FAMILJEBEHANDLING",
                beslut, List.of(), null, sipBehov, sipFinns), kl(beslut, 11));
    }

    private static void assertDagar(JsonPath jp, String vag, long antal, double medel, double median) {
        assertThat(jp.getLong(vag + ".antal")).as(vag + ".antal").isEqualTo(antal);
        assertThat(jp.getDouble(vag + ".medel")).as(vag + ".medel").isEqualTo(medel);
        assertThat(jp.getDouble(vag + ".median")).as(vag + ".median").isEqualTo(median);
    }

    private static void insats(ContractEventWriter w, String id, Barn barn, LocalDate beslut, LocalDate start, String enhet) {
        w.publish(id, beviljad(id, barn, beslut, enhet, "anna"), kl(beslut, 10));
        w.publish(id, verkstalld(id, barn, beslut, start, enhet), kl(start, 15));
    }

    private static void plan(ContractEventWriter w, String id, int version, LocalDate datum) {
        plan(w, id, version, datum, true);
    }

    /** {@code familjenDeltog}: whether the child or a guardian took part in drawing up the plan (B.4.1 "i samråd"). */
    private static void plan(ContractEventWriter w, String id, int version, LocalDate datum, boolean familjenDeltog) {
        List<String> mal = List.of(UUID.randomUUID().toString());
        Record plan = version == 1 ? new GenomforandeplanUpprattad(id, 1, datum, mal, "eva", kl(datum, 13), familjenDeltog)
                : new GenomforandeplanReviderad(id, version, datum, "UPPFOLJNING", mal, "eva", kl(datum, 13));
        w.publish(id, plan, kl(datum, 13));
    }

    private static void mote(ContractEventWriter w, String id, Barn barn, String enhet, String moteId, int nummer,
                             LocalDate datum, boolean barnetDeltog, boolean revideras) {
        w.publish(id, new UppfoljningGenomford(id, moteId, nummer, false, datum, barn, "FAMILJEBEHANDLING", enhet, "UTF-1",
                barnetDeltog, List.of(new Malbedomning(UUID.randomUUID().toString(), "HALSA", "INGEN_FORANDRING")),
                revideras ? "JUSTERA" : "FORTSATTA", null, revideras, true, null, kl(datum, 16)), kl(datum, 16));
    }

    private static void oro(ContractEventWriter w, String id, Barn barn, String enhet, Instant inkom) {
        w.publish(id, new OroInlamnad(id, UUID.randomUUID().toString(), barn, null, null, false, "SKRIFTLIG", false, true,
                null, false, "MOTTAGNING", enhet, null, "INGEN_ANSVARIG_SOCIALSEKRETERARE", "utforare", "UTF-1", inkom), inkom);
    }

    private static void skydd(ContractEventWriter w, String id, Instant bedomd, boolean sammaDag) {
        w.publish(id, new SkyddsbedomningGjord(id, false, bedomd, sammaDag, bedomd.plusSeconds(600)), bedomd.plusSeconds(600));
    }

    private static void forhand(ContractEventWriter w, String id, Instant avslutad, int dagar, boolean inomFrist) {
        w.publish(id, new ForhandsbedomningAvslutad(id, "INLED_UTREDNING", avslutad, dagar, inomFrist), avslutad);
    }
}
