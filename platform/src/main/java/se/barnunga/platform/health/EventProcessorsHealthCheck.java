package se.barnunga.platform.health;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.HealthGroup;
import se.barnunga.platform.operations.ProcessingSettings;
import se.barnunga.platform.operations.ProcessingStatus;

/**
 * Readiness (and the health group {@code processing}): DOWN while an event processor or consumer group of this
 * instance has failed without a break for longer than {@code barnunga.processing.failing-timeout}. Its data lists each
 * group's state. In memory only: no database round trip.
 */
@Readiness
@HealthGroup("processing")
@ApplicationScoped
public class EventProcessorsHealthCheck implements HealthCheck {

    @Inject
    ProcessingStatus status;
    @Inject
    ProcessingSettings settings;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-processors").up();
        Instant now = Instant.now();
        for (ProcessingStatus.Group g : status.groups()) {
            Instant since = g.failingSince().orElse(null);
            if (since == null) {
                response.withData(g.name(), "OK");
                continue;
            }
            boolean tooLong = Duration.between(since, now).compareTo(settings.failingTimeout()) > 0;
            response.withData(g.name(), "FAILING since " + since + " (" + g.lastError() + ")");
            if (tooLong) {
                response.down();
            }
        }
        return response.build();
    }
}
