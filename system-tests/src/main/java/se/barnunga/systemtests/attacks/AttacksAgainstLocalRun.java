package se.barnunga.systemtests.attacks;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.SystemUnderTest;
import se.barnunga.testing.DevTokens;

/**
 * Runs the two attacks against a system started by the local launcher ({@code mvn -B package -DskipTests -Plocal}:
 * services on 8081–8084, PostgreSQL 55432, Kafka 59092), for developing the attacks without the harness. Arguments:
 * {@code [hostile-input budget] [access-control budget]} (defaults 1500 and 2000); {@code -Dsystemtests.seed=} repeats
 * a run. Writes {@code system-tests/target/summary-attacks-local.md} and prints it; exits 1 when there are findings.
 */
public final class AttacksAgainstLocalRun {

    private AttacksAgainstLocalRun() {
    }

    /** The local run as the attacks see it. */
    static SystemUnderTest localRun() {
        return new SystemUnderTest() {
            private static final List<String> SERVICES = List.of("assignment-service", "followup-service", "concern-service",
                    "deadline-service");

            @Override
            public List<String> services() {
                return SERVICES;
            }

            @Override
            public URI baseUri(String service) {
                return URI.create("http://localhost:" + (8081 + SERVICES.indexOf(service)));
            }

            @Override
            public String kafkaBootstrapServers() {
                return "localhost:59092";
            }

            @Override
            public String jdbcUrl(String service) {
                return "jdbc:postgresql://localhost:55432/" + service.replace("-service", "").replace('-', '_');
            }

            @Override
            public String postgresUser() {
                return "postgres";
            }

            @Override
            public String token(String role, String enhet, String userId) {
                return DevTokens.token(userId, enhet, role);
            }
        };
    }

    public static void main(String[] args) {
        int hostileBudget = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int accessBudget = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        RunSummary summary = new RunSummary("attacks-local");
        SystemUnderTest sut = localRun();
        if (hostileBudget > 0) {
            new HostileInput(sut, summary).run(hostileBudget);
        }
        if (accessBudget > 0) {
            new AccessControl(sut, summary).run(accessBudget);
        }
        summary.writeAndPrint(Path.of("system-tests", "target"));
        System.exit(summary.findings().isEmpty() ? 0 : 1);
    }
}
