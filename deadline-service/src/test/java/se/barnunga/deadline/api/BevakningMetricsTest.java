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
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.deadline.domain.Regelkatalog;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The watch gauges of the operations dashboard on {@code /q/metrics}: open and overdue watches per rule and the open
 * IVO requirements, as the read model says at the time of the injected clock – moving the clock makes watches overdue
 * and decisions IVO requirements, carrying a decision out ends its requirement. Tagged by rule only (the catalogue's
 * 17 rules), never by case or person. Decisions of 2035, a year no other test of the service uses, so the changes
 * between two moments are this test's own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class BevakningMetricsTest {

    private static final String OPEN = "barnunga_watches_open";
    private static final String OVERDUE = "barnunga_watches_overdue";
    private static final String IVO = "barnunga_ivo_requirements_open";
    private static final String START = Regelkatalog.VERKSTALLIGHET_START;
    private static final String IVO_EJ = Regelkatalog.IVO_EJ_VERKSTALLT;
    private static final LocalDate BESLUT = LocalDate.of(2035, 3, 5);
    private static final int BESLUTEN = 3;

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void open_and_overdue_watches_and_open_ivo_requirements_follow_the_read_model_and_the_injected_clock() {
        TestClock.set(kl(BESLUT, 12));
        List<Barn> barn = new ArrayList<>();
        List<String> ids = beslut(barn);

        // at the decision: the gauges say what the list of every unit says, per rule
        Varden vidBeslut = samstammigt();
        assertThat(vidBeslut.oppnaStart).isGreaterThanOrEqualTo(BESLUTEN);

        // 15 days later the 14-day start watches have passed: overdue, still open; no IVO requirement yet
        TestClock.set(kl(BESLUT.plusDays(15), 12));
        Varden efterStart = samstammigt();
        assertThat(efterStart.passeradeStart).as("the decisions' start watches passed").isEqualTo(vidBeslut.passeradeStart + BESLUTEN);
        assertThat(efterStart.oppnaStart).isEqualTo(vidBeslut.oppnaStart);
        assertThat(efterStart.ivo).isEqualTo(vidBeslut.ivo);

        // three months and a few days later: each decision not carried out is an open IVO requirement
        Instant efterTreManader = kl(LocalDate.of(2035, 6, 10), 12);
        TestClock.set(efterTreManader);
        Varden ivoKravs = samstammigt();
        assertThat(ivoKravs.ivo).as("must be reported to IVO").isEqualTo(vidBeslut.ivo + BESLUTEN);
        assertThat(ivoKravs.passeradeIvo).isEqualTo(vidBeslut.passeradeIvo + BESLUTEN);

        // the sweep raises the requirement (IvoRapporteringKravs): has been reported, counted once
        svep.svep(efterTreManader, 100);
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                    .get("/api/bevakningar/arenden/" + id).then().statusCode(200)
                    .body("bevakningar.find { it.regelId == '" + IVO_EJ + "' }.ivoKvartal", equalTo("2035-Q2")));
        }
        assertThat(samstammigt().ivo).isEqualTo(ivoKravs.ivo);

        // one decision is carried out (late): its requirement and its open watches end
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(ids.get(0), verkstalld(ids.get(0), barn.get(0), BESLUT, LocalDate.of(2035, 6, 8), "MYND-1"),
                    kl(LocalDate.of(2035, 6, 8), 15));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + ids.get(0)).then().statusCode(200)
                .body("bevakningar.find { it.regelId == '" + IVO_EJ + "' }.status", equalTo("UPPFYLLD")));
        Varden verkstalld = samstammigt();
        assertThat(verkstalld.ivo).isEqualTo(ivoKravs.ivo - 1);
        assertThat(verkstalld.oppnaStart).isEqualTo(ivoKravs.oppnaStart - 1);
        assertThat(verkstalld.passeradeStart).isEqualTo(ivoKravs.passeradeStart - 1);

        // one series per rule of the catalogue (the IVO gauge for the two IVO rules), nothing about a case or a child
        MetricsScrape m = MetricsScrape.read();
        assertThat(m.labelValues(OPEN, "rule")).containsExactlyInAnyOrderElementsOf(Regelkatalog.regelIds());
        assertThat(m.labelValues(OVERDUE, "rule")).containsExactlyInAnyOrderElementsOf(Regelkatalog.regelIds());
        assertThat(m.labelValues(IVO, "rule")).isEqualTo(Set.of(Regelkatalog.IVO_AVBROTT, IVO_EJ));
        assertThat(m.samples(OPEN)).allSatisfy(s -> assertThat(s.labels().keySet()).containsExactlyInAnyOrder("rule", "service"));
        assertThat(m.samples(OPEN, "rule", START)).singleElement()
                .satisfies(s -> assertThat(s.labels()).containsEntry("service", "deadline-service"));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(m.text()).doesNotContain(ids.get(i)).doesNotContain(barn.get(i).pseudonym());
        }
    }

    /** The figures of the two rules this test moves. */
    private record Varden(long oppnaStart, long passeradeStart, long passeradeIvo, long ivo) {
    }

    /**
     * Waits until the gauges (read again at most a second later in tests) agree with the list endpoint of every unit at
     * the clock's time – open and overdue watches of the start and the IVO rule – and returns them.
     */
    private static Varden samstammigt() {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            MetricsScrape m = MetricsScrape.read();
            Varden v = new Varden((long) m.value(OPEN, "rule", START), (long) m.value(OVERDUE, "rule", START),
                    (long) m.value(OVERDUE, "rule", IVO_EJ), (long) m.value(IVO, "rule", IVO_EJ));
            boolean lika = v.oppnaStart == listade(START, false) && v.passeradeStart == listade(START, true)
                    && v.passeradeIvo == listade(IVO_EJ, true) && (long) m.value(OPEN, "rule", IVO_EJ) == listade(IVO_EJ, false);
            return lika ? v : null;
        }, v -> v != null);
    }

    /** The open (or only the overdue) watches of a rule in every unit, as the rapportör's list counts them. */
    private static long listade(String regel, boolean passerade) {
        return given().auth().oauth2(RUT_RAPPORTOR).queryParam("regel", regel).queryParam("passerade", passerade)
                .queryParam("size", 1).get("/api/bevakningar").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Decisions on intervention (11 kap. 1 § SoL) of BESLUT, not carried out, once their watches are in the read model. */
    private static List<String> beslut(List<Barn> barn) {
        List<String> ids = new ArrayList<>();
        try (ContractEventWriter w = uppdragstjansten()) {
            for (int i = 0; i < BESLUTEN; i++) {
                String id = UUID.randomUUID().toString();
                Barn b = new Barn(pseudonym(), i % 2 == 0 ? "MAN" : "KVINNA", 2020);
                w.publish(id, beviljad(id, b, BESLUT, "MYND-1", "anna"), kl(BESLUT, 10));
                ids.add(id);
                barn.add(b);
            }
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(ANNA)
                    .get("/api/bevakningar/arenden/" + id).then().statusCode(200)
                    .body("bevakningar.find { it.regelId == '" + IVO_EJ + "' }.status", equalTo("OPPEN"))
                    .body("bevakningar.find { it.regelId == '" + START + "' }.status", equalTo("OPPEN")));
        }
        return ids;
    }
}
