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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
     * Rebuilds the processor's projection and waits until it is done. Events that the replay parks again – parked
     * before the rebuild, then discarded or re-driven, and still failing – are discarded again, as they were before;
     * any other event parked by the replay fails the test (e.g. a row the reset handler left behind).
     *
     * @return the tables' content after the rebuild
     */
    public static Map<String, List<String>> rebuild(String driftToken, String processor, DataSource dataSource, String... tables) {
        Set<Object> parkedBefore = new HashSet<>();
        parked(driftToken, processor, null).forEach(r -> parkedBefore.add(r.get("eventId")));
        Instant start = Instant.now();
        given().auth().oauth2(driftToken).post("/api/drift/processors/" + processor + "/rebuild").then().statusCode(202)
                .body("processor", equalTo(processor));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath p = detail(driftToken, processor);
            assertThat(p.getBoolean("replaying")).as("replaying").isFalse();
            assertThat(p.getString("rebuildFinishedAt")).as("finished").isNotNull();
        });
        for (Map<String, Object> row : parked(driftToken, processor, "PARKED")) {
            if (Instant.parse((String) row.get("parkedAt")).isAfter(start.minusSeconds(1))) {
                assertThat(parkedBefore).as("parked by the rebuild: %s", row).contains(row.get("eventId"));
                given().auth().oauth2(driftToken).post("/api/drift/parked/" + row.get("id") + "/discard").then().statusCode(200);
            }
        }
        return settled(driftToken, processor, dataSource, tables);
    }

    /**
     * Rebuilds the projection and asserts that its tables hold exactly the rows they held before, each written anew
     * by the replay; a row that no event produces (a copy of a row under a new key, put into every non-empty table
     * before the rebuild) must be gone – the reset handler cleared the table. The first table (the projection's main
     * one) must not be empty.
     */
    public static void assertRebuiltIdentically(String driftToken, String processor, DataSource dataSource, String... tables) {
        Map<String, List<String>> before = settled(driftToken, processor, dataSource, tables);
        assertThat(before.get(tables[0])).as("rows of %s before the rebuild", tables[0]).isNotEmpty();
        Map<String, Set<String>> versionsBefore = new LinkedHashMap<>();
        for (String table : tables) {
            versionsBefore.put(table, rowVersions(dataSource, table));
            if (!before.get(table).isEmpty()) {
                insertStrayRow(dataSource, table);
            }
        }
        Map<String, List<String>> after = rebuild(driftToken, processor, dataSource, tables);
        for (String table : tables) {
            assertThat(after.get(table)).as("rows of %s after the rebuild", table).containsExactlyElementsOf(before.get(table));
            Set<String> unchanged = new HashSet<>(rowVersions(dataSource, table));
            unchanged.retainAll(versionsBefore.get(table));
            assertThat(unchanged).as("rows of %s not written by the replay (xmin)", table).isEmpty();
        }
    }

    private static List<Map<String, Object>> parked(String driftToken, String processor, String state) {
        var request = given().auth().oauth2(driftToken).queryParam("processor", processor);
        if (state != null) {
            request = request.queryParam("state", state);
        }
        return request.get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
    }

    /** The transaction ids that wrote the table's rows (PostgreSQL's {@code xmin}). */
    private static Set<String> rowVersions(DataSource dataSource, String table) {
        Set<String> versions = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT xmin::text FROM " + tableName(table));
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return versions;
    }

    /** Copies one row of the table under a new value of its first primary-key column (text or uuid). */
    private static void insertStrayRow(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection()) {
            String column;
            String type;
            try (PreparedStatement q = c.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_index i"
                    + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
                    + " WHERE i.indrelid = ?::regclass AND i.indisprimary")) {
                q.setString(1, table);
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).as("primary key of %s", table).isTrue();
                    column = rs.getString(1);
                    type = rs.getString(2);
                }
            }
            String value = type.equals("uuid") ? UUID.randomUUID().toString() : "x" + UUID.randomUUID().toString().substring(0, 8);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tableName(table) + " SELECT (jsonb_populate_record(NULL::"
                    + tableName(table) + ", to_jsonb(r) || jsonb_build_object(?::text, ?::text))).* FROM " + tableName(table) + " r LIMIT 1")) {
                insert.setString(1, column);
                insert.setString(2, value);
                assertThat(insert.executeUpdate()).as("stray row in %s", table).isEqualTo(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not put a stray row into " + table, e);
        }
    }

    private static String tableName(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }

    private static JsonPath detail(String driftToken, String processor) {
        return given().auth().oauth2(driftToken).get("/api/drift/processors/" + processor).then().statusCode(200).extract().jsonPath();
    }

    /** Each table's rows as PostgreSQL's text form of the whole row, sorted. */
    public static Map<String, List<String>> content(DataSource dataSource, String... tables) throws SQLException {
        Map<String, List<String>> content = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables) {
                tableName(table);
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
