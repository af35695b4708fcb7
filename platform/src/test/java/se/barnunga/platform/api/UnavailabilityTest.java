package se.barnunga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.transaction.RollbackException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Which failures mean "the database cannot be reached just now" (503) – as PostgreSQL's driver, Agroal, Hibernate, Axon
 * and JTA report and wrap them while PostgreSQL restarts – and which are faults of ours (500). The HTTP answer itself
 * (503 problem+json with Retry-After) is in {@link StrictInputTest}.
 */
class UnavailabilityTest {

    @Test
    void connection_failures_of_the_driver_and_pool_are_unavailability() {
        assertThat(Unavailability.isDatabaseUnavailable(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new JDBCConnectionException("could not connect", new SQLException("x")))).isTrue();
    }

    @Test
    void they_are_found_however_deeply_they_are_wrapped() {
        SQLException refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(Unavailability.isDatabaseUnavailable(new CommandExecutionException("failed",
                new EventStoreException("could not append", new IllegalStateException(refused))))).isTrue();
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new RuntimeException(refused));
        assertThat(Unavailability.isDatabaseUnavailable(rollback)).isTrue();
        IllegalStateException suppressing = new IllegalStateException("closing failed");
        suppressing.addSuppressed(refused);
        assertThat(Unavailability.isDatabaseUnavailable(suppressing)).isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertThat(Unavailability.isDatabaseUnavailable(batch)).isTrue();
    }

    @Test
    void other_failures_are_not() {
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(Unavailability.isDatabaseUnavailable(new ConstraintViolationException("x", new SQLException("x", "23503"), "fk"))).isFalse();
        assertThat(Unavailability.isDatabaseUnavailable(new IllegalStateException("a fault of our own"))).isFalse();
        assertThat(Unavailability.isDatabaseUnavailable(null)).isFalse();
        // a cause chain with a cycle ends
        IllegalStateException a = new IllegalStateException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(Unavailability.isDatabaseUnavailable(a)).isFalse();
    }
}
