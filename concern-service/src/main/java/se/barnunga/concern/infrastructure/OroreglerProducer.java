package se.barnunga.concern.infrastructure;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.barnunga.concern.domain.Mottagare;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.platform.time.Kontorstider;

/** The rules' settings from configuration: office hours (platform), recipients' units and acknowledgement times. */
@Singleton
public class OroreglerProducer {

    @Produces
    @Singleton
    Ororegler ororegler(OroInstallningar installningar, Kontorstider kontorstider) {
        return new Ororegler(kontorstider, installningar.kvitteringAkut(), installningar.kvitteringArbetsdagar(),
                Mottagare.mottagning(installningar.mottagningEnhet()), Mottagare.socialjour(installningar.socialjourEnhet()));
    }
}
