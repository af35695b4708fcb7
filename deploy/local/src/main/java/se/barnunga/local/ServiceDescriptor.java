package se.barnunga.local;

import java.nio.file.Path;
import java.util.List;

import se.barnunga.contracts.Topics;

/**
 * One service of the local run: its name, its module directory (relative to the repository root), its HTTP port, its
 * database and the topic it owns. Adding a service to the local run is one line in {@link #ALL}.
 */
record ServiceDescriptor(String name, String directory, int httpPort, String database, String topic) {

    static final List<ServiceDescriptor> ALL = List.of(
            new ServiceDescriptor("assignment-service", "assignment-service", 8081, "assignment", Topics.UPPDRAG),
            new ServiceDescriptor("followup-service", "followup-service", 8082, "followup", Topics.UPPFOLJNING),
            new ServiceDescriptor("concern-service", "concern-service", 8083, "concern", Topics.ORO),
            new ServiceDescriptor("deadline-service", "deadline-service", 8084, "deadline", Topics.BEVAKNING));

    /** The fast-jar launcher that {@code mvn package} builds for the service. */
    Path runJar(Path repositoryRoot) {
        return repositoryRoot.resolve(directory).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String swaggerUi() {
        return "http://localhost:" + httpPort + "/q/swagger-ui";
    }

    String readinessUrl() {
        return "http://localhost:" + httpPort + "/q/health/ready";
    }
}
