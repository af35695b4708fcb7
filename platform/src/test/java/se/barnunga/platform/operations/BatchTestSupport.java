package se.barnunga.platform.operations;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import se.barnunga.testing.DevTokens;

/**
 * What {@link LiveBatchTest} and {@link ReplayBatchTest} share: the events they store for their projections
 * ({@link TestLarmProjektion}, {@link TestSaldoProjektion}), the amounts they sum, the parked events and the
 * projections' tables ({@link TestRad}).
 */
final class BatchTestSupport {

    /** An operations user, for the parked events and the rebuild. */
    static final String DRIFT = DevTokens.token("drift-1", "DRIFT-1", "drift");

    private BatchTestSupport() {
    }

    /** The sum of an aggregate's amounts when its events {@code 0 … eventsEach-1} carry {@code (aggregate+1)*100 + i}. */
    static long sum(int aggregate, int eventsEach) {
        long sum = 0;
        for (int i = 0; i < eventsEach; i++) {
            sum += (aggregate + 1) * 100L + i;
        }
        return sum;
    }

    /** Stores one event of the aggregate; returns its id. */
    static String append(EventStore eventStore, String aggregateId, long sequence, Object payload) {
        GenericDomainEventMessage<Object> event = new GenericDomainEventMessage<>(payload.getClass().getSimpleName(),
                aggregateId, sequence, payload);
        eventStore.publish(event);
        return event.getIdentifier();
    }

    /** The processor's parked event of the id in the state, or null. */
    static Map<String, Object> parked(String processor, String eventId, String state) {
        List<Map<String, Object>> rows = given().auth().oauth2(DRIFT).queryParam("processor", processor)
                .queryParam("state", state).get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst().orElse(null);
    }

    /** The whole table, one line per row in key order: aggregate, count, sum, latest text. */
    static List<String> rows(DataSource dataSource, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT aggregat_id, antal, summa, senaste_text FROM " + table + " ORDER BY aggregat_id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getLong(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }
}
