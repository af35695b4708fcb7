package se.barnunga.assignment.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.barnunga.assignment.domain.Barn;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;

/**
 * The child's pseudonym (DESIGN §4), computed in one place: the same keyed pseudonym is on the public events (via
 * {@link UppdragKontraktsmappning}) and in the IVO report ({@link IvoUppgifter}), and is stable across the
 * municipality's services.
 */
@ApplicationScoped
public class Barnpseudonym {

    @Inject
    Pseudonymizer pseudonymizer;
    @Inject
    Clock clock;

    /** The pseudonym of the child, from its personnummer (or samordningsnummer). */
    public String av(Barn barn) {
        return pseudonymizer.pseudonym(Personnummer.parse(barn.personnummer(), clock));
    }
}
