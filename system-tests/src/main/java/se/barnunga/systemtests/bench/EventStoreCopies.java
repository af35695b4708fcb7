package se.barnunga.systemtests.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The benchmarks' fast way to a large event store (B3, B4, B5): a service's stored events copied in PostgreSQL
 * ({@code INSERT … SELECT}) under new aggregate ids – payload and metadata as serialized by the service, the source id
 * replaced inside them too (so each copy is an aggregate, a case, of its own), a new event id, the same sequence
 * numbers, types and timestamps – and the processors' tokens then moved to the store's head, so the copies are neither
 * projected nor published when the service starts again. The service must be stopped meanwhile.
 */
final class EventStoreCopies {

    /** Axon's gap-aware tracking token: the only kind of token these copies can move (serialized as JSON). */
    static final String GAP_AWARE_TOKEN = "org.axonframework.eventhandling.GapAwareTrackingToken";

    private EventStoreCopies() {
    }

    /** One copy of an aggregate: its events, under {@code id}. */
    record Copy(String source, String id) {
    }

    /** In which order the copies' events follow each other in the store (their global index). */
    enum Order {
        /** A copy's events together, copy after copy, in the order of the {@code Copy} list. */
        BY_COPY("m.ord, e.sequencenumber"),
        /**
         * As the source events were stored: every copy's first event (in the order of the list), then every copy's
         * second, and so on – the events of a case spread over the store as in a real one. Events only (snapshots have no
         * global index).
         */
        INTERLEAVED("e.globalindex, m.ord");

        private final String orderBy;

        Order(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** {@code times} copies of each of {@code sources}, each under a new random id: copy 1 of every source, then copy 2… */
    static List<Copy> copies(List<String> sources, long times) {
        List<Copy> copies = new ArrayList<>();
        for (long n = 0; n < times; n++) {
            for (String source : sources) {
                copies.add(new Copy(source, UUID.randomUUID().toString()));
            }
        }
        return copies;
    }

    /** Copies of {@code source}, one under each of {@code ids}. */
    static List<Copy> copiesOf(String source, List<String> ids) {
        return ids.stream().map(id -> new Copy(source, id)).toList();
    }

    /**
     * Copies the events ({@code domainevententry}) or snapshots ({@code snapshotevententry}) of the copies' sources in
     * one statement; returns the rows written.
     */
    static long copy(Connection c, String table, List<Copy> copies, Order order) throws SQLException {
        if (!table.equals("domainevententry") && !table.equals("snapshotevententry")) {
            throw new IllegalArgumentException("not an event table: " + table);
        }
        if (order == Order.INTERLEAVED && !table.equals("domainevententry")) {
            throw new IllegalArgumentException("only events have a global index to interleave by");
        }
        String sql = """
                INSERT INTO %1$s (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                                  payloadrevision, payloadtype, timestamp)
                SELECT m.id, e.sequencenumber, e.type, gen_random_uuid()::text,
                       CASE WHEN e.metadata IS NULL THEN NULL
                            ELSE convert_to(replace(convert_from(e.metadata, 'UTF8'), e.aggregateidentifier, m.id), 'UTF8') END,
                       convert_to(replace(convert_from(e.payload, 'UTF8'), e.aggregateidentifier, m.id), 'UTF8'),
                       e.payloadrevision, e.payloadtype, e.timestamp
                FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS m(source, id, ord)
                JOIN %1$s e ON e.aggregateidentifier = m.source
                ORDER BY %2$s""".formatted(table, order.orderBy);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setArray(1, c.createArrayOf("text", copies.stream().map(Copy::source).toArray()));
            insert.setArray(2, c.createArrayOf("text", copies.stream().map(Copy::id).toArray()));
            return insert.executeLargeUpdate();
        }
    }

    /**
     * Every processor's token to the store's head (its last global index), without gaps and unclaimed (so the restarted
     * service claims them at once); returns the head. Fails for a token of another kind than gap-aware (a replay's).
     */
    static long moveTokensToHead(Connection c) throws SQLException {
        long head;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(globalindex) FROM domainevententry")) {
            rs.next();
            head = rs.getLong(1);
        }
        List<String> others = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT processorname, segment, tokentype FROM tokenentry")) {
            while (rs.next()) {
                if (rs.getString(3) != null && !GAP_AWARE_TOKEN.equals(rs.getString(3))) {
                    others.add(rs.getString(1) + "/" + rs.getInt(2) + ": " + rs.getString(3));
                }
            }
        }
        if (!others.isEmpty()) {
            throw new IllegalStateException("tokens of a kind that cannot be moved to the head: " + others);
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE tokenentry SET token = ?, tokentype = ?, owner = NULL")) {
            update.setBytes(1, ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
            update.setString(2, GAP_AWARE_TOKEN);
            int updated = update.executeUpdate();
            System.out.println("[bench] " + updated + " processor token(s) moved to the head, " + head);
        }
        return head;
    }
}
