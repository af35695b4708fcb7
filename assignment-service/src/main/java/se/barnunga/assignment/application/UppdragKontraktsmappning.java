package se.barnunga.assignment.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.barnunga.assignment.domain.Barn;
import se.barnunga.assignment.domain.UppdragMottaget;
import se.barnunga.assignment.domain.UppdragSkickat;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;
import se.barnunga.platform.publishing.ContractEventMapper;

/**
 * Which of the assignment-service's events are public, and how (DESIGN §4): the child becomes a pseudonym with sex and
 * birth year; names and personnummer stay here.
 */
@ApplicationScoped
public class UppdragKontraktsmappning implements ContractEventMapper {

    @Inject
    Pseudonymizer pseudonymizer;
    @Inject
    Clock clock;

    @Override
    public List<Record> toContractEvents(Object event) {
        if (event instanceof UppdragSkickat e) {
            return List.of(new se.barnunga.contracts.uppdrag.UppdragSkickat(e.uppdragId(), e.typ().name(), barn(e.barn()),
                    e.utforarenhet(), e.myndighetsenhet(), e.socialsekreterare(), e.skickat()));
        }
        if (event instanceof UppdragMottaget e) {
            return List.of(new se.barnunga.contracts.uppdrag.UppdragMottaget(e.uppdragId(), e.utforarenhet(), e.mottagetAv(), e.mottaget()));
        }
        return List.of();
    }

    private se.barnunga.contracts.Barn barn(Barn barn) {
        Personnummer personnummer = Personnummer.parse(barn.personnummer(), clock);
        return new se.barnunga.contracts.Barn(pseudonymizer.pseudonym(personnummer), barn.kon().name(), barn.fodelsear());
    }
}
