package se.barnunga.assignment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.barnunga.assignment.domain.Barn;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;

/**
 * The child's pseudonym (docs/architecture.md, "Privacy"), computed in one place: the same keyed pseudonym is on the
 * public events (via {@link UppdragKontraktsmappning}), in the IVO read model and report ({@link IvoUppgifter}), and is
 * stable across the municipality's services.
 *
 * <p>The pseudonyms of the recently seen children are remembered: parsing the personnummer and computing its HMAC was a
 * seventh of the publisher's time in a backlog (B3), and a child's events come close together (one case after the
 * other). The parsing depends on the day (it refuses a birth date in the future, and dates a ten-digit number by
 * today), so what is remembered is dropped when the day changes. In memory of this process only. (Here and not in the
 * platform's {@link Pseudonymizer}: only this service derives a pseudonym again and again from a stored personnummer –
 * the concern-service computes it once, at intake – and the day-dependent parsing is the costly half.)
 */
@ApplicationScoped
public class Barnpseudonym {

    private static final int STORLEK = 1024;

    @Inject
    Pseudonymizer pseudonymizer;
    @Inject
    Clock clock;

    private LocalDate dag = LocalDate.MIN;
    private Map<String, String> avPersonnummer = nyttMinne();

    /** The pseudonym of the child, from its personnummer (or samordningsnummer). */
    public synchronized String av(Barn barn) {
        LocalDate idag = LocalDate.now(clock);
        if (!idag.equals(dag)) {
            dag = idag;
            avPersonnummer = nyttMinne();
        }
        String pseudonym = avPersonnummer.get(barn.personnummer());
        if (pseudonym == null) {
            pseudonym = pseudonymizer.pseudonym(Personnummer.parse(barn.personnummer(), clock));
            avPersonnummer.put(barn.personnummer(), pseudonym);
        }
        return pseudonym;
    }

    private static Map<String, String> nyttMinne() {
        // LinkedHashMap in access order is the JDK's own LRU map; no cache library is a dependency of this service
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > STORLEK;
            }
        };
    }
}
