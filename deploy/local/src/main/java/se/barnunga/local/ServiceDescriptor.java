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

    /** The local run's HTTP port of instance {@code i} (1-based) of a service: 8081, 8181, 8281, … */
    static final int INSTANCE_PORT_STEP = 100;

    /** The name of instance {@code i} (1-based): the service's own name for the first, {@code <name>-<i>} for others. */
    static String instanceName(String service, int instance) {
        return instance == 1 ? service : service + "-" + instance;
    }

    /** The service of a service's or an instance's name ({@code deadline-service}, {@code deadline-service-2}), if any. */
    static java.util.Optional<ServiceDescriptor> ofInstance(String name) {
        for (ServiceDescriptor service : ALL) {
            if (name.equals(service.name())
                    || name.startsWith(service.name() + "-") && name.substring(service.name().length() + 1).matches("[1-9][0-9]*")) {
                return java.util.Optional.of(service);
            }
        }
        return java.util.Optional.empty();
    }

    /** The services whose jar is built under the repository root; reports the others. Fails if none is built. */
    static List<String> runnable(Path root, java.util.function.Consumer<String> out) {
        String hint = "run `mvn package -DskipTests` first";
        List<String> runnable = new java.util.ArrayList<>();
        for (ServiceDescriptor service : ALL) {
            if (java.nio.file.Files.isRegularFile(service.runJar(root))) {
                runnable.add(service.name());
            } else if (java.nio.file.Files.isDirectory(root.resolve(service.directory()))) {
                out.accept("Skipping " + service.name() + ": " + root.relativize(service.runJar(root)) + " is missing; " + hint);
            } else {
                out.accept("Skipping " + service.name() + ": there is no module " + service.directory() + "/ yet");
            }
        }
        if (runnable.isEmpty()) {
            throw new IllegalStateException("no service is built (no <service>/target/quarkus-app/quarkus-run.jar); " + hint);
        }
        return runnable;
    }

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
