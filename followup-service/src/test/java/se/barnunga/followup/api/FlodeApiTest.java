package se.barnunga.followup.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.barnunga.followup.api.FollowupTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * The end-to-end case against real PostgreSQL and Kafka: from the assignment-service's real events on the
 * broker (ending with {@code InsatsVerkställd}) to two follow-up meetings and a closing meeting over REST, asserting
 * the public events on {@code barnunga.uppfoljning.v1} (in order, conforming to their schemas, without free text), the
 * routine's checklists and the outcome statistics.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class FlodeApiTest {

    private static final String[] FRITEXTER = {"Storgatan", "Mamman sätter gränser", "Hen tycker att samtalen", "Barnet går till skolan",
            "Träffarna flyttades", "Barnet var sjukt", "kvällarna blivit lugnare", "lugnare hemma", "fått verktyg", "Sammanfattningen saknades", "Ulla", "Anna"};

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String unikInsatstyp() {
        StringBuilder s = new StringBuilder("FLODE_");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void from_the_start_to_two_follow_ups_and_a_closing_meeting() throws Exception {
        LocalDate start = LocalDate.of(2027, 1, 11);
        TestClock.set(start.atTime(9, 0).atZone(TestClock.ZONE));
        String insatstyp = unikInsatstyp();
        Insats insats = verkstalldInsats("KVINNA", insatstyp, start, start.plusDays(45));
        String id = insats.uppdragId();

        // the planning meeting booked M1 within the window; the performer hands in the summary, both hold a pre-meeting
        get(ANNA, id).statusCode(200).body("bokatMoteId", equalTo("M1"))
                .body("moten[0].bokning.kalla", equalTo("PLANERINGSMOTE")).body("moten[0].bokning.inomFonster", equalTo(true))
                .body("nastaMote.fran", equalTo(start.plusDays(42).toString())).body("nastaMote.till", equalTo(start.plusDays(56).toString()));
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200).body("moteId", equalTo("M1"));
        TestClock.set(start.plusDays(44).atTime(13, 0).atZone(TestClock.ZONE));
        post(ANNA, id, "formote", Map.of("datum", start.plusDays(44).toString(), "planering", "Barnet deltar första halvtimmen."))
                .statusCode(200).body("moteId", equalTo("M1"));

        // follow-up 1: the child took part, continue with the next meeting in 7 weeks
        LocalDate mote1 = start.plusDays(45);
        TestClock.set(mote1.atTime(15, 0).atZone(TestClock.ZONE));
        post(ANNA, id, "uppfoljningsmote", uppfoljning(insats, mote1, true, "FORTSATTA", mote1.plusDays(49),
                "POSITIV_FORANDRING_MAL_EJ_UPPFYLLT", "INGEN_FORANDRING")).statusCode(200).body("moteId", equalTo("M1"));

        // follow-up 2 without the performer's summary: refused without a reason, accepted with one; the intervention closes
        LocalDate mote2 = mote1.plusDays(49);
        TestClock.set(mote2.atTime(15, 0).atZone(TestClock.ZONE));
        Map<String, Object> andra = uppfoljning(insats, mote2, false, "AVSLUTA", mote2.plusDays(20),
                "POSITIV_FORANDRING_MAL_UPPFYLLT", "POSITIV_FORANDRING_MAL_EJ_UPPFYLLT");
        post(ANNA, id, "uppfoljningsmote", andra).statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("skalUtanSammanfattning")).body("rule", equalTo("SAMMANFATTNING_SAKNAS"));
        andra.put("skalUtanSammanfattning", "Sammanfattningen saknades, utföraren var sjuk.");
        post(ANNA, id, "uppfoljningsmote", andra).statusCode(200).body("moteId", equalTo("M2"));

        // the closing meeting (booked at follow-up 2) with the performer's closing summary
        post(ULLA_UTFORARE, id, "sammanfattning", sammanfattning(insats)).statusCode(200).body("moteId", equalTo("M3"));
        LocalDate avslut = mote2.plusDays(20);
        TestClock.set(avslut.atTime(11, 0).atZone(TestClock.ZONE));
        // the one risk assessment is made in the assignment (RiskbedömningGjord) and carried into the closing meeting
        riskbedomd(insats, "MINSKAD", avslut.minusDays(1));
        post(ANNA, id, "avslutningsmote", avslutning(insats, avslut, "POSITIV_FORANDRING_MAL_UPPFYLLT", "POSITIV_FORANDRING_MAL_UPPFYLLT"))
                .statusCode(200).body("moteId", equalTo("M3"));
        post(ANNA, id, "moten", boka(avslut.plusDays(45))).statusCode(409).body("rule", equalTo("AVSLUTNINGSMOTE_GENOMFORT"));

        // the public events, in order, conforming to their schemas, with no free text
        List<String> vantade = List.of("UppföljningsmöteBokat", "UtförarsammanfattningLämnad", "UppföljningGenomförd",
                "UppföljningsmöteBokat", "UppföljningGenomförd", "UppföljningsmöteBokat", "UtförarsammanfattningLämnad",
                "AvslutningsmöteGenomfört");
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPFOLJNING)) {
            List<ConsumerRecord<String, byte[]>> records = reader.await(vantade.size(), TopicReader.withKey(id), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> TopicReader.cloudEvent(r).getType()).containsExactlyElementsOf(vantade);
            for (ConsumerRecord<String, byte[]> r : records) {
                ContractAssertions.assertConformsToContract(r);
                ContractAssertions.assertContainsNone(r, FRITEXTER);
            }
            JsonNode forsta = ContractAssertions.assertConformsToContract(records.get(0));
            assertThat(forsta.path("kalla").asText()).isEqualTo("PLANERINGSMOTE");
            assertThat(forsta.path("referensdatum").asText()).isEqualTo(start.toString());
            assertThat(forsta.path("dagarFranReferens").asInt()).isEqualTo(45);
            JsonNode uppfoljning1 = ContractAssertions.assertConformsToContract(records.get(2));
            assertThat(uppfoljning1.path("nummer").asInt()).isEqualTo(1);
            assertThat(uppfoljning1.path("barnetDeltog").asBoolean()).isTrue();
            assertThat(uppfoljning1.path("utfall").asText()).isEqualTo("FORTSATTA");
            assertThat(uppfoljning1.path("barn").path("pseudonym").asText()).isEqualTo(insats.pseudonym());
            assertThat(uppfoljning1.path("bedomningar")).hasSize(2);
            assertThat(uppfoljning1.path("bedomningar").get(1).path("bbicOmrade").asText()).isEqualTo("SKOLA");
            assertThat(uppfoljning1.path("bedomningar").get(1).path("skala").asText()).isEqualTo("INGEN_FORANDRING");
            JsonNode bokat2 = ContractAssertions.assertConformsToContract(records.get(3));
            assertThat(bokat2.path("kalla").asText()).isEqualTo("UPPFOLJNINGSMOTE");
            assertThat(bokat2.path("dagarFranReferens").asInt()).isEqualTo(49);
            assertThat(bokat2.path("inomFonster").asBoolean()).isTrue();
            JsonNode uppfoljning2 = ContractAssertions.assertConformsToContract(records.get(4));
            assertThat(uppfoljning2.path("nummer").asInt()).isEqualTo(2);
            assertThat(uppfoljning2.path("sammanfattningFanns").asBoolean()).isFalse();
            assertThat(uppfoljning2.path("utfall").asText()).isEqualTo("AVSLUTA");
            JsonNode bokat3 = ContractAssertions.assertConformsToContract(records.get(5));
            assertThat(bokat3.path("slag").asText()).isEqualTo("AVSLUTNING");
            assertThat(bokat3.path("inomFonster").isNull()).isTrue();
            JsonNode avslutning = ContractAssertions.assertConformsToContract(records.get(7));
            assertThat(avslutning.path("riskbedomning").asText()).isEqualTo("MINSKAD");
            assertThat(avslutning.path("slutsammanfattningPresenterad").asBoolean()).isTrue();
        }

        // the checklists per meeting, computed from the events
        get(ANNA, id + "/checklistor").statusCode(200)
                .body("checklistor.size()", equalTo(3))
                .body("checklistor[0].bilaga", equalTo("Bilaga 2 – Checklista Uppföljningsmöte"))
                .body("checklistor[0].punkter.find { it.id == 'FORMOTE' }.status", equalTo("KLAR"))
                .body("checklistor[0].punkter.find { it.id == 'SAMMANFATTNING' }.status", equalTo("KLAR"))
                .body("checklistor[0].punkter.find { it.id == 'MALEN' }.status", equalTo("KLAR"))
                .body("checklistor[0].punkter.find { it.id == 'NASTA_MOTE' }.status", equalTo("KLAR"))
                .body("checklistor[0].punkter.find { it.id == 'GENOMFORANDEPLAN' }.status", equalTo("EJ_AKTUELL"))
                .body("checklistor[1].punkter.find { it.id == 'SAMMANFATTNING' }.status", equalTo("EJ_GJORT"))
                .body("checklistor[1].punkter.find { it.id == 'FORMOTE' }.status", equalTo("EJ_AKTUELL"))
                .body("checklistor[2].bilaga", equalTo("Bilaga 3 – Checklista Avslutningsmöte"))
                .body("checklistor[2].punkter.find { it.id == 'SLUTSAMMANFATTNING' }.status", equalTo("KLAR"))
                .body("checklistor[2].punkter.find { it.id == 'RISKBEDOMNING' }.status", equalTo("KLAR"))
                .body("checklistor[2].punkter.find { it.id == 'INSATS_AVSLUTAD' }.status", equalTo("VANTAR"));
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(id, new InsatsAvslutad(id, avslut.plusDays(1), "MALEN_UPPFYLLDA", "MINSKAD", false, "anna",
                    Instant.now()), Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "KLAR".equals(get(ANNA, id + "/checklistor").extract()
                .path("checklistor[2].punkter.find { it.id == 'INSATS_AVSLUTAD' }.status")));

        // the outcome statistics for this intervention type: 6 ratings, the child took part in 1 of 2 follow-ups
        var statistik = get(RUT_RAPPORTOR, "statistik?insatstyp=" + insatstyp + "&fran=" + start + "&till=" + avslut).statusCode(200)
                .body("bedomningar.antal", equalTo(6))
                .body("bedomningar.perSteg.POSITIV_FORANDRING_MAL_UPPFYLLT", equalTo(3))
                .body("bedomningar.perSteg.POSITIV_FORANDRING_MAL_EJ_UPPFYLLT", equalTo(2))
                .body("bedomningar.perSteg.INGEN_FORANDRING", equalTo(1))
                .body("bedomningar.perSteg.NEGATIV_FORANDRING", equalTo(0))
                .body("bedomningar.andelProcent.POSITIV_FORANDRING_MAL_UPPFYLLT", equalTo(50.0f))
                .body("perEnhetOchInsatstyp.size()", equalTo(1))
                .body("perEnhetOchInsatstyp[0].utforarenhet", equalTo("UTF-1"))
                .body("perBbicOmrade.find { it.bbicOmrade == 'SKOLA' }.fordelning.antal", equalTo(3))
                .body("barnetsDeltagande.moten", equalTo(2))
                .body("barnetsDeltagande.barnetDeltog", equalTo(1))
                .body("barnetsDeltagandePerKon.size()", equalTo(1))
                .body("barnetsDeltagandePerKon[0].kon", equalTo("KVINNA"))
                .body("barnetsDeltagandePerKon[0].andelProcent", equalTo(50.0f));
        assertThat(statistik.extract().asString()).doesNotContain(insats.pseudonym()).doesNotContain(id);
    }
}
