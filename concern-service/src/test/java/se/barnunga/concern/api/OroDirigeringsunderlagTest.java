package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
 * The facts the routing of a concern rests on: the responsible secretary's absence, and a closed assignment
 * (learned once from the assignment-service's events, however often they are delivered).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroDirigeringsunderlagTest extends OroInkorgTestBase {

    @Inject
    AgroalDataSource dataSource;

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
}
