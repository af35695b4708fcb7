package se.barnunga.deadline.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Two test profiles, so that Quarkus stops the service after {@link Omstart1ForeTest} and starts it again for
 * {@link Omstart2EfterTest} (Quarkus orders test classes by profile name: Steg1 before Steg2). The embedded PostgreSQL,
 * Kafka and the test clock outlive the restart, as a database, a broker and time do.
 */
public final class OmstartProfiler {

    private OmstartProfiler() {
    }

    /** Before the stop. */
    public static class Steg1 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("barnunga.test.omstart", "steg1");
        }
    }

    /** After the restart. */
    public static class Steg2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("barnunga.test.omstart", "steg2");
        }
    }
}
