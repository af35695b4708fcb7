package se.barnunga.platform.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a request failed because the database could not be reached – PostgreSQL restarting or gone, or the pool
 * unable to give a connection in time – rather than because of a fault of ours. Such a failure is answered 503 with
 * {@code Retry-After} ({@link ProblemMappers}). The cause is looked for anywhere in the chain (causes, suppressed
 * exceptions and chained SQL exceptions), as Axon ({@code CommandExecutionException}, its JDBC exceptions), JTA
 * ({@code RollbackException}) and Hibernate wrap it.
 */
public final class Unavailability {

    /** Seconds a client should wait before trying again: about one PostgreSQL restart. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final int MAX_DEPTH = 32;

    private Unavailability() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        return find(failure) != null;
    }

    /** The exception that shows the database was unavailable, or {@code null}. */
    static Throwable find(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (unavailable(t)) {
                return t;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return null;
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof JDBCConnectionException) {
            return true; // Hibernate's name for SQLState class 08
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") // connection exception
                    || state.startsWith("57P"))) { // admin/crash shutdown, cannot connect now
                return true;
            }
            // Agroal's pool says "Sorry, acquisition timeout!" (or "Acquisition timeout while waiting for new
            // connection") without an SQLState
            String message = sql.getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    /** The kind and SQLState of the failure, for the log (never the SQL or its parameters). */
    static String describe(Throwable failure) {
        Throwable t = find(failure);
        if (t == null) {
            return failure.getClass().getName();
        }
        return t.getClass().getName() + (t instanceof SQLException sql && sql.getSQLState() != null
                ? " SQLState " + sql.getSQLState() : "");
    }
}
