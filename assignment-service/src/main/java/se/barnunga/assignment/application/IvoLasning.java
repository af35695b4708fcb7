package se.barnunga.assignment.application;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import se.barnunga.platform.axon.AggregateHistory;
import se.barnunga.platform.axon.ProcessorPositions;

/**
 * Reads many cases' IVO data at once: from {@link IvoVy} in one query, and from the case file (as before the read model)
 * for every case whose newest event the {@code ivo-vy} processor has not handled yet – so the answer is always the one
 * the case file gives at the time of the read, never older.
 *
 * <p>The query names, per asked id, the row's record and the global index of the case's newest event in the store (one
 * index lookup on {@code (aggregateIdentifier, sequenceNumber)}); the processor's position is the lowest over its
 * segments ({@link ProcessorPositions}). A row is used when that newest event is at or below the position; otherwise
 * (no row yet, a decision or a later event not yet projected, or a rebuild under way) the case file is folded. An id
 * with no events is not a case. One limit, as for every tracking processor: an event committed after a later one (a
 * gap in the processor's token, at most milliseconds live) may be at or below the position before it is handled.
 */
@ApplicationScoped
public class IvoLasning {

    private static final String SQL = "SELECT n.id, v.uppgifter::text, v.uppdrag_id IS NOT NULL, "
            + "(SELECT e.globalindex FROM domainevententry e WHERE e.aggregateidentifier = n.id ORDER BY e.sequencenumber DESC LIMIT 1) "
            + "FROM unnest(?::text[]) AS n(id) LEFT JOIN ivo_vy v ON v.uppdrag_id = n.id";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProcessorPositions positions;
    @Inject
    AggregateHistory history;
    @Inject
    Barnpseudonym barnpseudonym;
    @Inject
    ObjectMapper json;

    /** Where one case's answer came from (for the tests and the operators' understanding, not in the API). */
    public enum Kalla {
        LASMODELL, AKT
    }

    /** One case's IVO data (empty: no such case, or no decision on intervention) and where it came from. */
    public record Svar(Optional<IvoUppgifter> uppgifter, Kalla kalla) {
    }

    /** The IVO data of each id (valid, distinct case ids); every id is in the answer. */
    public Map<String, Svar> las(List<String> uppdragIds) {
        long position;
        Map<String, Svar> svar = new HashMap<>();
        try {
            // the position first: a row read afterwards is at least as new as the position says
            position = positions.position(IvoProjektion.PROCESSOR).orElse(-1);
            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL)) {
                Array ids = c.createArrayOf("text", uppdragIds.toArray());
                q.setArray(1, ids);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        String uppgifter = rs.getString(2);
                        boolean rad = rs.getBoolean(3);
                        long senaste = rs.getLong(4);
                        boolean finns = !rs.wasNull();
                        if (!finns) {
                            svar.put(id, new Svar(Optional.empty(), Kalla.AKT));
                        } else if (rad && senaste <= position) {
                            svar.put(id, new Svar(Optional.ofNullable(uppgifter == null ? null : las(uppgifter)), Kalla.LASMODELL));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read ivo_vy", e);
        }
        for (String id : uppdragIds) {
            svar.computeIfAbsent(id, this::akt);
        }
        return svar;
    }

    /** One case's IVO data folded from its case file, as the single GET does. */
    public Optional<IvoUppgifter> akt(Uppdragsakt akt) {
        return akt.beslut == null ? Optional.empty() : Optional.of(IvoUppgifter.av(akt, barnpseudonym.av(akt.registrerat.barn())));
    }

    private Svar akt(String uppdragId) {
        return new Svar(history.read(uppdragId, Uppdragsakt::av).flatMap(this::akt), Kalla.AKT);
    }

    private IvoUppgifter las(String uppgifter) {
        try {
            return json.readValue(uppgifter, IvoUppgifter.class);
        } catch (JsonProcessingException e) {
            // not chained: Jackson's message may quote the JSON, which holds personal data
            throw new IllegalStateException("ivo_vy holds an unreadable record (" + e.getClass().getSimpleName() + ")");
        }
    }
}
