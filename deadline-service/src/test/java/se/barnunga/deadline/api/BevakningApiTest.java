package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * The watches over REST, fed by real events on the broker: a follow-up meeting not held within 8 weeks, a backdated
 * decision, arrival order and re-delivery, acknowledgements, the lists' filters, permissions and bad input.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class BevakningApiTest {

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    private static UppfoljningGenomford mote(String uppdragId, Barn barn, String moteId, int nummer, LocalDate datum, String utfall) {
        return new UppfoljningGenomford(uppdragId, moteId, nummer, false, datum, barn, "FAMILJEBEHANDLING", "MYND-1", "UTF-1", true,
                List.of(), utfall, null, false, true, "FORTSATTA".equals(utfall) ? datum.plusWeeks(7) : null, kl(datum, 16));
    }

    private static void vantaPa(String token, String fraga, int antal) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).get("/api/bevakningar?" + fraga)
                .then().statusCode(200).body("total", equalTo(antal)));
    }

    @Test
    void ett_uppfoljningsmote_som_inte_halls_inom_8_veckor_passerar_och_ett_sent_mote_uppfyller_det_sent() {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "KVINNA", 2014);
        LocalDate beslut = LocalDate.of(2027, 1, 11);
        LocalDate start = LocalDate.of(2027, 1, 18);
        TestClock.set(kl(start, 16));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
            w.publish(uppdragId, verkstalld(uppdragId, barn, beslut, start, "MYND-1"), kl(start, 15));
        }
        vantaPa(ANNA, "regel=FORSTA_UPPFOLJNING&barn=" + barn.pseudonym(), 1);

        // 8 weeks after the start is 15 March: passed from 16 March
        TestClock.set(kl(LocalDate.of(2027, 3, 16), 8));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            svep.svep();
            given().auth().oauth2(ANNA).get("/api/bevakningar?passerade=true&regel=FORSTA_UPPFOLJNING&barn=" + barn.pseudonym())
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].forfallodatum", equalTo("2027-03-15"))
                    .body("items[0].okvitteratLarm", equalTo(true));
        });
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            List<ConsumerRecord<String, byte[]>> passerad = topic.await(1, r -> r.key().equals(uppdragId)
                    && TopicReader.cloudEvent(r).getType().equals("BevakningPasserad"), Duration.ofSeconds(30));
            var data = ContractAssertions.assertConformsToContract(passerad.get(0));
            assertThat(data.get("regelId").asText()).isEqualTo("FORSTA_UPPFOLJNING");
            ContractAssertions.assertContainsNone(passerad.get(0), "anna@", "20140");
        }

        // the meeting is held late: met, not in time, and the next meeting is watched 8 weeks on
        try (ContractEventWriter w = ContractEventWriter.as("followup-service")) {
            w.publish(uppdragId, mote(uppdragId, barn, "M1", 1, LocalDate.of(2027, 3, 17), "FORTSATTA"), kl(LocalDate.of(2027, 3, 17), 16));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/" + uppdragId)
                .then().statusCode(200)
                .body("bevakningar.find { it.regelId == 'FORSTA_UPPFOLJNING' }.status", equalTo("UPPFYLLD"))
                .body("bevakningar.find { it.regelId == 'FORSTA_UPPFOLJNING' }.inomFrist", equalTo(false))
                .body("bevakningar.find { it.regelId == 'NASTA_UPPFOLJNING' }.forfallodatum", equalTo("2027-05-12"))
                .body("historik.handelse", hasItems("BevakningStartad", "BevakningPasserad", "BevakningUppfylld")));
    }

    @Test
    void ett_bakdaterat_beslut_som_redan_passerat_tre_manader_larmar_genast() {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "MAN", 2013);
        LocalDate beslut = LocalDate.of(2026, 6, 30);
        TestClock.set(kl(LocalDate.of(2026, 11, 2), 9));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(LocalDate.of(2026, 11, 2), 8));
        }
        // no sweep: the start command itself raises it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar?passerade=true&regel=IVO_EJ_VERKSTALLT&barn=" + barn.pseudonym())
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].forfallodatum", equalTo("2026-09-30"))
                .body("items[0].ivoKvartal", equalTo("2026-Q4")));
    }

    /** What a case's watches are, independent of when and how often they were raised. */
    private static List<Map<String, Object>> bevakningar(String uppdragId) {
        List<Map<String, Object>> lista = given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/" + uppdragId)
                .then().statusCode(200).extract().jsonPath().getList("bevakningar");
        return lista.stream().map(b -> Map.<String, Object>of("regel", b.get("regelId"), "status", b.get("status"),
                "forfallodatum", b.get("forfallodatum"), "uppfylld", String.valueOf(b.get("uppfylldDatum")),
                "inomFrist", String.valueOf(b.get("inomFrist")))).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    @Test
    void stopphandelse_fore_start_dubbletter_och_omspelning_ger_samma_bevakningar() {
        LocalDate beslut = LocalDate.of(2027, 2, 1);
        LocalDate start = LocalDate.of(2027, 2, 8);
        TestClock.set(kl(LocalDate.of(2027, 2, 10), 9));
        String iOrdning = UUID.randomUUID().toString();
        String baklanges = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "KVINNA", 2012);
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(iOrdning, beviljad(iOrdning, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
            w.publish(iOrdning, verkstalld(iOrdning, barn, beslut, start, "MYND-1"), kl(start, 15));
            // the stop event first, then the start event, each delivered twice (same CloudEvent id)
            String stopp = UUID.randomUUID().toString();
            String startId = UUID.randomUUID().toString();
            w.publish(stopp, baklanges, verkstalld(baklanges, barn, beslut, start, "MYND-1"), kl(start, 15));
            w.publish(startId, baklanges, beviljad(baklanges, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
            w.publish(stopp, baklanges, verkstalld(baklanges, barn, beslut, start, "MYND-1"), kl(start, 15));
            w.publish(startId, baklanges, beviljad(baklanges, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(bevakningar(iOrdning)).hasSize(4);
            assertThat(bevakningar(baklanges)).isEqualTo(bevakningar(iOrdning));
        });
        assertThat(bevakningar(iOrdning)).extracting(b -> b.get("regel") + ":" + b.get("status"))
                .containsExactlyInAnyOrder("VERKSTALLIGHET_START:UPPFYLLD", "IVO_EJ_VERKSTALLT:UPPFYLLD", "FORSTA_UPPFOLJNING:OPPEN",
                        "GENOMFORANDEPLAN_UPPRATTAD:OPPEN");
    }

    @Test
    void ett_larm_kvitteras_en_gang_av_arendets_enhet_med_kommentar() {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "MAN", 2015);
        LocalDate beslut = LocalDate.of(2027, 3, 1);
        TestClock.set(kl(LocalDate.of(2027, 3, 16), 9)); // 14 days passed on 15 March: VERKSTALLIGHET_START is overdue
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
        }
        String id = "VERKSTALLIGHET_START:" + uppdragId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar?passerade=true&regel=VERKSTALLIGHET_START&barn=" + barn.pseudonym())
                .then().statusCode(200).body("items[0].okvitteratLarm", equalTo(true)));

        given().auth().oauth2(SARA_ANNAN_ENHET).contentType(ContentType.JSON).body(Map.of("kommentar", "Inte min"))
                .post("/api/bevakningar/" + id + "/kvittering").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(RUT_RAPPORTOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/bevakningar/" + id + "/kvittering").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("kommentar", "x".repeat(1001)))
                .post("/api/bevakningar/" + id + "/kvittering").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("kommentar", "Utföraren startar måndag"))
                .post("/api/bevakningar/" + id + "/kvittering").then().statusCode(200)
                .body("kvitteradAv", equalTo("anna"));
        given().auth().oauth2(CHEF_MYND).contentType(ContentType.JSON).body(Map.of())
                .post("/api/bevakningar/" + id + "/kvittering").then().statusCode(409).contentType(PROBLEM)
                .body("rule", equalTo("LARM_REDAN_KVITTERAT"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of())
                .post("/api/bevakningar/VERKSTALLIGHET_START:" + UUID.randomUUID() + "/kvittering").then().statusCode(404)
                .contentType(PROBLEM);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200)
                .body("bevakningar.find { it.regelId == 'VERKSTALLIGHET_START' }.okvitteratLarm", equalTo(false))
                .body("bevakningar.find { it.regelId == 'VERKSTALLIGHET_START' }.kvitteradAv", equalTo("anna"))
                .body("historik.find { it.handelse == 'LarmKvitterat' }.kommentar", equalTo("Utföraren startar måndag"))
                .body("historik.find { it.handelse == 'LarmKvitterat' }.utfordAv", equalTo("anna")));
        given().auth().oauth2(SARA_ANNAN_ENHET).get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(403);
        given().auth().oauth2(RUT_RAPPORTOR).get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200);
    }

    @Test
    void listan_visar_mest_bradskande_forst_och_filtrerar_per_enhet_socialsekreterare_och_period() {
        String enhet = "MYND-L" + (System.nanoTime() % 100000);
        String ss = "ss-" + UUID.randomUUID();
        String tidig = UUID.randomUUID().toString();
        String sen = UUID.randomUUID().toString();
        TestClock.set(kl(LocalDate.of(2027, 4, 20), 9));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(sen, beviljad(sen, new Barn(pseudonym(), "MAN", 2011), LocalDate.of(2027, 4, 15), enhet, ss), kl(LocalDate.of(2027, 4, 15), 10));
            w.publish(tidig, beviljad(tidig, new Barn(pseudonym(), "KVINNA", 2011), LocalDate.of(2027, 4, 1), enhet, ss), kl(LocalDate.of(2027, 4, 1), 10));
        }
        String chef = se.barnunga.testing.DevTokens.token("chef-l", enhet, "enhetschef");
        vantaPa(chef, "socialsekreterare=" + ss, 4);
        given().auth().oauth2(chef).get("/api/bevakningar?socialsekreterare=" + ss).then().statusCode(200)
                .body("items.arendeId", equalTo(List.of(tidig, sen, tidig, sen)))
                .body("items.regelId", equalTo(List.of("VERKSTALLIGHET_START", "VERKSTALLIGHET_START", "IVO_EJ_VERKSTALLT", "IVO_EJ_VERKSTALLT")))
                .body("items[0].passerad", equalTo(true))
                .body("items[0].dagarKvar", equalTo(-5));
        given().auth().oauth2(chef).get("/api/bevakningar?socialsekreterare=" + ss + "&passerade=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].arendeId", equalTo(tidig));
        given().auth().oauth2(chef).get("/api/bevakningar?socialsekreterare=" + ss + "&fran=2027-07-01&till=2027-07-31")
                .then().statusCode(200).body("total", equalTo(2)).body("items.regelId", hasItem("IVO_EJ_VERKSTALLT"));
        given().auth().oauth2(RUT_RAPPORTOR).get("/api/bevakningar?enhet=" + enhet).then().statusCode(200).body("total", equalTo(4));
        given().auth().oauth2(ANNA).get("/api/bevakningar?socialsekreterare=" + ss).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(ANNA).get("/api/bevakningar?enhet=" + enhet).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void felaktiga_fragor_ger_4xx_som_namner_faltet() {
        given().auth().oauth2(ANNA).get("/api/bevakningar?regel=FINNS_INTE").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("regel"));
        given().auth().oauth2(ANNA).get("/api/bevakningar?fran=2027-05-01&till=2027-04-01").then().statusCode(422)
                .body("violations[0].field", equalTo("till")).body("rule", equalTo("PERIOD_OGILTIG"));
        given().auth().oauth2(ANNA).get("/api/bevakningar?fran=igår").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ANNA).get("/api/bevakningar?fran=9999-01-01").then().statusCode(422).body("rule", equalTo("DATUM_ORIMLIGT"));
        given().auth().oauth2(ANNA).get("/api/bevakningar?page=-1").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ANNA).get("/api/bevakningar?barn=Anna%20Andersson").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/inte-ett-id").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/bevakningar").then().statusCode(401);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body("{\"kommentar\": 5, \"okand\": 1}")
                .post("/api/bevakningar/IVO_EJ_VERKSTALLT:" + UUID.randomUUID() + "/kvittering").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body("{}")
                .post("/api/bevakningar/inte%20ett%20id/kvittering").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ANNA).get("/api/bevakningsregler").then().statusCode(200)
                .body("tidszon", equalTo("Europe/Stockholm"))
                .body("regler.id", hasItems("IVO_EJ_VERKSTALLT", "FORSTA_UPPFOLJNING", "SKYDDSBEDOMNING", "FORHANDSBEDOMNING"))
                .body("regler.find { it.id == 'IVO_EJ_VERKSTALLT' && it.version == 2 }.kalla", equalTo("34 kap. 1 § SoL (2025:400)"));
        given().auth().oauth2(ANNA).get("/api/bevakningsregler/FINNS_INTE").then().statusCode(404).contentType(PROBLEM);
    }
}
