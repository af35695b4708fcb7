package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.deadline.application.BevakningVy;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * {@code bevakning-vy} loads the watch rows of a batch in one query when a batch holds many events (a sweep commits
 * many cases' alerts in one transaction, a consumer batch many facts): the rows it writes are the rows the events say,
 * for the alerts of a whole sweep group and for a case's new unit written to every watch of the case (through the
 * entities, where a bulk update would have left a watch row loaded earlier in the batch stale).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class BevakningVyBatchTest {

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    private static List<BevakningVy> rader(String arendeId) {
        return QuarkusTransaction.requiringNew().call(() -> BevakningVy.<BevakningVy>list("arendeId", arendeId));
    }

    private static BevakningVy start(String arendeId) {
        return rader(arendeId).stream().filter(b -> b.regelId.equals("VERKSTALLIGHET_START")).findFirst().orElseThrow();
    }

    @Test
    void en_svepgrupps_larm_och_ett_nytt_enhetsbyte_skrivs_till_varje_rad() {
        LocalDate dag = LocalDate.of(2029, 9, 3);
        TestClock.set(kl(dag, 12));
        List<String> ids = new ArrayList<>();
        List<Barn> barn = new ArrayList<>();
        try (ContractEventWriter w = uppdragstjansten()) {
            for (int i = 0; i < 8; i++) {
                String id = UUID.randomUUID().toString();
                Barn b = new Barn(pseudonym(), "MAN", 2014);
                w.publish(id, beviljad(id, b, dag, "MYND-1", "anna"), kl(dag, 10));
                ids.add(id);
                barn.add(b);
            }
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(ANNA)
                    .get("/api/bevakningar/arenden/" + id).then().statusCode(200)
                    .body("bevakningar.find { it.regelId == 'VERKSTALLIGHET_START' }.status", equalTo("OPPEN")));
        }

        // all eight in one group, one transaction: one batch of alerts for the projection
        Instant nu = kl(dag.plusDays(23), 9);
        TestClock.set(nu);
        Bevakningssvep.Resultat r = svep.svep(nu, 100);
        assertThat(r.misslyckade()).isZero();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String pseudonym = barn.get(i).pseudonym();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                BevakningVy vy = start(id);
                assertThat(vy.passerad).isEqualTo(nu);
                assertThat(vy.larm).isEqualTo(1);
                assertThat(vy.status).isEqualTo(BevakningVy.Status.OPPEN);
                assertThat(vy.nastaKontroll).as("nothing more to raise for the start watch").isNull();
                assertThat(vy.barnPseudonym).isEqualTo(pseudonym);
                assertThat(vy.myndighetsenhet).isEqualTo("MYND-1");
            });
        }

        // carried out under another unit, all at once: every watch row of each case follows the case's new unit, and
        // the start watch is met
        LocalDate start = dag.plusDays(24);
        TestClock.set(kl(start, 16));
        try (ContractEventWriter w = uppdragstjansten()) {
            for (int i = 0; i < ids.size(); i++) {
                w.publish(ids.get(i), verkstalld(ids.get(i), barn.get(i), dag, start, "MYND-2"), kl(start, 15));
            }
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<BevakningVy> rader = rader(id);
                assertThat(rader).hasSizeGreaterThan(1);
                assertThat(rader).allSatisfy(b -> assertThat(b.myndighetsenhet).as(b.bevakningId).isEqualTo("MYND-2"));
                BevakningVy vy = start(id);
                assertThat(vy.status).isEqualTo(BevakningVy.Status.UPPFYLLD);
                assertThat(vy.larm).as("the alert stays counted").isEqualTo(1);
                assertThat(vy.passerad).isEqualTo(nu);
            });
        }
    }
}
