package se.barnunga.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** What is retried for ever and what is parked, and what of an error may be stored. */
class FailuresTest {

    @Test
    void availability_failures_are_transient() {
        assertThat(Failures.isTransient(new SQLTransientConnectionException("away"))).isTrue();
        assertThat(Failures.isTransient(new SQLRecoverableException("away"))).isTrue();
        for (String state : new String[] {"08006", "08001", "53300", "57P01", "40001", "40P01"}) {
            assertThat(Failures.isTransient(new IllegalStateException("wrapped", new SQLException("x", state)))).as(state).isTrue();
        }
        assertThat(Failures.isTransient(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new org.apache.kafka.common.errors.TimeoutException("no ack")))).isTrue();
    }

    @Test
    void failures_of_the_event_itself_are_deterministic() {
        assertThat(Failures.isTransient(new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))).isFalse();
        assertThat(Failures.isTransient(new SQLException("duplicate", "23505"))).isFalse();
        assertThat(Failures.isTransient(new NullPointerException())).isFalse();
        assertThat(Failures.isTransient(new IllegalStateException("bug"))).isFalse();
        assertThat(Failures.isTransient(new org.apache.kafka.common.errors.SerializationException("bad"))).isFalse();
    }

    @Test
    void only_the_first_line_of_the_database_error_is_kept_bounded_and_without_numbers() {
        Exception e = new IllegalStateException("could not execute statement [insert into x values (?)]",
                new SQLException("ERROR: duplicate key value violates unique constraint \"x_pkey\"\n  Detail: Key (pnr)=(201504122381) already exists.",
                        "23505"));
        assertThat(Failures.sanitisedMessage(e)).isEqualTo("ERROR: duplicate key value violates unique constraint \"x_pkey\"");
        assertThat(Failures.sqlState(e)).isEqualTo("23505");
        assertThat(Failures.sanitisedMessage(new IllegalArgumentException("ogiltigt personnummer 20150412-2381")))
                .isEqualTo("ogiltigt personnummer …-…");
        assertThat(Failures.sanitisedMessage(new IllegalStateException("x".repeat(1000)))).hasSize(200);
        assertThat(Failures.sanitisedMessage(new IllegalStateException("a\u0000b"))).isEqualTo("ab");
        assertThat(Failures.sanitisedMessage(new NullPointerException())).isNull();
    }
}
