package se.barnunga.concern.infrastructure;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The concern-service's settings ({@code barnunga.oro.*}). */
@ConfigMapping(prefix = "barnunga.oro")
public interface OroInstallningar {

    /** Unit code of the reception unit (mottagningen) of Barn och unga. */
    @WithDefault("MOTT-1")
    String mottagningEnhet();

    /** Unit code of Socialjouren. */
    @WithDefault("JOUR-1")
    String socialjourEnhet();

    /** How long an acute concern may wait unacknowledged before it escalates to the reception unit. */
    @WithDefault("PT1H")
    Duration kvitteringAkut();

    /** A non-acute concern escalates at closing time this many working days after it reached its recipient. */
    @WithDefault("1")
    int kvitteringArbetsdagar();

    /** How often passed deadlines are checked (a Quarkus scheduler period, or {@code off}); read by the scheduler. */
    @WithDefault("60s")
    String fristkontrollIntervall();
}
