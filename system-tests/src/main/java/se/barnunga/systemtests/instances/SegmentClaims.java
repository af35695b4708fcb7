package se.barnunga.systemtests.instances;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.barnunga.systemtests.ProcessSystem;

/**
 * Who holds each segment of each event processor of a service: the {@code owner} column of the service's
 * {@code TokenEntry} table, which Axon's JDBC token store fills with the claiming JVM's node id ({@code <pid>@<host>}),
 * mapped to the instance of that pid.
 */
final class SegmentClaims {

    /** The owner of a segment nobody claims. */
    static final String NOBODY = "(unclaimed)";
    /** The owner of a segment whose owner is no running instance of the service (e.g. one killed). */
    static final String GONE = "(gone)";

    private SegmentClaims() {
    }

    /** processor → segment → instance name (or {@link #NOBODY}, {@link #GONE}). */
    static Map<String, Map<Integer, String>> of(ProcessSystem sut, String service) throws SQLException {
        Map<Long, String> instanceByPid = new TreeMap<>();
        for (String instance : sut.instancesOf(service)) {
            if (sut.isAlive(instance)) {
                instanceByPid.put(sut.pid(instance), instance);
            }
        }
        Map<String, Map<Integer, String>> claims = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(sut.jdbcUrl(service), sut.postgresUser(), "");
             PreparedStatement s = c.prepareStatement("SELECT processorname, segment, owner FROM tokenentry");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String owner = rs.getString(3);
                String instance = owner == null ? NOBODY : instanceByPid.getOrDefault(pid(owner), GONE);
                claims.computeIfAbsent(rs.getString(1), p -> new TreeMap<>()).put(rs.getInt(2), instance);
            }
        }
        return claims;
    }

    /** processor → instance → segments it holds. */
    static Map<String, Map<String, Integer>> countByInstance(Map<String, Map<Integer, String>> claims) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        claims.forEach((processor, segments) -> segments.values()
                .forEach(owner -> counts.computeIfAbsent(processor, p -> new TreeMap<>()).merge(owner, 1, Integer::sum)));
        return counts;
    }

    /** True if every segment of every processor is held by one of the instances. */
    static boolean allHeldBy(Map<String, Map<Integer, String>> claims, List<String> instances) {
        return !claims.isEmpty() && claims.values().stream().flatMap(m -> m.values().stream()).allMatch(instances::contains);
    }

    private static long pid(String owner) {
        int at = owner.indexOf('@');
        try {
            return Long.parseLong(at < 0 ? owner : owner.substring(0, at));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
