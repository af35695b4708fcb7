package se.barnunga.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.barnunga.local.SystemProcesses;
import se.barnunga.testing.DevTokens;

/**
 * The real system as separate processes, started by the local launcher's code ({@link SystemProcesses}) on free ports
 * with its own state directory (under {@code system-tests/target/}), so it runs beside a local run. Besides the view the
 * attacks get ({@link SystemUnderTest}) it offers the faults: kill a service hard and start it again, pause the broker,
 * stop and start PostgreSQL.
 */
public final class ProcessSystem implements SystemUnderTest, AutoCloseable {

    public static final String ASSIGNMENT = "assignment-service";
    public static final String FOLLOWUP = "followup-service";
    public static final String CONCERN = "concern-service";
    public static final String DEADLINE = "deadline-service";

    private final SystemProcesses processes;
    private final List<String> services;

    private ProcessSystem(SystemProcesses processes, List<String> services) {
        this.processes = processes;
        this.services = services;
    }

    /**
     * Starts PostgreSQL, the broker and all four services from scratch in {@code stateDirectory} (deleted first) and
     * waits until every service is ready. Fails if a service is not built.
     */
    public static ProcessSystem start(Path repositoryRoot, Path stateDirectory) {
        return start(repositoryRoot, stateDirectory, 1, 1);
    }

    /**
     * As {@link #start(Path, Path)}, with {@code instances} of every service (instance 1 named as the service, the
     * others {@code <service>-<i>}) and a Kafka cluster of {@code brokers} nodes (with three: replication factor 3,
     * {@code min.insync.replicas} 2).
     */
    public static ProcessSystem start(Path repositoryRoot, Path stateDirectory, int instances, int brokers) {
        SystemProcesses processes = new SystemProcesses(SystemProcesses.Config.freePorts(repositoryRoot, stateDirectory,
                instances, brokers, line -> System.out.println("[system] " + line)));
        try {
            processes.lockState();
            processes.stopLeftovers();
            processes.reset(); // every run starts from empty databases and topics
            List<String> runnable = processes.runnableServices();
            if (!runnable.containsAll(SystemProcesses.SERVICE_NAMES)) {
                throw new IllegalStateException("the system tests need every service built; built: " + runnable);
            }
            processes.requireFreePorts(runnable);
            processes.startAll(runnable);
            return new ProcessSystem(processes, List.copyOf(runnable));
        } catch (IOException e) {
            processes.close();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            processes.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        } catch (RuntimeException e) {
            processes.close();
            throw e;
        }
    }

    /**
     * A system whose processes were started by the caller (the benchmarks time the starts themselves); the caller
     * hands over the processes, which {@link #close()} stops.
     */
    public static ProcessSystem of(SystemProcesses processes, List<String> services) {
        return new ProcessSystem(processes, List.copyOf(services));
    }

    // ------------------------------------------------------------------------------------------- SystemUnderTest

    @Override
    public List<String> services() {
        return services;
    }

    @Override
    public URI baseUri(String service) {
        return processes.baseUri(service);
    }

    @Override
    public String kafkaBootstrapServers() {
        return processes.bootstrapServers();
    }

    @Override
    public String jdbcUrl(String service) {
        return processes.jdbcUrl(service);
    }

    @Override
    public String postgresUser() {
        return processes.postgresUser();
    }

    @Override
    public String token(String role, String enhet, String userId) {
        return DevTokens.token(userId, enhet, role);
    }

    // ------------------------------------------------------------------------------------------------------ faults

    /** The topic a service owns, e.g. {@code barnunga.uppdrag.v1}. */
    public String topic(String service) {
        return processes.topic(service);
    }

    public List<String> topics() {
        return processes.topics();
    }

    /** SIGKILL to the service's JVM; returns when it is gone. */
    public void kill(String service) throws InterruptedException {
        processes.killService(service);
    }

    /** Starts a killed or stopped service again with the same settings and waits until it is ready. */
    public Duration restart(String service) throws IOException, InterruptedException {
        Instant start = Instant.now();
        processes.restartService(service, SystemProcesses.READY_TIMEOUT);
        return Duration.between(start, Instant.now());
    }

    /** Starts a killed or stopped service again with extra system properties and waits until it is ready. */
    public Duration restart(String service, Map<String, String> properties) throws IOException, InterruptedException {
        Instant start = Instant.now();
        processes.startService(service, properties);
        processes.awaitReady(service, Instant.now().plus(SystemProcesses.READY_TIMEOUT));
        return Duration.between(start, Instant.now());
    }

    /** The names of a service's instances, the first named as the service: {@code [deadline-service, deadline-service-2]}. */
    public List<String> instancesOf(String service) {
        return processes.instancesOf(service);
    }

    /** Starts a killed or stopped instance again with extra system properties; does not wait until it is ready. */
    public void startInstance(String instance, Map<String, String> properties) throws IOException {
        processes.startService(instance, properties);
    }

    /** Waits until an instance is ready (at most {@link SystemProcesses#READY_TIMEOUT} from now). */
    public void awaitReady(String instance) throws InterruptedException {
        processes.awaitReady(instance, Instant.now().plus(SystemProcesses.READY_TIMEOUT));
    }

    /** Instances of every service. */
    public int instances() {
        return processes.instances();
    }

    /** Kafka nodes of the cluster, numbered 1.. */
    public int brokers() {
        return processes.brokers();
    }

    /** SIGKILL to one Kafka node; returns when it is gone. */
    public void killBroker(int node) throws InterruptedException {
        processes.killBroker(node);
    }

    /** Starts a killed Kafka node again and waits until the cluster has all its brokers. */
    public Duration restartBroker(int node) throws IOException, InterruptedException {
        Instant start = Instant.now();
        processes.restartBroker(node);
        return Duration.between(start, Instant.now());
    }

    public long brokerPid(int node) {
        return processes.brokerPid(node);
    }

    public boolean isAlive(String service) {
        return processes.isServiceAlive(service);
    }

    public long pid(String service) {
        return processes.servicePid(service);
    }

    /** The broker's JVM. */
    public long brokerPid() {
        return processes.brokerPid();
    }

    /** The PostgreSQL postmaster (from {@code postmaster.pid} in its data directory); its backends are its children. */
    public long postmasterPid() {
        Path pidFile = processes.stateDirectory().resolve("postgres").resolve("postmaster.pid");
        try {
            return Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGSTOP to the broker's JVM. */
    public void pauseBroker() throws IOException, InterruptedException {
        processes.pauseBroker();
    }

    /** SIGCONT to the broker's JVM. */
    public void resumeBroker() throws IOException, InterruptedException {
        processes.resumeBroker();
    }

    public void stopPostgres() {
        processes.stopPostgres();
    }

    /** Starts PostgreSQL again on the same port and data directory. */
    public void startPostgres() {
        processes.startPostgres();
    }

    /** The log file of a process (a service's name, {@code kafka}). */
    public Path log(String name) {
        return processes.log(name);
    }

    @Override
    public void close() {
        processes.close();
    }
}
