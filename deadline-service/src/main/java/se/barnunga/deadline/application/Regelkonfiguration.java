package se.barnunga.deadline.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.barnunga.deadline.domain.Regelinstallningar;
import se.barnunga.deadline.domain.Regelkatalog;

/**
 * Puts the rule catalogue built from the municipality's settings in force at start, before Axon and the consumers
 * start (priority 5; Axon starts at 10): {@code barnunga.bevakning.samtycke-aterkallat-dagar} and
 * {@code barnunga.bevakning.efter-uppfoljning-dagar} (days, 1–365; default 14, see {@link Regelinstallningar#STANDARD}).
 * A changed setting moves the due dates of open watches of those rules at their next fact or sweep
 * ({@code BevakningStartad} with {@code andrad}).
 */
@ApplicationScoped
public class Regelkonfiguration {

    private static final Logger LOG = Logger.getLogger(Regelkonfiguration.class);

    @ConfigProperty(name = "barnunga.bevakning.samtycke-aterkallat-dagar", defaultValue = "14")
    int samtyckeAterkallatDagar;
    @ConfigProperty(name = "barnunga.bevakning.efter-uppfoljning-dagar", defaultValue = "14")
    int efterUppfoljningDagar;

    void start(@Observes @Priority(5) StartupEvent event) {
        Regelinstallningar installningar = new Regelinstallningar(samtyckeAterkallatDagar, efterUppfoljningDagar);
        Regelkatalog.anvand(installningar);
        LOG.infof("Rule catalogue in force: %s", installningar);
    }
}
