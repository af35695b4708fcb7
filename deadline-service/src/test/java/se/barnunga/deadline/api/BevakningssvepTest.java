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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.Topics;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * The sweep goes through every case due at its start, page after page in one run, and two sweeps at the same moment
 * (as two instances would) raise each due watch once: one event in the case's history, one CloudEvent on the topic.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class BevakningssvepTest {

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    /** Decisions on the day, not carried out; returns their case ids once their watches are in the read model. */
    private static List<String> beslut(LocalDate dag, int antal) {
        TestClock.set(kl(dag, 12));
        List<String> ids = new ArrayList<>();
        try (ContractEventWriter w = uppdragstjansten()) {
            for (int i = 0; i < antal; i++) {
                String id = UUID.randomUUID().toString();
                w.publish(id, beviljad(id, new Barn(pseudonym(), i % 2 == 0 ? "MAN" : "KVINNA", 2015), dag, "MYND-1", "anna"),
                        kl(dag, 10));
                ids.add(id);
            }
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(ANNA)
                    .get("/api/bevakningar/arenden/" + id).then().statusCode(200)
                    .body("bevakningar.find { it.regelId == 'VERKSTALLIGHET_START' }.status", equalTo("OPPEN")));
        }
        return ids;
    }

    private static JsonPath arende(String id) {
        return given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void ett_svep_kontrollerar_alla_forfallna_arenden_over_flera_sidor() {
        List<String> ids = beslut(LocalDate.of(2028, 5, 2), 7);
        Instant nu = kl(LocalDate.of(2028, 5, 25), 9); // the start watch (14 days) has passed
        TestClock.set(nu);

        Bevakningssvep.Resultat r = svep.svep(nu, 2);

        assertThat(r.kontrollerade()).as("every due case, not just the first page").isGreaterThanOrEqualTo(ids.size());
        assertThat(r.sidor()).as("7 cases at 2 a page").isGreaterThanOrEqualTo(4);
        assertThat(r.misslyckade()).isZero();
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(arende(id)
                    .getString("bevakningar.find { it.regelId == 'VERKSTALLIGHET_START' }.status")).isEqualTo("OPPEN"));
            List<String> passerade = arende(id).getList("historik.findAll { it.handelse == 'BevakningPasserad' }.bevakningId");
            assertThat(passerade).containsExactly("VERKSTALLIGHET_START:" + id);
        }
        // the same moment again: the projection may still show the cases as due, the aggregates raise nothing more
        svep.svep(nu, 2);
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(arende(id)
                    .getList("bevakningar.findAll { it.regelId == 'VERKSTALLIGHET_START' }.okvitteratLarm")).containsExactly(true));
            assertThat(arende(id).getList("historik.findAll { it.handelse == 'BevakningPasserad' }")).hasSize(1);
        }
    }

    @Test
    void tva_samtidiga_svep_larmar_varje_forfallen_bevakning_en_gang() throws Exception {
        List<String> ids = beslut(LocalDate.of(2028, 8, 1), 12);
        Instant nu = kl(LocalDate.of(2028, 8, 24), 9);
        TestClock.set(nu);

        CompletableFuture<Bevakningssvep.Resultat> a = CompletableFuture.supplyAsync(() -> svep.svep(nu, 3));
        CompletableFuture<Bevakningssvep.Resultat> b = CompletableFuture.supplyAsync(() -> svep.svep(nu, 5));
        // the slower one may find some cases already done (the projection moved their next check on): together they saw all
        assertThat(a.get().kontrollerade() + b.get().kontrollerade()).isGreaterThanOrEqualTo(ids.size());
        // a case the loser could not check in time is left for the next sweep, which finds it done
        svep.svep(nu, 100);

        for (String id : ids) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(arende(id)
                    .getString("bevakningar.find { it.regelId == 'VERKSTALLIGHET_START' }.status")).isEqualTo("OPPEN"));
            assertThat(arende(id).getList("historik.findAll { it.handelse == 'BevakningPasserad' }.bevakningId"))
                    .as("one alert for the case's start watch").containsExactly("VERKSTALLIGHET_START:" + id);
        }
        Set<String> vara = new HashSet<>(ids);
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            List<ConsumerRecord<String, byte[]>> larm = topic.await(ids.size(), r -> vara.contains(r.key())
                    && TopicReader.cloudEvent(r).getType().equals("BevakningPasserad"), Duration.ofSeconds(60));
            // nothing more arrives for them: read on a little and count everything seen again
            Thread.sleep(2000);
            List<ConsumerRecord<String, byte[]>> alla = topic.await(larm.size(), r -> vara.contains(r.key())
                    && TopicReader.cloudEvent(r).getType().equals("BevakningPasserad"), Duration.ofSeconds(10));
            Map<String, Long> perArende = alla.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perArende).hasSize(ids.size()).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1L));
            assertThat(alla.stream().map(r -> TopicReader.cloudEvent(r).getId()).distinct().count()).isEqualTo(alla.size());
        }
    }
}
