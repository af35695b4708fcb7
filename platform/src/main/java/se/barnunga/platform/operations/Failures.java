package se.barnunga.platform.operations;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies a failure of an event handler: transient (the database or broker is away or busy – retried for ever,
 * never parked) or deterministic (the same event fails the same way – parked after bounded attempts). Also derives
 * what may be stored and logged about a failure: its class, SQLState and a sanitised message (first line, bounded,
 * long digit runs masked), never values from the event.
 */
public final class Failures {

    private static final int MAX_MESSAGE = 200;
    /** A personnummer, samordningsnummer (or a part of one) or other number that an error message might echo. */
    private static final Pattern DIGITS = Pattern.compile("\\d{4,}");

    private Failures() {
    }

    /** Whether the failure is one of availability, not of the event: see the class comment. */
    public static boolean isTransient(Throwable error) {
        for (Throwable t : chain(error)) {
            String name = t.getClass().getName();
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && transientSqlState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().startsWith("Acquisition timeout")) {
                return true; // Agroal: no connection became free in time
            }
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("org.hibernate.exception.LockAcquisitionException")
                    || name.equals("org.hibernate.PessimisticLockException")
                    || name.equals("se.barnunga.platform.publishing.ContractEventPublisher$PublishingFailed")
                    || isKafkaRetriable(t)) {
                return true;
            }
        }
        return false;
    }

    /** Connection (08), insufficient resources (53), operator intervention (57P), serialization and deadlock. */
    static boolean transientSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("40001") || state.equals("40P01"));
    }

    private static boolean isKafkaRetriable(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.apache.kafka.common.errors.RetriableException")) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the innermost SQL exception in the chain, or null. */
    public static String sqlState(Throwable error) {
        String state = null;
        for (Throwable t : chain(error)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return state;
    }

    /**
     * The first line of the innermost SQL exception's message (the database's own words, no statement), else of the
     * error's; bounded, control characters dropped, long digit runs masked. PostgreSQL's "Detail:" lines, which can
     * carry column values, are never kept.
     */
    public static String sanitisedMessage(Throwable error) {
        String message = error.getMessage();
        for (Throwable t : chain(error)) {
            if (t instanceof SQLException && t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return null;
        }
        String line = message.lines().findFirst().orElse("").strip();
        StringBuilder clean = new StringBuilder(Math.min(line.length(), MAX_MESSAGE));
        line.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(clean::appendCodePoint);
        String masked = DIGITS.matcher(clean).replaceAll("…");
        return masked.length() <= MAX_MESSAGE ? masked : masked.substring(0, MAX_MESSAGE);
    }

    /** The error's class name, e.g. for metrics and the operator view (never a message). */
    public static String errorClass(Throwable error) {
        return error.getClass().getName();
    }

    private static Iterable<Throwable> chain(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            all.add(t);
            if (t instanceof SQLException sql && sql.getNextException() != null && !seen.containsKey(sql.getNextException())) {
                all.add(sql.getNextException());
            }
        }
        return all;
    }
}
