package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Barn;
import se.barnunga.deadline.infrastructure.Uppdragstjansten;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The IVO report at a moderate size: a quarter with several hundred decisions not carried out lists each once, with
 * the identifying fields fetched in bulk calls (several, of up to {@code barnunga.uppdragstjanst.per-anrop} cases each),
 * never one call per decision.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class IvoRapportStorlekTest {

    static final int ANTAL = 600;

    @Inject
    Uppdragstjansten uppdragstjanst;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void ett_kvartal_med_manga_beslut_hamtar_uppgifterna_i_bulk_och_listar_varje_beslut_en_gang() {
        LocalDate beslut = LocalDate.of(2029, 1, 15); // passed on 16 April: first reported for 2029-Q2
        TestClock.set(kl(beslut, 12));
        List<String> ids = new ArrayList<>();
        try (ContractEventWriter w = uppdragstjansten()) {
            for (int i = 0; i < ANTAL; i++) {
                String id = UUID.randomUUID().toString();
                w.publish(id, beviljad(id, new Barn(pseudonym(), i % 2 == 0 ? "MAN" : "KVINNA", 2014), beslut, "MYND-1", "anna"),
                        kl(beslut, 10));
                ids.add(id);
            }
        }
        Set<String> vara = new HashSet<>(ids);
        TestClock.set(kl(LocalDate.of(2029, 7, 3), 9));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> listade = given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2029-Q2").then().statusCode(200)
                    .extract().jsonPath().getList("ejVerkstallda.uppdragId");
            assertThat(listade.stream().filter(vara::contains).count()).isEqualTo(ANTAL);
        });

        int enskilda = IvoTestUppdragstjanst.ENSKILDA_ANROP.get();
        int bulk = IvoTestUppdragstjanst.BULKANROP.get();
        JsonPath rapport = given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2029-Q2").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> poster = rapport.getList("ejVerkstallda");
        List<Map<String, Object>> vart = poster.stream().filter(p -> vara.contains((String) p.get("uppdragId"))).toList();
        assertThat(vart).hasSize(ANTAL);
        assertThat(vart.stream().map(p -> p.get("uppdragId")).distinct().count()).as("each decision once").isEqualTo(ANTAL);
        assertThat(vart).allSatisfy(p -> {
            assertThat(p.get("slag")).isEqualTo("EJ_VERKSTALLT");
            assertThat(p.get("beslutsdatum")).isEqualTo("2029-01-15");
            assertThat(p.get("forstaKvartal")).isEqualTo("2029-Q2");
            assertThat((String) p.get("personkod")).matches("\\d{8}-\\d{4}");
        });
        assertThat(IvoTestUppdragstjanst.ENSKILDA_ANROP.get()).as("no call per decision").isEqualTo(enskilda);
        int distinkta = (int) poster.stream().map(p -> p.get("uppdragId")).distinct().count();
        int perAnrop = uppdragstjanst.perAnrop();
        assertThat(perAnrop).as("several bulk calls in this test").isLessThan(ANTAL);
        assertThat(IvoTestUppdragstjanst.BULKANROP.get() - bulk).as("bulk calls of up to " + perAnrop + " cases")
                .isEqualTo((distinkta + perAnrop - 1) / perAnrop);
        assertThat(IvoTestUppdragstjanst.SEDD_AUTHORIZATION.get(ids.get(0))).isEqualTo("Bearer " + RUT_RAPPORTOR);

        String csv = given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2029-Q2.csv").then().statusCode(200).extract().asString();
        assertThat(ids).allSatisfy(id -> assertThat(csv).contains("2029-Q2;EJ_VERKSTALLDA;" + id + ";EJ_VERKSTALLT;"));
    }
}
