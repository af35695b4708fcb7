package se.barnunga.systemtests.instances;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;

import se.barnunga.systemtests.Acknowledged;
import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.CaseLoad;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.RunSummary;

/**
 * A Kafka node killed (SIGKILL) under a load of cases, started again later: with replication factor 3 and
 * {@code min.insync.replicas} 2 the publishers' {@code acks=all} writes still succeed on the two nodes left, so commands
 * are still acknowledged meanwhile, and every acknowledged command's public event is on the topic afterwards.
 */
final class BrokerKill {

    private final ProcessSystem sut;
    private final RunSummary summary;
    private final Api api;
    private final Personuppgifter personuppgifter;

    BrokerKill(ProcessSystem sut, RunSummary summary, Api api, Personuppgifter personuppgifter) {
        this.sut = sut;
        this.summary = summary;
        this.api = api;
        this.personuppgifter = personuppgifter;
    }

    /** Kills the node under load, and after {@code down} starts it again ({@code restart}) or leaves the cluster at two. */
    void run(int node, Duration down, boolean restart) throws Exception {
        String name = "broker: Kafka node " + node + " of " + sut.brokers() + " killed (-9) under load for "
                + down.toSeconds() + " s";
        summary.figure("broker: topics before the kill", replication());
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "broker load");
        load.start(4);
        Takeover.awaitAcknowledged(load, 20, Duration.ofSeconds(90));
        int beforeKill = load.acknowledgedCommands();
        Instant killed = Instant.now();
        sut.killBroker(node);
        Thread.sleep(down.toMillis());
        int whileDown = load.acknowledgedCommands() - beforeKill;
        Map<String, String> degraded = replication();
        Duration restarted = restart ? sut.restartBroker(node) : null;
        Takeover.awaitAcknowledged(load, load.acknowledgedCommands() + 10, Duration.ofSeconds(60));
        load.stop();
        Acknowledged.Result result = Acknowledged.verify(sut, load.cases(), Duration.ofSeconds(180));
        Map<Integer, Integer> statuses = summary.requestsOf("broker load");
        int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() == Api.NO_ANSWER)
                .mapToInt(Map.Entry::getValue).sum();
        summary.figure("broker: topics while the node was down", degraded);
        summary.figure("broker: load statuses", statuses);
        summary.figure("broker: node started again, cluster whole after", restarted == null ? "not started again (short form)"
                : restarted.toSeconds() + " s");
        summary.fault(name, result.nothingLost() && whileDown > 0 && serverErrors == 0,
                "killed at " + killed + "; commands acknowledged while it was down " + whileDown + ", 5xx or no answer "
                        + serverErrors + "; " + result.figures());
    }

    /** topic → "partitions p, leaders …, replicas r, in sync i" in a short form, for the contract topics. */
    private Map<String, String> replication() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            for (TopicDescription t : admin.describeTopics(sut.topics()).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                int minIsr = t.partitions().stream().mapToInt(p -> p.isr().size()).min().orElse(0);
                int replicas = t.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
                out.put(t.name(), t.partitions().size() + " partitions, replicas " + replicas + ", smallest ISR " + minIsr
                        + ", leaders " + t.partitions().stream().map(TopicPartitionInfo::leader)
                        .map(l -> l == null ? "none" : Integer.toString(l.id())).toList());
            }
        }
        return out;
    }
}
