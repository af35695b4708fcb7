package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppdrag.BeslutOmprovat;
import se.barnunga.contracts.uppdrag.FamiljenInformeradInforAvslut;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.SamtyckeAterkallat;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppfoljning.Malbedomning;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.contracts.uppfoljning.UtredningInledd;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * Issue 16 end to end, from the other services' events on the broker to the bevakning topic and REST: the IVO
 * requirement of a decision registered late (the clock moved) names its first quarter, and a start in time registered
 * afterwards withdraws the passing and the IVO requirement; the consent, after-follow-up, follow-up-before-the-
 * investigation-ends and informed-family watches; the rule catalogue's IVO reading.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class NyaBevakningarApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> r) throws Exception {
        return JSON.readTree(TopicReader.cloudEvent(r).getData().toBytes());
    }

    private static List<ConsumerRecord<String, byte[]>> pa(TopicReader topic, String arendeId, String typ, int antal) {
        return topic.await(antal, r -> r.key().equals(arendeId) && TopicReader.cloudEvent(r).getType().equals(typ),
                Duration.ofSeconds(30));
    }

    private static void vantaPa(String fraga, int antal) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA).get("/api/bevakningar?" + fraga)
                .then().statusCode(200).body("total", equalTo(antal)));
    }

    @Test
    void ett_sent_registrerat_beslut_anger_forsta_kvartalet_och_en_start_i_tid_aterkallar_larm_och_ivo_krav() throws Exception {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "KVINNA", 2015);
        LocalDate beslut = LocalDate.of(2026, 11, 30);
        // registered only on 10 August 2027 (quarter 3); the three months passed on 1 March (quarter 1)
        TestClock.set(kl(LocalDate.of(2027, 8, 10), 9));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(LocalDate.of(2027, 8, 10), 9));
        }
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            ConsumerRecord<String, byte[]> kravs = pa(topic, uppdragId, "IvoRapporteringKrävs", 1).get(0);
            ContractAssertions.assertConformsToContract(kravs);
            assertThat(data(kravs).get("kvartal").asText()).isEqualTo("2027-Q3");
            assertThat(data(kravs).get("forstaKvartal").asText()).isEqualTo("2027-Q1");
            assertThat(data(kravs).get("forstaGangen").asBoolean()).isTrue();
        }
        String ivoId = "IVO_EJ_VERKSTALLT:" + uppdragId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200)
                .body("bevakningar.find { it.regelId == 'IVO_EJ_VERKSTALLT' }.okvitteratLarm", equalTo(true))
                .body("historik.find { it.handelse == 'IvoRapporteringKrävs' }.detalj", containsString("från 2027-Q1")));

        // the start, on 7 December 2026 – within the three months – is registered the day after
        TestClock.set(kl(LocalDate.of(2027, 8, 11), 10));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, verkstalld(uppdragId, barn, beslut, LocalDate.of(2026, 12, 7), "MYND-1"),
                    kl(LocalDate.of(2027, 8, 11), 10));
        }
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            List<ConsumerRecord<String, byte[]>> aterkallade = pa(topic, uppdragId, "BevakningPasseradÅterkallad", 2);
            for (ConsumerRecord<String, byte[]> r : aterkallade) {
                ContractAssertions.assertConformsToContract(r);
                assertThat(data(r).get("orsak").asText()).isEqualTo("UPPFYLLD_INOM_FRIST");
                assertThat(data(r).get("datum").asText()).isEqualTo("2026-12-07");
            }
            assertThat(aterkallade.stream().map(r -> {
                try {
                    return data(r).get("regelId").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })).containsExactlyInAnyOrder("VERKSTALLIGHET_START", "IVO_EJ_VERKSTALLT");
            ConsumerRecord<String, byte[]> ivo = pa(topic, uppdragId, "IvoRapporteringÅterkallad", 1).get(0);
            ContractAssertions.assertConformsToContract(ivo);
            assertThat(data(ivo).get("forstaKvartal").asText()).isEqualTo("2027-Q1");
            assertThat(data(ivo).get("senasteKvartal").asText()).isEqualTo("2027-Q3");
            assertThat(data(ivo).get("slag").asText()).isEqualTo("EJ_VERKSTALLT");
        }
        // the alarm is cleared: nothing to acknowledge, no longer among the passed watches
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200)
                .body("bevakningar.find { it.regelId == 'IVO_EJ_VERKSTALLT' }.status", equalTo("UPPFYLLD"))
                .body("bevakningar.find { it.regelId == 'IVO_EJ_VERKSTALLT' }.inomFrist", equalTo(true))
                .body("bevakningar.find { it.regelId == 'IVO_EJ_VERKSTALLT' }.okvitteratLarm", equalTo(false))
                .body("bevakningar.find { it.regelId == 'IVO_EJ_VERKSTALLT' }.passeradLarm", nullValue())
                .body("bevakningar.find { it.regelId == 'IVO_EJ_VERKSTALLT' }.ivoKvartal", nullValue())
                .body("historik.handelse", hasItems("BevakningPasseradÅterkallad", "IvoRapporteringÅterkallad")));
        given().auth().oauth2(RUT_RAPPORTOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/bevakningar/" + ivoId + "/kvittering").then().statusCode(409).contentType(PROBLEM);
        // and the next quarter raises nothing
        TestClock.set(kl(LocalDate.of(2027, 10, 1), 1));
        svep.svep();
        Thread.sleep(1000);
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> krav = r -> r.key().equals(uppdragId)
                    && TopicReader.cloudEvent(r).getType().equals("IvoRapporteringKrävs");
            // read up to the first quarter's requirement (a single poll may return before the topic is read), then read
            // on for a moment: a requirement of the next quarter would be there by now
            topic.await(1, krav, Duration.ofSeconds(30));
            Thread.sleep(1000);
            assertThat(topic.await(1, krav, Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void samtycke_aterkallat_bevakas_tills_beslutet_omprovas() throws Exception {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "MAN", 2012);
        LocalDate beslut = LocalDate.of(2027, 1, 11);
        LocalDate aterkallat = LocalDate.of(2027, 3, 1);
        TestClock.set(kl(aterkallat, 12));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
            w.publish(uppdragId, verkstalld(uppdragId, barn, beslut, LocalDate.of(2027, 1, 18), "MYND-1"), kl(beslut.plusDays(7), 15));
            w.publish(uppdragId, new SamtyckeAterkallat(uppdragId, barn, "VARDNADSHAVARE", aterkallat, "SOL_2025_11_1", "MYND-1",
                    "anna", kl(aterkallat, 11)), kl(aterkallat, 11));
        }
        vantaPa("regel=SAMTYCKE_ATERKALLAT&barn=" + barn.pseudonym(), 1);
        given().auth().oauth2(ANNA).get("/api/bevakningar?regel=SAMTYCKE_ATERKALLAT&barn=" + barn.pseudonym()).then()
                .body("items[0].forfallodatum", equalTo("2027-03-15"))
                .body("items[0].bevakningId", equalTo("SAMTYCKE_ATERKALLAT:" + uppdragId + ":2027-03-01"));
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            List<ConsumerRecord<String, byte[]>> startade = topic.await(1, r -> {
                try {
                    return r.key().equals(uppdragId) && TopicReader.cloudEvent(r).getType().equals("BevakningStartad")
                            && data(r).get("regelId").asText().equals("SAMTYCKE_ATERKALLAT");
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(30));
            ContractAssertions.assertConformsToContract(startade.get(0));
        }

        TestClock.set(kl(LocalDate.of(2027, 3, 8), 12));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, new BeslutOmprovat(uppdragId, barn, "SOL_2025_11_1", "NYTT_SAMTYCKE", LocalDate.of(2027, 3, 8),
                    "MYND-1", "anna", kl(LocalDate.of(2027, 3, 8), 11)), kl(LocalDate.of(2027, 3, 8), 11));
        }
        vantaPa("regel=SAMTYCKE_ATERKALLAT&barn=" + barn.pseudonym(), 0);
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            List<ConsumerRecord<String, byte[]>> uppfyllda = topic.await(1, r -> {
                try {
                    return r.key().equals(uppdragId) && TopicReader.cloudEvent(r).getType().equals("BevakningUppfylld")
                            && data(r).get("regelId").asText().equals("SAMTYCKE_ATERKALLAT");
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(30));
            ContractAssertions.assertConformsToContract(uppfyllda.get(0));
            assertThat(data(uppfyllda.get(0)).get("inomFrist").asBoolean()).isTrue();
        }
    }

    @Test
    void efter_en_negativ_bedomning_bevakas_att_utredningen_inleds() {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "KVINNA", 2013);
        LocalDate beslut = LocalDate.of(2027, 1, 11);
        LocalDate mote = LocalDate.of(2027, 3, 1);
        TestClock.set(kl(mote, 17));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
            w.publish(uppdragId, verkstalld(uppdragId, barn, beslut, LocalDate.of(2027, 1, 18), "MYND-1"), kl(beslut.plusDays(7), 15));
        }
        try (ContractEventWriter w = ContractEventWriter.as("followup-service")) {
            w.publish(uppdragId, new UppfoljningGenomford(uppdragId, "M1", 1, false, mote, barn, "FAMILJEBEHANDLING", "MYND-1", "UTF-1",
                    true, List.of(new Malbedomning(UUID.randomUUID().toString(), "HALSA", "NEGATIV_FORANDRING")), "FORTSATTA", null,
                    false, true, null, kl(mote, 16)), kl(mote, 16));
        }
        vantaPa("regel=ATGARD_EFTER_UPPFOLJNING&barn=" + barn.pseudonym(), 1);
        given().auth().oauth2(ANNA).get("/api/bevakningar?regel=ATGARD_EFTER_UPPFOLJNING&barn=" + barn.pseudonym()).then()
                .body("items[0].forfallodatum", equalTo("2027-03-15"));
        try (ContractEventWriter w = ContractEventWriter.as("followup-service")) {
            // moteId null: the contract's schema types it as a uuid while meeting ids are M1, M2, … (reported to the lead);
            // the watch is met by any investigation opened on or after the meeting's day
            w.publish(uppdragId, new UtredningInledd(uppdragId, null, LocalDate.of(2027, 3, 10), barn, "MYND-1", "anna",
                    kl(LocalDate.of(2027, 3, 10), 9)), kl(LocalDate.of(2027, 3, 10), 9));
        }
        vantaPa("regel=ATGARD_EFTER_UPPFOLJNING&barn=" + barn.pseudonym(), 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200)
                .body("bevakningar.find { it.regelId == 'ATGARD_EFTER_UPPFOLJNING' }.status", equalTo("UPPFYLLD"))
                .body("bevakningar.find { it.regelId == 'ATGARD_EFTER_UPPFOLJNING' }.uppfylldDatum", equalTo("2027-03-10")));
    }

    @Test
    void insats_under_utredning_foljs_upp_fore_utredningens_slut_och_familjen_informeras_infor_periodens_slut() {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "MAN", 2010);
        LocalDate beslut = LocalDate.of(2027, 1, 11);
        LocalDate slut = LocalDate.of(2027, 4, 30);
        TestClock.set(kl(LocalDate.of(2027, 1, 12), 12));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, new InsatsBeviljad(uppdragId, "INSATS_UNDER_UTREDNING", barn, "FAMILJEBEHANDLING", beslut,
                    "SOL_2025_11_1", beslut, slut, List.of(), "MYND-1", "anna", "UTF-1", kl(beslut, 10)), kl(beslut, 10));
            w.publish(uppdragId, new UppdragSkickat(uppdragId, "INSATS_UNDER_UTREDNING", barn, "UTF-1", "MYND-1", "anna",
                    kl(LocalDate.of(2027, 1, 12), 9), "FAMILJEBEHANDLING", beslut, List.of(), slut, false, null),
                    kl(LocalDate.of(2027, 1, 12), 9));
        }
        vantaPa("regel=UPPFOLJNING_FORE_UTREDNINGENS_SLUT&barn=" + barn.pseudonym(), 1);
        vantaPa("regel=BESLUTSPERIOD_SLUTAR&barn=" + barn.pseudonym(), 1);
        given().auth().oauth2(ANNA).get("/api/bevakningar?regel=UPPFOLJNING_FORE_UTREDNINGENS_SLUT&barn=" + barn.pseudonym()).then()
                .body("items[0].forfallodatum", equalTo("2027-04-30"));

        TestClock.set(kl(LocalDate.of(2027, 4, 20), 17));
        try (ContractEventWriter w = ContractEventWriter.as("followup-service")) {
            w.publish(uppdragId, new UppfoljningGenomford(uppdragId, "M1", 1, false, LocalDate.of(2027, 4, 20), barn,
                    "FAMILJEBEHANDLING", "MYND-1", "UTF-1", true, List.of(), "FORTSATTA", null, false, true, null,
                    kl(LocalDate.of(2027, 4, 20), 16)), kl(LocalDate.of(2027, 4, 20), 16));
        }
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, new FamiljenInformeradInforAvslut(uppdragId, LocalDate.of(2027, 4, 20),
                    List.of("VARDNADSHAVARE", "BARNET"), "anna", kl(LocalDate.of(2027, 4, 20), 17)), kl(LocalDate.of(2027, 4, 20), 17));
        }
        vantaPa("regel=UPPFOLJNING_FORE_UTREDNINGENS_SLUT&barn=" + barn.pseudonym(), 0);
        vantaPa("regel=BESLUTSPERIOD_SLUTAR&barn=" + barn.pseudonym(), 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200)
                .body("bevakningar.find { it.regelId == 'UPPFOLJNING_FORE_UTREDNINGENS_SLUT' }.inomFrist", equalTo(true))
                .body("bevakningar.find { it.regelId == 'BESLUTSPERIOD_SLUTAR' }.status", equalTo("UPPFYLLD"))
                .body("bevakningar.find { it.regelId == 'BESLUTSPERIOD_SLUTAR' }.inomFrist", equalTo(true)));
    }

    @Test
    void regelkatalogen_anger_ivo_lasningen_och_de_nya_reglernas_tider() {
        given().auth().oauth2(ANNA).get("/api/bevakningsregler").then().statusCode(200)
                .body("regler.id", hasItems("SAMTYCKE_ATERKALLAT", "ATGARD_EFTER_UPPFOLJNING", "UPPFOLJNING_FORE_UTREDNINGENS_SLUT"))
                .body("regler.find { it.id == 'IVO_EJ_VERKSTALLT' && it.version == 2 }.beskrivning",
                        containsString("inte beslut för unga vuxna enligt 13 kap. 7 § SoL (tidigare 3 kap. 6 b §) och inte 11 § LVU"))
                .body("regler.find { it.id == 'SAMTYCKE_ATERKALLAT' }.frist.antal", equalTo(14))
                .body("regler.find { it.id == 'ATGARD_EFTER_UPPFOLJNING' }.frist.antal", equalTo(14))
                .body("regler.find { it.id == 'BESLUTSPERIOD_SLUTAR' }.uppfylls.handelse", hasItem("FamiljenInformeradInförAvslut"));
    }
}
