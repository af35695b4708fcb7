package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import se.barnunga.concern.application.AnsvarigSocialsekreterareVy;
import se.barnunga.contracts.uppdrag.BeslutAterkallat;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.UppdragAvslutat;
import se.barnunga.contracts.uppdrag.UppdragMottaget;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The inboxes (most urgent first, with what is overdue and how long each has waited), the queue a caller may ask for,
 * and the facts the routing rests on: the responsible secretary's absence, a closed assignment (learned once from the
 * assignment-service's events, however often they are delivered), and forwarding from the reception unit.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroInkorgTest {

    private static final String IDAG = "2026-11-24";
    private static final String KONSUMENT = "concern-service.ansvariga-socialsekreterare";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void kontorstid() {
        TestClock.set(tisdagFormiddag());
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A child whose responsible social secretary (a user of this test only, MYND-1) is known to the service. */
    private record Barnet(String personnummer, String ss, String ssToken, Uppdrag uppdrag) {
        static Barnet medAnsvarig(String prefix) {
            String pnr = nyttBarn();
            String ss = unikAnvandare(prefix);
            Uppdrag u = uppdragSkickat(pnr, ss);
            return new Barnet(pnr, ss, token(ss, "MYND-1", "socialsekreterare"), u);
        }
    }

    private static ValidatableResponse lamnaOm(String personnummer, String uppdragId, boolean akut) {
        Map<String, Object> a = oroAnrop(personnummer, akut, "SKRIFTLIG");
        if (uppdragId != null) {
            a.put("uppdragId", uppdragId);
            @SuppressWarnings("unchecked")
            Map<String, Object> barn = (Map<String, Object>) ((List<?>) a.get("barn")).get(0);
            barn.put("relation", "ARENDETS_BARN");
        }
        return lamna(ULLA_UTFORARE, json(a)).statusCode(201);
    }

    private static String tillAnsvarig(String personnummer, String ss) {
        return lamnaOm(personnummer, null, false)
                .body("oro[0].dirigering.mottagare.typ", is("SOCIALSEKRETERARE"))
                .body("oro[0].dirigering.mottagare.socialsekreterare", is(ss))
                .body("oro[0].dirigering.grund", is("ANSVARIG_SOCIALSEKRETERARE"))
                .extract().path("oro[0].oroId");
    }

    private static void tillMottagningen(String personnummer, String uppdragId, String grund) {
        lamnaOm(personnummer, uppdragId, false)
                .body("oro[0].dirigering.mottagare.typ", is("MOTTAGNING"))
                .body("oro[0].dirigering.mottagare.enhet", is("MOTT-1"))
                .body("oro[0].dirigering.mottagare.socialsekreterare", nullValue())
                .body("oro[0].dirigering.grund", is(grund))
                .body("oro[0].dirigering.forklaring", notNullValue());
    }

    private static ValidatableResponse franvaro(String token, String socialsekreterare, String fran, String tom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("socialsekreterare", socialsekreterare);
        body.put("fran", fran);
        body.put("tom", tom);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json(body)).when().post("/api/franvaro").then();
    }

    private static ValidatableResponse taBort(String token, String franvaroId) {
        return given().auth().oauth2(token).when().delete("/api/franvaro/{id}", franvaroId).then();
    }

    // ---- Inkorgens ordning och förseningar -----------------------------------------------------------------------------

    @Test
    void the_inbox_lists_acute_before_non_acute_then_the_oldest_with_what_is_overdue_and_how_long_each_waited() {
        Barnet barnet = Barnet.medAnsvarig("siv");
        TestClock.set(tisdagFormiddag().withHour(9));
        String tidig = tillAnsvarig(barnet.personnummer(), barnet.ss());
        TestClock.set(tisdagFormiddag());
        String akut = lamnaOm(barnet.personnummer(), null, true)
                .body("oro[0].dirigering.mottagare.socialsekreterare", is(barnet.ss())).extract().path("oro[0].oroId");
        TestClock.set(tisdagFormiddag().withHour(11));
        String sen = tillAnsvarig(barnet.personnummer(), barnet.ss());

        // 12:30: the acute one should have been acknowledged by 11:00; nothing is past the end of the day yet
        TestClock.set(tisdagFormiddag().withHour(12).withMinute(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(barnet.ssToken(), null).statusCode(200).body("items.oroId", contains(akut, tidig, sen)));
        inkorg(barnet.ssToken(), null).statusCode(200)
                .body("total", is(3))
                .body("items.akut", contains(true, false, false))
                .body(falt(akut, "forsenat"), contains("KVITTERING"))
                .body(falt(tidig, "forsenat"), empty())
                .body(falt(sen, "forsenat"), empty())
                .body(falt(tidig, "vantatMinuter"), omkring(210))
                .body(falt(akut, "vantatMinuter"), omkring(150))
                .body(falt(sen, "vantatMinuter"), omkring(90))
                .body(falt(akut, "mottagen"), nullValue());
        Instant inkom = Instant.parse(hamta(barnet.ssToken(), akut).statusCode(200).extract().path("inkom"));
        Instant kvitteraSenast = Instant.parse(inkorg(barnet.ssToken(), null).extract().path(falt(akut, "kvitteraSenast")));
        assertThat(Duration.between(inkom, kvitteraSenast)).isBetween(Duration.ofMinutes(60).minusMillis(1), Duration.ofMinutes(60).plusMillis(1));

        // Wednesday 08:30: all three are past the day they came in without a protection assessment
        TestClock.set(tisdagFormiddag().plusDays(1).withHour(8).withMinute(30));
        inkorg(barnet.ssToken(), null).statusCode(200)
                .body("items.oroId", contains(akut, tidig, sen))
                .body(falt(akut, "forsenat"), contains("KVITTERING", "SKYDDSBEDOMNING"))
                .body(falt(tidig, "forsenat"), contains("SKYDDSBEDOMNING"))
                .body(falt(sen, "forsenat"), contains("SKYDDSBEDOMNING"))
                .body(falt(tidig, "vantatMinuter"), omkring(23 * 60 + 30))
                .body(falt(sen, "vantatMinuter"), omkring(21 * 60 + 30));
        hamta(barnet.ssToken(), tidig).statusCode(200).body("forsenat", contains("SKYDDSBEDOMNING"));

        post(barnet.ssToken(), "mottagen", akut, null).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(barnet.ssToken(), null).statusCode(200)
                        .body(falt(akut, "forsenat"), contains("SKYDDSBEDOMNING"))
                        .body(falt(akut, "mottagen"), notNullValue()));

        // Wednesday 17:01: the non-acute ones should have been acknowledged by closing time of the next working day
        TestClock.set(tisdagFormiddag().plusDays(1).withHour(17).withMinute(1));
        inkorg(barnet.ssToken(), null).statusCode(200)
                .body(falt(tidig, "forsenat"), contains("KVITTERING", "SKYDDSBEDOMNING"))
                .body(falt(sen, "forsenat"), contains("KVITTERING", "SKYDDSBEDOMNING"))
                .body(falt(akut, "forsenat"), contains("SKYDDSBEDOMNING"));

        post(barnet.ssToken(), "skyddsbedomning", tidig, skyddsbedomningBody(TestClock.now())).statusCode(200);
        post(barnet.ssToken(), "forhandsbedomning", tidig, FORHANDSBEDOMNING).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(barnet.ssToken(), null).statusCode(200).body("items.oroId", contains(akut, sen)));
    }

    /** GPath of one field of the inbox item of a concern. */
    private static String falt(String oroId, String falt) {
        return "items.find { it.oroId == '" + oroId + "' }." + falt;
    }

    /** Minutes waited, allowing for the time the test itself takes. */
    private static org.hamcrest.Matcher<Integer> omkring(int minuter) {
        return allOf(greaterThanOrEqualTo(minuter - 1), lessThanOrEqualTo(minuter + 1));
    }

    // ---- Vilken kö ------------------------------------------------------------------------------------------------------

    @Test
    void each_role_gets_its_own_queue_by_default_and_may_not_ask_for_another() {
        Barnet barnet = Barnet.medAnsvarig("stina");
        String hosHenne = tillAnsvarig(barnet.personnummer(), barnet.ss());
        String hosMottagningen = lamnaOm(nyttBarn(), null, false).extract().path("oro[0].oroId");
        TestClock.set(tisdagFormiddag().withHour(19));
        String hosJouren = lamnaOm(nyttBarn(), null, true).body("oro[0].dirigering.mottagare.typ", is("SOCIALJOUR"))
                .extract().path("oro[0].oroId");

        awaitIInkorg(barnet.ssToken(), hosHenne);
        awaitIInkorg(MIA_MOTTAGNING, hosMottagningen);
        awaitIInkorg(JONAS_JOUR, hosJouren);
        inkorg(barnet.ssToken(), null).body("items.oroId", contains(hosHenne));
        inkorg(barnet.ssToken(), "EGEN").statusCode(200).body("items.oroId", contains(hosHenne));
        assertThat(allaIInkorg(MIA_MOTTAGNING, "MOTTAGNING")).contains(hosMottagningen).doesNotContain(hosHenne, hosJouren);
        assertThat(allaIInkorg(JONAS_JOUR, "SOCIALJOUR")).contains(hosJouren).doesNotContain(hosHenne, hosMottagningen);
        assertThat(allaIInkorg(MONA_MOTTAGNING_ANNAN_ENHET, null)).doesNotContain(hosMottagningen);

        for (String[] nekas : List.of(new String[] {barnet.ssToken(), "MOTTAGNING"}, new String[] {barnet.ssToken(), "SOCIALJOUR"},
                new String[] {MIA_MOTTAGNING, "EGEN"}, new String[] {MIA_MOTTAGNING, "SOCIALJOUR"},
                new String[] {JONAS_JOUR, "EGEN"}, new String[] {JONAS_JOUR, "MOTTAGNING"})) {
            inkorg(nekas[0], nekas[1]).statusCode(403).contentType(PROBLEM);
        }
        for (String roll : List.of(CHEF_MYND, ULLA_UTFORARE, MATS_METODHANDLEDARE, RUT_RAPPORTOR, OLLE_DRIFT)) {
            inkorg(roll, null).statusCode(403).contentType(PROBLEM);
        }
    }

    // ---- Frånvaro -------------------------------------------------------------------------------------------------------

    @Test
    void while_the_responsible_secretary_is_absent_her_childrens_concerns_go_to_the_reception_unit() {
        Barnet barnet = Barnet.medAnsvarig("frida");
        String franvaroId = franvaro(barnet.ssToken(), null, IDAG, IDAG).statusCode(201)
                .body("socialsekreterare", is(barnet.ss()))
                .body("enhet", is("MYND-1"))
                .body("registreradAv", is(barnet.ss()))
                .body("fran", is(IDAG)).body("tom", is(IDAG))
                .extract().path("franvaroId");
        tillMottagningen(barnet.personnummer(), null, "ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE");
        tillMottagningen(barnet.personnummer(), barnet.uppdrag().uppdragId(), "ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE");
        given().auth().oauth2(CHEF_MYND).when().get("/api/franvaro").then().statusCode(200)
                .body("franvaroId", hasItem(franvaroId));
        given().auth().oauth2(MIA_MOTTAGNING).when().get("/api/franvaro").then().statusCode(200);

        taBort(BERIT_SAME_UNIT, franvaroId).statusCode(403).contentType(PROBLEM);
        taBort(barnet.ssToken(), franvaroId).statusCode(204);
        taBort(barnet.ssToken(), franvaroId).statusCode(404).contentType(PROBLEM);
        tillAnsvarig(barnet.personnummer(), barnet.ss());

        // an absence tomorrow does not matter today
        String imorgon = franvaro(barnet.ssToken(), null, "2026-11-25", "2026-11-25").statusCode(201).extract().path("franvaroId");
        tillAnsvarig(barnet.personnummer(), barnet.ss());
        TestClock.set(tisdagFormiddag().plusDays(1));
        tillMottagningen(barnet.personnummer(), null, "ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE");
        taBort(barnet.ssToken(), imorgon).statusCode(204);
    }

    @Test
    void another_secretary_may_not_register_her_absence_but_her_unit_manager_may() {
        Barnet barnet = Barnet.medAnsvarig("greta");
        franvaro(BERIT_SAME_UNIT, barnet.ss(), IDAG, IDAG).statusCode(403).contentType(PROBLEM);
        franvaro(MIA_MOTTAGNING, barnet.ss(), IDAG, IDAG).statusCode(403).contentType(PROBLEM);
        franvaro(ULLA_UTFORARE, null, IDAG, IDAG).statusCode(403).contentType(PROBLEM);
        tillAnsvarig(barnet.personnummer(), barnet.ss());

        String franvaroId = franvaro(CHEF_MYND, barnet.ss(), IDAG, IDAG).statusCode(201)
                .body("socialsekreterare", is(barnet.ss()))
                .body("registreradAv", is("cecilia"))
                .extract().path("franvaroId");
        tillMottagningen(barnet.personnummer(), null, "ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE");
        taBort(CHEF_MYND, franvaroId).statusCode(204);
        tillAnsvarig(barnet.personnummer(), barnet.ss());
    }

    @Test
    void an_absence_ending_before_it_starts_is_422_and_missing_dates_400() {
        String ss = token(unikAnvandare("hedda"), "MYND-1", "socialsekreterare");
        franvaro(ss, null, IDAG, "2026-11-23").statusCode(422).contentType(PROBLEM)
                .body("rule", is("PERIOD_OGILTIG"))
                .body("violations[0].field", is("tom"));
        franvaro(ss, null, null, IDAG).statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("fran"));
        franvaro(ss, null, IDAG, null).statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("tom"));
        franvaro(ss, null, "2030-01-01", "2030-01-02").statusCode(422).contentType(PROBLEM).body("rule", is("DATUM_ORIMLIGT"));
        given().auth().oauth2(ss).when().get("/api/franvaro").then().statusCode(200)
                .body("socialsekreterare", not(hasItem(containsString("hedda"))));
    }

    /**
     * Found as a BUG: the unit manager of any unit could register – and then only that unit's manager could remove – an
     * absence of a secretary of another unit: FranvaroRegister.registrera checked only the ENHETSCHEF role, never that the secretary
     * belongs to the manager's unit, and stored the manager's unit as the absence's unit. The manager of UTF-1 could thus
     * divert all concerns about MYND-1's children to the reception unit, invisibly to MYND-1's manager. Expected 403.
     */
    @Test
    void the_manager_of_another_unit_may_not_register_a_secretarys_absence() {
        Barnet barnet = Barnet.medAnsvarig("hanna");
        ExtractableResponse<Response> svar = franvaro(CHEF_UTF, barnet.ss(), IDAG, IDAG).extract();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(svar.statusCode()).as("status of the UTF-1 manager's absence for a MYND-1 secretary").isEqualTo(403);
        if (svar.statusCode() == 201) {
            String franvaroId = svar.path("franvaroId");
            String grund = lamnaOm(barnet.personnummer(), null, false).extract().path("oro[0].dirigering.grund");
            soft.assertThat(grund).as("routing of a new concern about her child").isEqualTo("ANSVARIG_SOCIALSEKRETERARE");
            List<String> synliga = given().auth().oauth2(CHEF_MYND).when().get("/api/franvaro").then().extract().jsonPath().getList("franvaroId");
            soft.assertThat(synliga).as("absences MYND-1's manager sees").contains(franvaroId);
            int mynd = taBort(CHEF_MYND, franvaroId).extract().statusCode();
            soft.assertThat(mynd).as("MYND-1's manager removing it").isEqualTo(204);
            if (mynd != 204) {
                taBort(barnet.ssToken(), franvaroId).statusCode(204);
            }
        }
        soft.assertAll();
    }

    // ---- Avslutade uppdrag ---------------------------------------------------------------------------------------------

    private long behandlade(String eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")) {
            q.setString(1, KONSUMENT);
            q.setString(2, eventId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes an event the service ignores, on the assignment's partition, and waits until it is consumed. */
    private void awaitKonsumerat(ContractEventWriter writer, String uppdragId) {
        String sista = writer.publish(uppdragId, new UppdragMottaget(uppdragId, "UTF-1", "mats", Instant.now()), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> behandlade(sista) == 1);
    }

    private static AnsvarigSocialsekreterareVy vy(String uppdragId) {
        return QuarkusTransaction.requiringNew().call(() -> AnsvarigSocialsekreterareVy.findById(uppdragId));
    }

    @Test
    void after_the_intervention_is_closed_concerns_go_to_the_reception_unit_and_redelivery_changes_nothing() {
        Barnet barnet = Barnet.medAnsvarig("ida");
        Uppdrag u = barnet.uppdrag();
        tillAnsvarig(barnet.personnummer(), barnet.ss());
        try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
            writer.publish(u.uppdragId(), new InsatsAvslutad(u.uppdragId(), LocalDate.of(2026, 11, 24), "MALEN_UPPFYLLDA", "MINSKAD",
                    false, barnet.ss(), Instant.now()), Instant.now());
            await().atMost(Duration.ofSeconds(30)).until(() -> !ansvarigKand(u.uppdragId(), u.pseudonym()));
            tillMottagningen(barnet.personnummer(), null, "INGEN_ANSVARIG_SOCIALSEKRETERARE");
            tillMottagningen(barnet.personnummer(), u.uppdragId(), "INGEN_ANSVARIG_SOCIALSEKRETERARE");

            // the same CloudEvent delivered again – and once more under the same id with other content: both skipped
            writer.publish(u.eventId(), u.uppdragId(), u.skickat(), Instant.now());
            UppdragSkickat annan = new UppdragSkickat(u.uppdragId(), "BEVILJAD_INSATS", u.skickat().barn(), "UTF-1", "MYND-1",
                    "nagon-annan", Instant.now(), "FAMILJEBEHANDLING", LocalDate.of(2026, 11, 2), u.skickat().mal(), null);
            writer.publish(u.eventId(), u.uppdragId(), annan, Instant.now());
            awaitKonsumerat(writer, u.uppdragId());
            assertThat(behandlade(u.eventId())).isEqualTo(1);
            AnsvarigSocialsekreterareVy efter = vy(u.uppdragId());
            assertThat(efter.pagaende).isFalse();
            assertThat(efter.socialsekreterare).isEqualTo(barnet.ss());
            tillMottagningen(barnet.personnummer(), null, "INGEN_ANSVARIG_SOCIALSEKRETERARE");

            // a late re-sent UppdragSkickat (a new event) never reopens the closed assignment
            writer.publish(u.uppdragId(), u.skickat(), Instant.now());
            awaitKonsumerat(writer, u.uppdragId());
            assertThat(vy(u.uppdragId()).pagaende).isFalse();
            tillMottagningen(barnet.personnummer(), u.uppdragId(), "INGEN_ANSVARIG_SOCIALSEKRETERARE");
        }
        // the concern that came in while the assignment was ongoing stays with her (the inbox is a read model: eventually)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> inkorg(barnet.ssToken(), null).statusCode(200).body("total", is(1)));
    }

    @Test
    void a_closed_assignment_or_a_revoked_decision_also_ends_the_responsibility() {
        for (String avslut : List.of("UppdragAvslutat", "BeslutAterkallat")) {
            Barnet barnet = Barnet.medAnsvarig("jenny");
            Uppdrag u = barnet.uppdrag();
            try (ContractEventWriter writer = ContractEventWriter.as("assignment-service")) {
                Record handelse = avslut.equals("UppdragAvslutat")
                        ? new UppdragAvslutat(u.uppdragId(), "UTF-1", LocalDate.of(2026, 11, 24), "mats", Instant.now())
                        : new BeslutAterkallat(u.uppdragId(), LocalDate.of(2026, 11, 24), barnet.ss(), Instant.now());
                writer.publish(u.uppdragId(), handelse, Instant.now());
            }
            await(avslut).atMost(Duration.ofSeconds(30)).until(() -> !ansvarigKand(u.uppdragId(), u.pseudonym()));
            tillMottagningen(barnet.personnummer(), null, "INGEN_ANSVARIG_SOCIALSEKRETERARE");
        }
    }

    // ---- Vidarebefordran från mottagningen ----------------------------------------------------------------------------

    @Test
    void forwarded_by_the_reception_unit_a_concern_is_the_named_secretarys_to_acknowledge_and_no_longer_the_units() {
        String saga = unikAnvandare("saga");
        String sagaToken = token(saga, "MYND-1", "socialsekreterare");
        String oroId = lamnaOm(nyttBarn(), null, false).body("oro[0].dirigering.mottagare.typ", is("MOTTAGNING"))
                .extract().path("oro[0].oroId");
        awaitIInkorg(MIA_MOTTAGNING, oroId);
        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(200);
        post(sagaToken, "mottagen", oroId, null).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("SOCIALSEKRETERARE", saga, null))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(containsString("fullstandig")));
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("MOTTAGNING", null, null))
                .statusCode(422).contentType(PROBLEM).body("rule", is("SAMMA_MOTTAGARE"));
        TestClock.set(tisdagFormiddag().withHour(11));
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("SOCIALSEKRETERARE", saga, "MYND-1")).statusCode(200);

        hamta(sagaToken, oroId).statusCode(200)
                .body("insyn", is("MOTTAGARE"))
                .body("mottagare.typ", is("SOCIALSEKRETERARE"))
                .body("mottagare.socialsekreterare", is(saga))
                .body("mottagen", nullValue())
                .body("vidarebefordringar[0].till.socialsekreterare", is(saga))
                .body("frister.kvitteraSenast", is("2026-11-25T16:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            inkorg(sagaToken, null).statusCode(200).body("items.oroId", contains(oroId)).body("items[0].mottagen", nullValue());
            assertThat(allaIInkorg(MIA_MOTTAGNING, null)).doesNotContain(oroId);
        });

        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("MOTTAGNING", null, null)).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "aterkoppling", oroId, ATERKOPPLING).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(403).contentType(PROBLEM);
        post(sagaToken, "vidarebefordra", oroId, vidarebefordranBody("SOCIALSEKRETERARE", saga, "MYND-1"))
                .statusCode(422).contentType(PROBLEM).body("rule", is("SAMMA_MOTTAGARE"));

        post(sagaToken, "mottagen", oroId, null).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(sagaToken, null).statusCode(200).body("items[0].mottagen", notNullValue()));
        hamta(MIA_MOTTAGNING, oroId).statusCode(200).body("insyn", is("MOTTAGARE")).body("mottagen.mottagetAv", is(saga));
    }
}
