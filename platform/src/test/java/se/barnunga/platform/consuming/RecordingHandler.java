package se.barnunga.platform.consuming;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;

/**
 * A test consumer whose effect is a row in test_effect; an event of subject "poison" always fails, one of subject
 * "fixable…" until {@link #fixableBroken} is cleared.
 */
@ApplicationScoped
public class RecordingHandler implements ContractEventHandler {

    static final String TOPIC = "barnunga.platformtest.v1";

    private final AtomicInteger poisonAttempts = new AtomicInteger();
    /** Events whose subject starts with "fixable" fail while this is set (a bug, then its fix). */
    private volatile boolean fixableBroken = true;

    /** A method, not the field: the test holds a client proxy. */
    void fixableBroken(boolean broken) {
        fixableBroken = broken;
    }

    int poisonAttempts() {
        return poisonAttempts.get();
    }

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO test_effect (event_id, subject) VALUES (?, ?)")) {
            insert.setString(1, event.getId());
            insert.setString(2, event.getSubject());
            insert.executeUpdate();
        }
        if (fixableBroken && event.getSubject() != null && event.getSubject().startsWith("fixable")) {
            throw new IllegalStateException("cannot handle this event until fixed");
        }
        if ("poison".equals(event.getSubject())) {
            poisonAttempts.incrementAndGet();
            // the insert above is rolled back with the transaction: a failed attempt leaves no effect
            throw new IllegalStateException("cannot handle this event");
        }
    }
}
