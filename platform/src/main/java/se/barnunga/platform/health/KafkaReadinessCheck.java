package se.barnunga.platform.health;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.barnunga.platform.kafka.KafkaConnection;

/**
 * Readiness includes the broker (the database check comes with the datasource extension). Commands are still
 * accepted while the broker is away – the event store is the outbox – but operations see it here.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    @Inject
    KafkaConnection kafka;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get(4, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("brokers", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = kafka.settings();
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
