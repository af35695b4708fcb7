package se.barnunga.platform.health;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;
import se.barnunga.platform.operations.ParkedEvents;

/**
 * The health group {@code processing} ({@code /q/health/group/processing}): DOWN while any event is parked, for
 * alerting – not part of readiness, since an instance with a parked event still serves everything else correctly.
 */
@HealthGroup("processing")
@ApplicationScoped
public class ParkedEventsHealthCheck implements HealthCheck {

    @Inject
    ParkedEvents parked;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("parked-events").up();
        try {
            Map<String, Integer> counts = parked.parkedCounts();
            counts.forEach((processor, n) -> response.withData(processor, n));
            if (!counts.isEmpty()) {
                response.down();
            }
        } catch (Exception e) {
            response.down().withData("error", e.getClass().getSimpleName());
        }
        return response.build();
    }
}
