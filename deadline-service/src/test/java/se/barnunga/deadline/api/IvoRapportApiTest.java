package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Barn;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The IVO quarterly report end to end: the decision comes from the assignment-service's event on the broker, the
 * identifying fields from (a stand-in for) its REST endpoint with the rapportör's own token.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class IvoRapportApiTest {

    static final LocalDate BESLUT = LocalDate.of(2026, 11, 30);

    @AfterEach
    void aterstall() {
        TestClock.reset();
        IvoTestUppdragstjanst.felstatus = 0;
    }

    @Test
    void ett_sent_verkstallt_beslut_rapporteras_forst_som_ej_verkstallt_sedan_som_verkstallt_efter_rapport() throws Exception {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "MAN", 2015);
        IvoTestUppdragstjanst.SVAR.put(uppdragId, IvoTestUppdragstjanst.uppgifter(uppdragId, barn.pseudonym(),
                LocalDate.of(2015, 6, 12), "MAN", BESLUT, List.of(Map.of("datum", "2027-01-20", "kalla", "UTFORARENHET_PERSONALBRIST",
                        "skal", "Ingen ledig behandlare; kö till februari", "erbjudetUnderTiden", "Stödsamtal varannan vecka"))));
        TestClock.set(kl(BESLUT, 12));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, BESLUT, "MYND-1", "anna"), kl(BESLUT, 10));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(RUT_RAPPORTOR)
                .get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200));

        // Q1 2027: passed on 1 March, not carried out
        TestClock.set(kl(LocalDate.of(2027, 3, 15), 12));
        JsonPath q1 = given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2027-Q1")
                .then().statusCode(200).contentType("application/json").body("kvartal", equalTo("2027-Q1"))
                .extract().jsonPath();
        Map<String, Object> post = post(q1, "ejVerkstallda", uppdragId);
        assertThat(post).isNotNull();
        assertThat(post(q1, "verkstalldaEllerAvslutadeEfterRapport", uppdragId)).isNull();
        assertThat(post.get("slag")).isEqualTo("EJ_VERKSTALLT");
        assertThat((String) post.get("personkod")).matches("20150612-\\d{4}");
        assertThat(((String) post.get("personkod")).charAt(11) - '0').as("gender digit odd for a boy").isOdd();
        assertThat(post.get("kon")).isEqualTo("MAN");
        assertThat(post.get("beslutsdatum")).isEqualTo("2026-11-30");
        assertThat(post.get("insatstyp")).isEqualTo("FAMILJEBEHANDLING");
        assertThat(post.get("lagrum")).isEqualTo("SOL_2025_11_1");
        assertThat(post.get("myndighetsenhet")).isEqualTo("MYND-1");
        assertThat(post.get("forstaKvartal")).isEqualTo("2027-Q1");
        assertThat(post.get("verkstallighetsdatum")).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skal = (List<Map<String, Object>>) post.get("skalForDrojsmal");
        assertThat(skal).singleElement().satisfies(s -> {
            assertThat(s.get("skal")).isEqualTo("Ingen ledig behandlare; kö till februari");
            assertThat(s.get("erbjudetUnderTiden")).isEqualTo("Stödsamtal varannan vecka");
        });
        assertThat(IvoTestUppdragstjanst.SEDD_AUTHORIZATION.get(uppdragId)).isEqualTo("Bearer " + RUT_RAPPORTOR);
        String personkod = (String) post.get("personkod");

        // carried out on 10 April: Q2 lists it among those carried out after the report, with its date
        TestClock.set(kl(LocalDate.of(2027, 4, 10), 16));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, verkstalld(uppdragId, barn, BESLUT, LocalDate.of(2027, 4, 10), "MYND-1"), kl(LocalDate.of(2027, 4, 10), 15));
        }
        TestClock.set(kl(LocalDate.of(2027, 4, 11), 9));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath q2 = given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2027-Q2").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(post(q2, "ejVerkstallda", uppdragId)).isNull();
            Map<String, Object> efter = post(q2, "verkstalldaEllerAvslutadeEfterRapport", uppdragId);
            assertThat(efter).isNotNull();
            assertThat(efter.get("verkstallighetsdatum")).isEqualTo("2027-04-10");
            assertThat(efter.get("forstaKvartal")).isEqualTo("2027-Q1");
            assertThat(efter.get("personkod")).as("stable across quarters").isEqualTo(personkod);
        });
        // the past quarter's report is reproducible: facts dated after it do not change it
        JsonPath q1Igen = given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2027-Q1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(post(q1Igen, "ejVerkstallda", uppdragId)).isNotNull().containsEntry("verkstallighetsdatum", null);

        // CSV, by Accept and by suffix
        for (var csv : List.of(given().auth().oauth2(RUT_RAPPORTOR).accept("text/csv").get("/api/ivo/rapporter/2027-Q2"),
                given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2027-Q2.csv"))) {
            csv.then().statusCode(200).contentType(startsWith("text/csv"));
            String[] rader = csv.asString().split("\r\n");
            assertThat(rader[0]).startsWith("kvartal;lista;uppdragId;slag;personkod;kon;beslutsdatum");
            assertThat(rader).anySatisfy(r -> assertThat(r).startsWith("2027-Q2;VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT;" + uppdragId
                    + ";EJ_VERKSTALLT;" + personkod + ";MAN;2026-11-30;FAMILJEBEHANDLING;SOL_2025_11_1;MYND-1;;")
                    .contains("\"2027-01-20 UTFORARENHET_PERSONALBRIST: Ingen ledig behandlare; kö till februari\"")
                    .contains(";2027-04-10;"));
        }
        String q1csv = given().auth().oauth2(RUT_RAPPORTOR).accept("text/csv").get("/api/ivo/rapporter/2027-Q1").asString();
        assertThat(q1csv).contains("2027-Q1;EJ_VERKSTALLDA;" + uppdragId + ";EJ_VERKSTALLT;" + personkod);

        // statistics: counts only, no identifying data
        given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/statistik/2027-Q1").then().statusCode(200)
                .body("kvartal", equalTo("2027-Q1"))
                .body("perTidSedanBeslut.grupp", equalTo(List.of("3-6 manader", "6-12 manader", "over 12 manader")))
                .body("perKon.find { it.grupp == 'MAN' }.ejVerkstallda", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("perInsatstyp.find { it.grupp == 'FAMILJEBEHANDLING' }.ejVerkstallda", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(CHEF_MYND).get("/api/ivo/statistik/2027-Q1").then().statusCode(200).body("enhet", equalTo("MYND-1"));
        given().auth().oauth2(CHEF_MYND).get("/api/ivo/statistik/2027-Q1?enhet=MYND-2").then().statusCode(403)
                .contentType(PROBLEM);

        // submitted after the quarter ends; twice is once
        given().auth().oauth2(RUT_RAPPORTOR).post("/api/ivo/rapporter/2027-Q2/inlamning").then().statusCode(422)
                .contentType(PROBLEM).body("rule", equalTo("KVARTAL_EJ_AVSLUTAT"));
        TestClock.set(kl(LocalDate.of(2027, 7, 5), 10));
        for (int i = 0; i < 2; i++) {
            List<String> uppdrag = given().auth().oauth2(RUT_RAPPORTOR).post("/api/ivo/rapporter/2027-Q2/inlamning").then()
                    .statusCode(200).body("kvartal", equalTo("2027-Q2")).extract().jsonPath().getList("uppdrag");
            assertThat(uppdrag).contains(uppdragId);
        }
        String efterRapport = "IVO_VERKSTALLT_EFTER_RAPPORT:" + uppdragId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath arende = given().auth().oauth2(RUT_RAPPORTOR).get("/api/bevakningar/arenden/" + uppdragId).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(arende.getString("bevakningar.find { it.regelId == 'IVO_VERKSTALLT_EFTER_RAPPORT' }.status"))
                    .isEqualTo("UPPFYLLD");
            List<String> uppfyllda = arende.getList("historik.findAll { it.handelse == 'BevakningUppfylld' && "
                    + "it.bevakningId.startsWith('" + efterRapport + "') }.bevakningId");
            assertThat(uppfyllda).hasSize(1);
        });
    }

    @Test
    void bara_rapportoren_far_rapporten_och_kvartalet_ska_vara_giltigt() {
        given().auth().oauth2(ANNA).get("/api/ivo/rapporter/2027-Q1").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(CHEF_MYND).get("/api/ivo/rapporter/2027-Q1.csv").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(ANNA).post("/api/ivo/rapporter/2026-Q1/inlamning").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(ANNA).get("/api/ivo/statistik/2026-Q1").then().statusCode(403).contentType(PROBLEM);
        given().get("/api/ivo/rapporter/2026-Q1").then().statusCode(401);

        given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2027-Q5").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("kvartal")).body("violations[0].rule", equalTo("KVARTAL_OGILTIGT"));
        given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/statistik/kvartal1").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("kvartal"));
        given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2199-Q1").then().statusCode(422).contentType(PROBLEM)
                .body("rule", equalTo("KVARTAL_I_FRAMTIDEN")).body("violations[0].field", equalTo("kvartal"));
    }

    @Test
    void uppdragstjanstens_fel_blir_502_som_namner_beroendet() {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "KVINNA", 2016);
        LocalDate beslut = LocalDate.of(2025, 9, 1);
        TestClock.set(kl(beslut, 12));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
        }
        TestClock.set(kl(LocalDate.of(2026, 1, 10), 12));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(RUT_RAPPORTOR)
                .get("/api/ivo/rapporter/2025-Q4").then().statusCode(200).body("ejVerkstallda.uppdragId",
                        org.hamcrest.Matchers.hasItem(uppdragId)));
        IvoTestUppdragstjanst.felstatus = 500;
        given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2025-Q4").then().statusCode(502).contentType(PROBLEM)
                .body("status", equalTo(502)).body("rule", equalTo("BEROENDE_SVARAR_INTE"))
                .body("detail", org.hamcrest.Matchers.containsString("assignment-service"));
        IvoTestUppdragstjanst.felstatus = 403;
        given().auth().oauth2(RUT_RAPPORTOR).get("/api/ivo/rapporter/2025-Q4").then().statusCode(403).contentType(PROBLEM);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> post(JsonPath rapport, String lista, String uppdragId) {
        List<Map<String, Object>> poster = rapport.getList(lista);
        return poster.stream().filter(p -> uppdragId.equals(p.get("uppdragId"))).findFirst().orElse(null);
    }
}
