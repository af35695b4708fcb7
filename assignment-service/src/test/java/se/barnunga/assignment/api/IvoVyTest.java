package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.assignment.api.AssignmentTestSupport.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.assignment.application.IvoLasning;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.ReadModelRebuild;

/**
 * The IVO read model ({@code ivo-vy}): for cases through the whole lifecycle the bulk read answers from the read model
 * exactly what the case file answers (the single GET), a rebuild writes the same rows, and a case the read model does
 * not have is answered from the case file.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IvoVyTest {

    private static final String LVU_VARD = "{\"beslutsreferens\": \"Förvaltningsrätten mål 4711-26\", \"beslutsdatum\": \"2026-01-15\"}";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    IvoLasning ivoLasning;

    /** The cases of the lifecycle by what happened to them (made once, shared by the ordered tests). */
    private static final Map<String, String> FALL = new LinkedHashMap<>();

    private static void fall() {
        if (!FALL.isEmpty()) {
            return;
        }
        String beslutat = forfragan(ANNA, "BEVILJAD_INSATS");
        beslutat(beslutat);
        FALL.put("beslut", beslutat);

        String hindrat = forfragan(ANNA, "BEVILJAD_INSATS");
        beslutat(hindrat);
        skicka(hindrat, "BEVILJAD_INSATS", "INGEN");
        post(MATS_METODHANDLEDARE, "hinder", hindrat, """
                {"hinder": "KAN_INTE_VERKSTALLA_INOM_SKALIG_TID", "skal": "Fullbokat", "enhetschefInformerad": true,
                 "erbjudetUnderTiden": "Stödsamtal"}""");
        post(ANNA, "uppskov", hindrat, """
                {"begartAv": "VARDNADSHAVARE", "onskatStartdatum": "%s", "skal": "Familjen reser bort"}"""
                .formatted(idag().plusDays(30)));
        FALL.put("hinder och uppskov", hindrat);

        String uteblev = forfragan(ANNA, "BEVILJAD_INSATS");
        beslutat(uteblev);
        skicka(uteblev, "BEVILJAD_INSATS", "INGEN");
        bekraftaMottagande(MATS_METODHANDLEDARE, uteblev);
        utse(uteblev);
        formote(uteblev);
        planeringsmote(uteblev);
        post(ULLA_UTFORARE, "startbekraftelse", uteblev, "{\"startade\": false, \"orsak\": \"Barnet kom inte\"}");
        FALL.put("start uteblev", uteblev);

        String avbrutet = verkstallt("BEVILJAD_INSATS");
        post(ANNA, "avbrott", avbrutet, "{\"avbrottsdatum\": \"%s\", \"orsak\": \"BARNET_EJ_TILLGANGLIGT\", \"beskrivning\": \"Sjukhusvistelse\"}"
                .formatted(idag()));
        post(ULLA_UTFORARE, "aterupptagande", avbrutet, "{\"datum\": \"%s\"}".formatted(idag()));
        FALL.put("avbrott och återupptagen", avbrutet);

        FALL.put("verkställd", verkstallt("BEVILJAD_INSATS"));

        String avslutat = verkstallt("INSATS_UNDER_UTREDNING");
        genomforandeplan(avslutat);
        post(ULLA_UTFORARE, "redogorelse", avslutat, """
                {"datum": "%s", "genomgangenMedFamiljen": true, "familjensSynpunkter": "Familjen känner igen sig",
                 "sammanfattning": "Samspelet har förbättrats"}""".formatted(idag()));
        post(ANNA, "riskbedomning", avslutat, "{\"riskniva\": \"MINSKAD\", \"kvarstaendeBehov\": false, \"datum\": \"%s\"}"
                .formatted(idag()));
        post(ANNA, "insatsavslut", avslutat, """
                {"datum": "%s", "skal": "MALEN_UPPFYLLDA", "nyUtredningInleds": false, "motivering": "Enligt riskbedömningen"}"""
                .formatted(idag()));
        post(ULLA_UTFORARE, "avslut", avslutat, "{\"datum\": \"%s\", \"fysiskaHandlingar\": \"OVERLAMNADE\"}".formatted(idag()));
        FALL.put("avslutad", avslutat);

        String aterkallat = forfragan(ANNA, "BEVILJAD_INSATS");
        beslutat(aterkallat);
        skicka(aterkallat, "BEVILJAD_INSATS", "INGEN");
        post(ANNA, "aterkallelse", aterkallat, """
                {"datum": "%s", "skal": "Familjen flyttade", "beslutsfattare": %s}""".formatted(idag(), BESLUTSFATTARE));
        FALL.put("återkallad", aterkallat);

        String omprovat = verkstallt("BEVILJAD_INSATS");
        post(ANNA, "samtycke/aterkallande", omprovat, """
                {"part": "VARDNADSHAVARE", "vardnadshavare": {"personnummer": "%s", "namn": "Karin Ekström"}, "datum": "%s"}"""
                .formatted(VARDNADSHAVARE_PNR, idag()));
        post(ANNA, "omprovning", omprovat, """
                {"grund": "NAMNDBESLUT_LVU_11", "beslutsdatum": "%s", "lagrum": "LVU_11", "skal": "Vård enligt 11 § LVU",
                 "lvuVard": %s, "namndbeslut": {"referens": "SU 2026-12 § 7", "datum": "%s",
                 "beslutsfattare": {"namn": "Sociala utskottet", "delegationsniva": "UTSKOTT"}}}"""
                .formatted(idag(), LVU_VARD, idag()));
        FALL.put("LVU-omprövning", omprovat);

        String avbojt = forfragan(ANNA, "BEVILJAD_INSATS");
        post(MATS_METODHANDLEDARE, "avbojande", avbojt, "{\"skal\": \"Inga platser\"}");
        FALL.put("avböjd, inget beslut", avbojt);
    }

    @Test
    @Order(1)
    void the_bulk_read_answers_from_the_read_model_what_the_case_file_answers_and_a_rebuild_writes_the_same_rows() {
        fall();
        projected(FALL.values());
        assertBulkEqualsCaseFile();

        ReadModelRebuild.assertRebuiltIdentically(OLLE_DRIFT, "ivo-vy", dataSource, "ivo_vy");
        projected(FALL.values());
        assertBulkEqualsCaseFile();
    }

    @Test
    @Order(2)
    void a_case_the_read_model_does_not_have_is_answered_from_the_case_file() throws SQLException {
        String id = verkstallt("BEVILJAD_INSATS");
        projected(List.of(id));
        // as if the processor had not handled the case yet: its row gone
        try (Connection c = dataSource.getConnection(); PreparedStatement d = c.prepareStatement("DELETE FROM ivo_vy WHERE uppdrag_id = ?")) {
            d.setString(1, id);
            assertThat(d.executeUpdate()).isEqualTo(1);
        }
        IvoLasning.Svar svar = ivoLasning.las(List.of(id)).get(id);
        assertThat(svar.kalla()).isEqualTo(IvoLasning.Kalla.AKT);
        assertThat(svar.uppgifter()).isPresent();

        JsonPath bulk = bulk(List.of(id));
        assertThat(bulk.getList("uppgifter.uppdragId")).containsExactly(id);
        assertThat(bulk.getMap("uppgifter[0]")).isEqualTo(single(id));
    }

    @Test
    @Order(3)
    void an_event_the_processor_has_not_handled_yet_is_answered_from_the_case_file() throws SQLException {
        String id = verkstallt("BEVILJAD_INSATS");
        projected(List.of(id));
        // the processor held up on the case's row (locked by another transaction) while the case goes on
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT 1 FROM ivo_vy WHERE uppdrag_id = ? FOR UPDATE")) {
                lock.setString(1, id);
                assertThat(lock.executeQuery().next()).isTrue();
            }
            post(ANNA, "avbrott", id, "{\"avbrottsdatum\": \"%s\", \"orsak\": \"ANNAT\", \"beskrivning\": \"Uppehåll\"}"
                    .formatted(idag()));
            IvoLasning.Svar svar = ivoLasning.las(List.of(id)).get(id);
            assertThat(svar.kalla()).as("the row is behind the store").isEqualTo(IvoLasning.Kalla.AKT);
            assertThat(svar.uppgifter().orElseThrow().avbrott()).as("the interruption, from the case file").hasSize(1);
            assertThat(bulk(List.of(id)).getMap("uppgifter[0]")).isEqualTo(single(id));
            c.rollback();
        }
        projected(List.of(id));
        JsonPath bulk = bulk(List.of(id));
        assertThat(bulk.getList("uppgifter[0].avbrott")).hasSize(1);
        assertThat(bulk.getMap("uppgifter[0]")).isEqualTo(single(id));
    }

    /** Waits (bounded) until the processor has handled every event of the cases: each is then read from the read model. */
    private void projected(Collection<String> ids) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<String, IvoLasning.Svar> svar = ivoLasning.las(List.copyOf(ids));
            ids.forEach(id -> assertThat(svar.get(id).kalla()).as("source of %s", name(id)).isEqualTo(IvoLasning.Kalla.LASMODELL));
        });
    }

    /** Every case's bulk answer equals its single GET (the case file), read from the read model. */
    private void assertBulkEqualsCaseFile() {
        String okant = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>(FALL.values());
        ids.add(okant);
        JsonPath bulk = bulk(ids);
        List<String> beslutade = new ArrayList<>();
        FALL.forEach((vad, id) -> {
            if (!vad.startsWith("avböjd")) {
                beslutade.add(id);
            }
        });
        assertThat(bulk.getList("uppgifter.uppdragId", String.class)).as("in the asked order").containsExactlyElementsOf(beslutade);
        assertThat(bulk.getList("saknas", String.class)).containsExactly(FALL.get("avböjd, inget beslut"), okant);
        for (int i = 0; i < beslutade.size(); i++) {
            String id = beslutade.get(i);
            assertThat(bulk.getMap("uppgifter[" + i + "]")).as("IVO data of the case: %s", name(id)).isEqualTo(single(id));
        }
        // what the lifecycle put there, so that the comparison covers every part of the record
        assertThat(single(FALL.get("hinder och uppskov")).toString()).contains("UTFORARENHET_KAN_INTE_VERKSTALLA_INOM_SKALIG_TID",
                "ENSKILDS_BEGARAN_OM_UPPSKOV");
        assertThat(single(FALL.get("start uteblev")).toString()).contains("START_UTEBLEV");
        assertThat(single(FALL.get("avbrott och återupptagen")).toString()).contains("AVBROTT_BARNET_EJ_TILLGANGLIGT", "aterupptagenDatum=" + idag());
        assertThat(single(FALL.get("avslutad")).get("avslutsskal")).isEqualTo("MALEN_UPPFYLLDA");
        assertThat(single(FALL.get("återkallad")).get("aterkallatDatum")).isEqualTo(idag().toString());
        assertThat(single(FALL.get("verkställd")).get("verkstallighetsdatum")).isEqualTo(idag().toString());
    }

    private static String name(String id) {
        return FALL.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(id);
    }

    private static JsonPath bulk(List<String> ids) {
        return given().auth().oauth2(RUT_RAPPORTOR).contentType("application/json").body(Map.of("uppdragIds", ids))
                .when().post("/api/uppdrag/ivo-uppgifter").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> single(String id) {
        return given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
