package se.barnunga.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The layout of instances and Kafka nodes: the local run's fixed ports ({@code -Dbarnunga.instances},
 * {@code -Dbarnunga.brokers}), the free ports of the system tests, and the names of instances.
 */
class SystemProcessesConfigTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void the_local_run_puts_instance_i_on_the_service_port_plus_100_and_node_i_two_ports_up() {
        SystemProcesses.Config config = SystemProcesses.Config.local(ROOT, 55432, 2, 3, line -> { }, () -> false);

        assertThat(config.httpPorts()).containsEntry("assignment-service", 8081).containsEntry("deadline-service", 8084)
                .containsEntry("assignment-service-2", 8181).containsEntry("deadline-service-2", 8184).hasSize(8);
        assertThat(config.kafkaPorts()).containsExactly(59092, 59094, 59096);
        assertThat(config.kafkaControllerPorts()).containsExactly(59093, 59095, 59097);
        assertThat(config.instances()).isEqualTo(2);
        assertThat(config.brokers()).isEqualTo(3);
        assertThat(config.stateDirectory()).isEqualTo(ROOT.resolve(".local"));
    }

    @Test
    void the_default_local_run_is_one_instance_and_one_node_on_the_ports_it_always_had() {
        SystemProcesses.Config config = SystemProcesses.Config.local(ROOT, 55432, line -> { }, () -> false);

        assertThat(config.httpPorts()).containsOnlyKeys("assignment-service", "followup-service", "concern-service",
                "deadline-service");
        assertThat(config.kafkaPort()).isEqualTo(59092);
        assertThat(config.kafkaControllerPort()).isEqualTo(59093);
        assertThat(config.brokers()).isEqualTo(1);
    }

    @Test
    void free_ports_are_all_different() {
        SystemProcesses.Config config = SystemProcesses.Config.freePorts(ROOT, ROOT.resolve("state"), 2, 3, line -> { });

        List<Integer> all = new ArrayList<>(config.httpPorts().values());
        all.addAll(config.kafkaPorts());
        all.addAll(config.kafkaControllerPorts());
        all.add(config.postgresPort());
        assertThat(all).hasSize(8 + 3 + 3 + 1).doesNotHaveDuplicates();
    }

    @Test
    void an_instance_name_belongs_to_its_service_and_to_no_other() {
        assertThat(ServiceDescriptor.instanceName("concern-service", 1)).isEqualTo("concern-service");
        assertThat(ServiceDescriptor.instanceName("concern-service", 2)).isEqualTo("concern-service-2");
        assertThat(ServiceDescriptor.ofInstance("concern-service-2")).map(ServiceDescriptor::name).contains("concern-service");
        assertThat(ServiceDescriptor.ofInstance("concern-service")).map(ServiceDescriptor::name).contains("concern-service");
        assertThat(ServiceDescriptor.ofInstance("concern-service-x")).isEmpty();
        assertThat(ServiceDescriptor.ofInstance("concern-service-0")).isEmpty();
        assertThat(ServiceDescriptor.ofInstance("concern")).isEmpty();
    }

    @Test
    void an_instance_beyond_the_configured_ones_has_no_port() {
        SystemProcesses processes = new SystemProcesses(SystemProcesses.Config.local(ROOT, 55432, 2, 1, line -> { }, () -> false));

        assertThat(processes.instancesOf("followup-service")).containsExactly("followup-service", "followup-service-2");
        assertThat(processes.baseUri("followup-service-2").getPort()).isEqualTo(8182);
        assertThatThrownBy(() -> processes.httpPort("followup-service-3")).isInstanceOf(IllegalArgumentException.class);
        assertThat(processes.bootstrapServers()).isEqualTo("localhost:59092");
        assertThat(new SystemProcesses(SystemProcesses.Config.local(ROOT, 55432, 1, 3, line -> { }, () -> false))
                .bootstrapServers()).isEqualTo("localhost:59092,localhost:59094,localhost:59096");
    }
}
