package se.barnunga.systemtests;

import java.net.URI;
import java.util.List;

/**
 * The running system as the attacks see it from outside: the services' addresses, the broker, the databases (only for
 * fault injection and for checking what is stored) and tokens signed with the key the services trust.
 */
public interface SystemUnderTest {

    /** The services by name: assignment-service, followup-service, concern-service, deadline-service. */
    List<String> services();

    /** A service's base address, e.g. {@code http://localhost:18081}. */
    URI baseUri(String service);

    /** The broker's bootstrap servers, e.g. {@code localhost:19092}. */
    String kafkaBootstrapServers();

    /** The JDBC URL of a service's own database (user {@link #postgresUser()}, empty password). */
    String jdbcUrl(String service);

    String postgresUser();

    /** A development token (RS256, the dev key pair) for a user with one role in one unit ({@code enhet}). */
    String token(String role, String enhet, String userId);
}
