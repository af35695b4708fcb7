package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.deadline.domain.Handelser.BevakningStartad;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * An event that {@code bevakning-vy} cannot even deserialize (a {@code BevakningStartad} whose {@code arendetyp} is an
 * object, written into the store directly) arrives in one live batch with other cases' events: it alone is parked, the
 * other cases' rows are all written, and the processor is not left failing. The batch's rows are preloaded (more than
 * one event) by the events' aggregate identifiers only – a preload that read the other events' payloads failed at the
 * batch's first handler and parked an innocent event there (found by the system test's fault e).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class BevakningVyParkeringTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper objectMapper;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void en_handelse_som_inte_kan_lasas_parkeras_ensam_och_resten_av_batchen_projiceras() throws Exception {
        LocalDate dag = LocalDate.of(2029, 10, 1);
        TestClock.set(kl(dag, 12));
        String forlaga = UUID.randomUUID().toString();
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(forlaga, beviljad(forlaga, new Barn(pseudonym(), "KVINNA", 2016), dag, "MYND-1", "anna"), kl(dag, 10));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !bevakningar(forlaga).isEmpty());
        List<String> forlagansBevakningar = bevakningar(forlaga);
        List<Rad> handelser = handelser(forlaga);
        assertThat(handelser).anyMatch(r -> r.payloadType().equals(BevakningStartad.class.getName()));

        // copies of the case's events for three new cases and, between them, an unreadable BevakningStartad of a fourth
        // case – one transaction, so that the processor meets them in one batch
        List<String> kopior = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String forgiftad = UUID.randomUUID().toString();
        String giftId = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < kopior.size(); i++) {
                for (Rad r : handelser) {
                    skriv(c, r, forlaga, kopior.get(i), r.sequence(), UUID.randomUUID().toString(), r.payload());
                }
                if (i == 0) {
                    Rad startad = handelser.stream().filter(r -> r.payloadType().equals(BevakningStartad.class.getName()))
                            .findFirst().orElseThrow();
                    ObjectNode gift = (ObjectNode) objectMapper.readTree(startad.payload());
                    gift.set("arendetyp", objectMapper.createObjectNode().put("gift", true));
                    skriv(c, startad, forlaga, forgiftad, 0, giftId, objectMapper.writeValueAsString(gift));
                }
            }
            c.commit();
        }

        // the poison parked, alone; every copy's watch rows written as the original's
        Map<String, Object> parkerad = await().atMost(Duration.ofSeconds(120)).until(() -> parkerade().stream()
                .filter(p -> giftId.equals(p.get("eventId"))).findFirst().orElse(null), p -> p != null);
        assertThat(parkerad).containsEntry("sequenceId", forgiftad).containsEntry("cause", true)
                .containsEntry("eventType", BevakningStartad.class.getName());
        for (String kopia : kopior) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(bevakningar(kopia))
                    .isEqualTo(forlagansBevakningar.stream().map(b -> b.replace(forlaga, kopia)).toList()));
        }
        assertThat(parkerade()).as("parked by bevakning-vy: the poison only").extracting(p -> p.get("eventId"))
                .containsExactly(giftId);
        assertThat(bevakningar(forgiftad)).isEmpty();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().auth().oauth2(OLLE_DRIFT)
                .get("/api/drift/processors/bevakning-vy").then().statusCode(200).extract().jsonPath().getBoolean("failing"))
                .as("bevakning-vy failing").isFalse());

        given().auth().oauth2(OLLE_DRIFT).post("/api/drift/parked/" + parkerad.get("id") + "/discard").then().statusCode(200);
        assertThat(parkerade()).isEmpty();
    }

    private record Rad(String type, long sequence, byte[] metadata, String payload, String payloadRevision,
                       String payloadType, String timestamp) {
    }

    /** The case's events in the store, in order. */
    private List<Rad> handelser(String arendeId) throws Exception {
        List<Rad> rader = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT type, sequencenumber,"
                + " metadata, payload, payloadrevision, payloadtype, timestamp FROM domainevententry"
                + " WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            q.setString(1, arendeId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rader.add(new Rad(rs.getString(1), rs.getLong(2), rs.getBytes(3),
                            new String(rs.getBytes(4), StandardCharsets.UTF_8), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return rader;
    }

    /** The event as another case's (its case id replaced wherever it stands). */
    private static void skriv(Connection c, Rad r, String fran, String till, long sequence, String eventId, String payload)
            throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO domainevententry (aggregateidentifier, sequencenumber,"
                + " type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, till);
            insert.setLong(2, sequence);
            insert.setString(3, r.type());
            insert.setString(4, eventId);
            insert.setBytes(5, r.metadata());
            insert.setBytes(6, payload.replace(fran, till).getBytes(StandardCharsets.UTF_8));
            insert.setString(7, r.payloadRevision());
            insert.setString(8, r.payloadType());
            insert.setString(9, r.timestamp());
            insert.executeUpdate();
        }
    }

    /** The case's watch rows (id, rule, status, due), in id order. */
    private List<String> bevakningar(String arendeId) throws Exception {
        List<String> rader = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT bevakning_id, regel_id,"
                + " status, forfaller FROM bevakning_vy WHERE arende_id = ? ORDER BY bevakning_id")) {
            q.setString(1, arendeId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rader.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getTimestamp(4));
                }
            }
        }
        return rader;
    }

    private static List<Map<String, Object>> parkerade() {
        return given().auth().oauth2(OLLE_DRIFT).queryParam("processor", "bevakning-vy").queryParam("state", "PARKED")
                .get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
    }
}
