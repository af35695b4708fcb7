package se.barnunga.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.restassured.path.json.JsonPath;

/**
 * Rebuilds a service's projection through the operators' endpoint ({@code POST /api/drift/processors/{name}/rebuild})
 * inside a {@code @QuarkusTest} and compares its tables before and after: the same rows, column for column. Waits (bounded)
 * for the processor to be at the head before, and for the rebuild to be reported done after – never on a timing.
 */
public final class ReadModelRebuild {

    private ReadModelRebuild() {
    }

    /**
     * The tables' whole content once the processor has caught up with the store: each row as PostgreSQL's text form of
     * the row, sorted, per table.
     */
    public static Map<String, List<String>> settled(String driftToken, String processor, DataSource dataSource, String... tables) {
        AtomicReference<Map<String, List<String>>> content = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath before = detail(driftToken, processor);
            if (before.getLong("lag") != 0 || before.getBoolean("replaying")) {
                return false;
            }
            Map<String, List<String>> now = content(dataSource, tables);
            JsonPath after = detail(driftToken, processor);
            if (after.getLong("head") != before.getLong("head") || after.getLong("lag") != 0) {
                return false;
            }
            content.set(now);
            return true;
        });
        return content.get();
    }

    /**
     * Rebuilds the processor's projection and waits until it is done; events that the replay parked again (parked
     * before the rebuild, then discarded or re-driven, and still failing) are discarded again, as they were before.
     *
     * @return the tables' content after the rebuild
     */
    public static Map<String, List<String>> rebuild(String driftToken, String processor, DataSource dataSource, String... tables) {
        Instant start = Instant.now();
        given().auth().oauth2(driftToken).post("/api/drift/processors/" + processor + "/rebuild").then().statusCode(202)
                .body("processor", equalTo(processor));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath p = detail(driftToken, processor);
            assertThat(p.getBoolean("replaying")).as("replaying").isFalse();
            assertThat(p.getString("rebuildFinishedAt")).as("finished").isNotNull();
        });
        List<Map<String, Object>> parked = given().auth().oauth2(driftToken).queryParam("processor", processor)
                .queryParam("state", "PARKED").get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
        for (Map<String, Object> row : parked) {
            if (Instant.parse((String) row.get("parkedAt")).isAfter(start.minusSeconds(1))) {
                given().auth().oauth2(driftToken).post("/api/drift/parked/" + row.get("id") + "/discard").then().statusCode(200);
            }
        }
        return settled(driftToken, processor, dataSource, tables);
    }

    /**
     * Rebuilds the projection and asserts that its tables hold exactly the rows they held before; the first table (the
     * projection's main one) must not be empty.
     */
    public static void assertRebuiltIdentically(String driftToken, String processor, DataSource dataSource, String... tables) {
        Map<String, List<String>> before = settled(driftToken, processor, dataSource, tables);
        assertThat(before.get(tables[0])).as("rows of %s before the rebuild", tables[0]).isNotEmpty();
        Map<String, List<String>> after = rebuild(driftToken, processor, dataSource, tables);
        for (String table : tables) {
            assertThat(after.get(table)).as("rows of %s after the rebuild", table).containsExactlyElementsOf(before.get(table));
        }
    }

    private static JsonPath detail(String driftToken, String processor) {
        return given().auth().oauth2(driftToken).get("/api/drift/processors/" + processor).then().statusCode(200).extract().jsonPath();
    }

    /** Each table's rows as PostgreSQL's text form of the whole row, sorted. */
    public static Map<String, List<String>> content(DataSource dataSource, String... tables) throws SQLException {
        Map<String, List<String>> content = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables) {
                if (!table.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a table name: " + table);
                }
                List<String> rows = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement("SELECT r::text FROM " + table + " r ORDER BY 1");
                     ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                content.put(table, rows);
            }
        }
        return content;
    }
}
