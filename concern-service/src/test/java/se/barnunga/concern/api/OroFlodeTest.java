package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.barnunga.concern.application.Ansvariga;
import se.barnunga.concern.application.Fristbevakning;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppdrag.Mal;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * The end-to-end cases against real PostgreSQL and Kafka: a performer's acute oral concern about a child with
 * an ongoing assignment reaches the child's social secretary (learned from a real {@code UppdragSkickat} on the
 * broker), is confirmed in writing, assessed and closed, with the public events in order and nothing identifying on
 * the broker; an abuse case where the guardians were told is accepted and lands in the deviation register; routing to
 * Socialjouren after office hours and escalation of an unacknowledged concern.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroFlodeTest {

    private static final String BESKRIVNING = "Barnet berättade i dag om blåmärken";

    @Inject
    Pseudonymizer pseudonymizer;
    @Inject
    Ansvariga ansvariga;
    @Inject
    Fristbevakning fristbevakning;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A weekday 10:00 in Stockholm, inside office hours. */
    private static ZonedDateTime tisdagFormiddag() {
        return ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, TestClock.ZONE);
    }

    /** Puts the assignment-service's UppdragSkickat for the child on the broker and waits until the service learned it. */
    private String uppdragSkickat(String personnummer, String socialsekreterare) {
        String uppdragId = UUID.randomUUID().toString();
        Personnummer pnr = Personnummer.parse(personnummer, LocalDate.of(2026, 11, 23));
        String pseudonym = pseudonymizer.pseudonym(pnr);
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(uppdragId, new UppdragSkickat(uppdragId, "BEVILJAD_INSATS", new Barn(pseudonym, "KVINNA", 2015), "UTF-1",
                    "MYND-1", socialsekreterare, Instant.now(), "FAMILJEBEHANDLING", LocalDate.of(2026, 11, 2),
                    List.of(new Mal(UUID.randomUUID().toString(), "FAMILJ_OCH_SOCIALA_RELATIONER")), null), Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ansvariga.forBarnet(uppdragId, pseudonym).isPresent()));
        return uppdragId;
    }

    @Test
    void an_acute_oral_concern_of_a_performer_reaches_the_childs_secretary_and_is_handled_to_the_preliminary_assessment() {
        String uppdragId = uppdragSkickat(BARN_PNR, "anna");
        TestClock.set(tisdagFormiddag());
        try (TopicReader reader = TopicReader.fromBeginning(Topics.ORO)) {
            String oroId = lamna(ULLA_UTFORARE, oroBody(BARN_PNR, uppdragId, true, "MUNTLIG", false, true))
                    .statusCode(201)
                    .body("oro[0].dirigering.mottagare.typ", is("SOCIALSEKRETERARE"))
                    .body("oro[0].dirigering.mottagare.socialsekreterare", is("anna"))
                    .body("oro[0].dirigering.grund", is("ANSVARIG_SOCIALSEKRETERARE"))
                    .body("oro[0].avvikelser.size()", is(0))
                    .extract().path("oro[0].oroId");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(ANNA).when().get("/api/oro/inkorg").then().statusCode(200)
                            .body("items.oroId", hasItem(oroId)));

            post(ULLA_UTFORARE, "skriftlig-bekraftelse", oroId, """
                    {"text": "Skriftlig bekräftelse: barnet hade blåmärken på armarna och sade att pappa blir arg."}""")
                    .statusCode(200);
            post(ANNA, "mottagen", oroId, null).statusCode(200);
            post(ANNA, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now()))
                    .statusCode(200);
            post(ANNA, "aterkoppling", oroId, """
                    {"besked": "UTREDNING_INLEDD"}""").statusCode(200);
            post(ANNA, "forhandsbedomning", oroId, """
                    {"beslut": "INLED_UTREDNING", "skal": "Uppgifterna om våld behöver utredas.", "barnetKomTillTals": true}""").statusCode(200);

            List<ConsumerRecord<String, byte[]>> records = reader.await(6, TopicReader.withKey(oroId), Duration.ofSeconds(30));
            assertThat(records.stream().map(r -> TopicReader.cloudEvent(r).getType()).toList()).containsExactly(
                    "OroInlämnad", "OroBekräftadSkriftligt", "OroMottagen", "SkyddsbedömningGjord", "ÅterkopplingLämnad",
                    "FörhandsbedömningAvslutad");
            for (ConsumerRecord<String, byte[]> r : records) {
                ContractAssertions.assertConformsToContract(r);
                ContractAssertions.assertContainsNone(r, "201504122381", "20150412-2381", "150412-2381", BESKRIVNING, "blåmärken",
                        "Ulla Utförare", "031-123456", "Samtal med barnet", "Anna Andersson", "Uppgifterna om våld");
            }
            CloudEvent inlamnad = TopicReader.cloudEvent(records.get(0));
            assertThat(new String(inlamnad.getData().toBytes())).contains("\"akut\":true", "\"form\":\"MUNTLIG\"",
                    "\"mottagartyp\":\"SOCIALSEKRETERARE\"", "\"uppgiftslamnarensRoll\":\"utforare\"", "\"uppdragId\":\"" + uppdragId + "\"",
                    "\"pseudonym\":\"" + pseudonymizer.pseudonym(Personnummer.parse(BARN_PNR, LocalDate.of(2026, 11, 23))) + "\"");

            given().auth().oauth2(ANNA).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                    .body("insyn", is("MOTTAGARE"))
                    .body("beskrivning", org.hamcrest.Matchers.startsWith(BESKRIVNING))
                    .body("uppgiftslamnare.userId", is("ulla"))
                    .body("forhandsbedomning.beslut", is("INLED_UTREDNING"))
                    .body("historik.handelse", org.hamcrest.Matchers.contains("OroLamnad", "OroBekraftadSkriftligt", "OroMottagen",
                            "SkyddsbedomningGjord", "AterkopplingLamnad", "ForhandsbedomningAvslutad"));
            given().auth().oauth2(MIA_MOTTAGNING).when().get("/api/oro/{id}", oroId).then().statusCode(200)
                    .body("insyn", is("BARNET"))
                    .body("beskrivning", nullValue())
                    .body("uppgiftslamnare", nullValue())
                    .body("historik[0].utfordAv", nullValue());
            given().auth().oauth2(BERIT_SAME_UNIT).when().get("/api/oro/{id}", oroId).then().statusCode(403);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(ANNA).when().get("/api/oro/inkorg").then().statusCode(200)
                            .body("items.oroId", org.hamcrest.Matchers.not(hasItem(oroId))));
        }
    }

    @Test
    void an_abuse_concern_where_the_guardians_were_told_is_accepted_and_shows_in_the_deviation_register() {
        TestClock.set(tisdagFormiddag());
        try (TopicReader reader = TopicReader.fromBeginning(Topics.ORO)) {
            String oroId = lamna(ULLA_UTFORARE, oroBody(BARN_PNR, null, false, "SKRIFTLIG", true, true))
                    .statusCode(201)
                    .body("oro[0].dirigering.mottagare.typ", is("MOTTAGNING"))
                    .body("oro[0].avvikelser.typ", hasItem("VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP"))
                    .extract().path("oro[0].oroId");
            List<ConsumerRecord<String, byte[]>> records = reader.await(2, TopicReader.withKey(oroId), Duration.ofSeconds(30));
            assertThat(records.stream().map(r -> TopicReader.cloudEvent(r).getType()).toList())
                    .containsExactly("OroInlämnad", "AvvikelseRegistrerad");
            records.forEach(ContractAssertions::assertConformsToContract);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(CHEF_UTF).when().get("/api/oro/avvikelser").then().statusCode(200)
                        .body("items.findAll { it.typ == 'VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP' }.enhet", hasItem("UTF-1")));
        given().auth().oauth2(RUT_RAPPORTOR).queryParam("enhet", "UTF-1").queryParam("typ", "VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP")
                .queryParam("fran", "2026-11-24").queryParam("till", "2026-11-24")
                .when().get("/api/oro/avvikelser").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(CHEF_MYND).when().get("/api/oro/avvikelser").then().statusCode(200)
                .body("items.enhet", org.hamcrest.Matchers.not(hasItem("UTF-1")));
    }

    @Test
    void an_acute_concern_after_office_hours_goes_to_socialjouren_and_an_unacknowledged_one_escalates_to_the_reception() {
        String uppdragId = uppdragSkickat(BARN_PNR, "anna");
        TestClock.set(tisdagFormiddag().withHour(17).withMinute(1));
        String jour = lamna(MATS_METODHANDLEDARE, oroBody(BARN_PNR, uppdragId, true, "MUNTLIG", false, true))
                .statusCode(201)
                .body("oro[0].dirigering.mottagare.typ", is("SOCIALJOUR"))
                .body("oro[0].dirigering.grund", is("AKUT_UTANFOR_KONTORSTID"))
                .extract().path("oro[0].oroId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(JONAS_JOUR).when().get("/api/oro/inkorg").then().statusCode(200)
                        .body("items.oroId", hasItem(jour)));

        TestClock.set(tisdagFormiddag());
        String ejKvitterad = lamna(MATS_METODHANDLEDARE, oroBody(BARN_PNR, uppdragId, false, "SKRIFTLIG", false, true))
                .statusCode(201)
                .body("oro[0].dirigering.mottagare.socialsekreterare", is("anna"))
                .extract().path("oro[0].oroId");
        // non-acute: to be acknowledged by 17:00 on the next working day; the sweep acts only after that
        TestClock.set(tisdagFormiddag().plusDays(1).withHour(16).withMinute(50));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            fristbevakning.svep();
            return true;
        });
        given().auth().oauth2(ANNA).when().get("/api/oro/{id}", ejKvitterad).then().statusCode(200)
                .body("mottagare.typ", is("SOCIALSEKRETERARE"));
        TestClock.set(tisdagFormiddag().plusDays(1).withHour(17).withMinute(1));
        try (TopicReader reader = TopicReader.fromBeginning(Topics.ORO)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                fristbevakning.svep();
                given().auth().oauth2(MIA_MOTTAGNING).when().get("/api/oro/inkorg").then().statusCode(200)
                        .body("items.find { it.oroId == '" + ejKvitterad + "' }.eskalerad", is(true));
            });
            // OroInlämnad, the protection assessment not made the same day (a deviation of Anna's unit), the escalation
            List<ConsumerRecord<String, byte[]>> records = reader.await(3, TopicReader.withKey(ejKvitterad), Duration.ofSeconds(30));
            assertThat(records.stream().map(r -> TopicReader.cloudEvent(r).getType()).toList())
                    .containsExactly("OroInlämnad", "AvvikelseRegistrerad", "OroVidarebefordrad");
            assertThat(new String(TopicReader.cloudEvent(records.get(1)).getData().toBytes()))
                    .contains("SKYDDSBEDOMNING_INTE_SAMMA_DAG", "\"enhet\":\"MYND-1\"");
            CloudEvent vidare = TopicReader.cloudEvent(records.get(2));
            assertThat(new String(vidare.getData().toBytes())).contains("\"orsak\":\"ESKALERING\"", "\"tillMottagartyp\":\"MOTTAGNING\"");
        }
        post(ANNA, "mottagen", ejKvitterad, null).statusCode(403);
        post(MIA_MOTTAGNING, "mottagen", ejKvitterad, null).statusCode(200);
    }

    @Test
    void a_report_about_a_sibling_without_personnummer_is_accepted_as_a_linked_concern() {
        String uppdragId = uppdragSkickat(BARN_PNR, "anna");
        TestClock.set(tisdagFormiddag());
        given().auth().oauth2(ULLA_UTFORARE).contentType(ContentType.JSON).body("""
                {"barn": [{"personnummer": "%s", "relation": "ARENDETS_BARN"},
                          {"namn": "Lillebror", "fodelsedatum": "2021-03-04", "relation": "SYSKON"}],
                 "uppdragId": "%s", "akut": false, "form": "SKRIFTLIG", "omValdEllerOvergrepp": false,
                 "vardnadshavareInformerade": false, "skalAttInteInformera": null, "arbetsledareKonsulterad": false,
                 "beskrivning": "Syskonen lämnas ensamma på kvällarna."}""".formatted(BARN_PNR, uppdragId))
                .when().post("/api/oro").then().statusCode(201)
                .body("oro.size()", is(2))
                .body("oro.dirigering.mottagare.socialsekreterare", org.hamcrest.Matchers.everyItem(is("anna")))
                .body("oro[0].avvikelser.typ", hasItem("INTE_INFORMERAT_UTAN_SKAL"))
                .body("oro[1].avvikelser.typ", hasItem("INTE_INFORMERAT_UTAN_SKAL"));
    }
}
