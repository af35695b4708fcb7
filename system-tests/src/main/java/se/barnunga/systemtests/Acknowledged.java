package se.barnunga.systemtests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every command the load got acknowledged is stored (its domain event in the assignment-service's event
 * store) and published (its public event on {@code barnunga.uppdrag.v1}, de-duplicated by CloudEvent id, each case's
 * events in the order they were acknowledged).
 */
public final class Acknowledged {

    /** What was found: counts over all acknowledged commands of the load. */
    public record Result(int cases, int acknowledged, int stored, int missingInStore, int expectedPublic, int published,
                         int missingOnKafka, int casesOutOfOrder, Duration waitedForKafka) {

        public boolean nothingLost() {
            return missingInStore == 0 && missingOnKafka == 0 && casesOutOfOrder == 0;
        }

        public String figures() {
            return "cases " + cases + ", acknowledged commands " + acknowledged + ", found in the store " + stored
                    + " (missing " + missingInStore + "), public events expected " + expectedPublic + ", on Kafka "
                    + published + " (missing " + missingOnKafka + "), cases out of order " + casesOutOfOrder
                    + ", all published " + waitedForKafka.toSeconds() + " s after the load stopped";
        }
    }

    private Acknowledged() {
    }

    /** Waits (at most {@code timeout}) until every expected public event is on Kafka, then compares. */
    public static Result verify(SystemUnderTest sut, List<CaseLoad.Fall> cases, Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Map<String, List<String>> onKafka;
        while (true) {
            onKafka = Topics.firstCopiesByKey(Topics.readAll(sut.kafkaBootstrapServers(), List.of("barnunga.uppdrag.v1")));
            if (missingOnKafka(cases, onKafka) == 0 || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(2000);
        }
        Duration waited = Duration.between(start, Instant.now());

        Map<String, Set<String>> stored = storedEventTypes(sut, cases);
        int acknowledged = 0;
        int found = 0;
        int expectedPublic = 0;
        int published = 0;
        int outOfOrder = 0;
        for (CaseLoad.Fall fall : cases) {
            List<CaseLoad.Steg> steps;
            synchronized (fall.acknowledged) {
                steps = List.copyOf(fall.acknowledged);
            }
            acknowledged += steps.size();
            Set<String> types = stored.getOrDefault(fall.uppdragId, Set.of());
            found += (int) steps.stream().filter(s -> types.contains(s.domainEvent)).count();
            List<String> expected = fall.expectedPublicEvents();
            List<String> actual = onKafka.getOrDefault(fall.uppdragId, List.of());
            expectedPublic += expected.size();
            published += (int) expected.stream().filter(actual::contains).count();
            // the first copies of the case's events must start with what was acknowledged, in that order (a command
            // stored but not acknowledged, because its answer was lost, may add one event at the end)
            if (actual.size() < expected.size() || !actual.subList(0, expected.size()).equals(expected)) {
                if (actual.containsAll(expected)) {
                    outOfOrder++;
                }
            }
        }
        return new Result(cases.size(), acknowledged, found, acknowledged - found, expectedPublic, published,
                expectedPublic - published, outOfOrder, waited);
    }

    private static int missingOnKafka(List<CaseLoad.Fall> cases, Map<String, List<String>> onKafka) {
        int missing = 0;
        for (CaseLoad.Fall fall : cases) {
            List<String> actual = onKafka.getOrDefault(fall.uppdragId, List.of());
            missing += (int) fall.expectedPublicEvents().stream().filter(e -> !actual.contains(e)).count();
        }
        return missing;
    }

    /** Simple names of the stored domain events per assignment id. */
    static Map<String, Set<String>> storedEventTypes(SystemUnderTest sut, List<CaseLoad.Fall> cases) {
        Map<String, Set<String>> stored = new HashMap<>();
        List<String> ids = new ArrayList<>(cases.stream().map(f -> f.uppdragId).toList());
        try (Connection c = DriverManager.getConnection(sut.jdbcUrl(ProcessSystem.ASSIGNMENT), sut.postgresUser(), "");
             PreparedStatement q = c.prepareStatement(
                     "SELECT aggregateidentifier, payloadtype FROM domainevententry WHERE aggregateidentifier = ANY(?)")) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            q.setArray(1, array);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2);
                    String simple = type.substring(Math.max(type.lastIndexOf('$'), type.lastIndexOf('.')) + 1);
                    stored.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(simple);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the assignment-service's event store", e);
        }
        return stored;
    }
}
