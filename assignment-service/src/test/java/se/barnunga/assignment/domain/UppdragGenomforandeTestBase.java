package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.util.List;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * From the planned start through the intervention: start, verkställighet, interruption and resumption, postponement,
 * revocation, the implementation plan and the family's objections.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppdragStartTest}, {@link UppdragAvbrottTest},
 * {@link UppdragAterkallelseTest}, {@link UppdragGenomforandeplanTest},
 * {@link UppdragGenomforandeplanKopiorOchInvandningarTest}.
 */
abstract class UppdragGenomforandeTestBase extends AggregateTestBase<Uppdrag> {

    UppdragGenomforandeTestBase() {
        super(Uppdrag.class);
    }

    /** The case of a BEVILJAD_INSATS for another child, up to the established plan. */
    static List<Object> tillPlanFor(Barn barn) {
        return handelser(registrerad(BEVILJAD_INSATS, barn), forfragan(), klartecken(), samtycken(),
                barnetSamtycker(SAMTYCKT), beviljad(BEVILJAD_INSATS, barn, BESLUT, Lagrum.SOL_2025_11_1, null),
                skickat(BEVILJAD_INSATS), mottaget(), utsedd(), planerat(), verkstalld(START), planUpprattad());
    }
}
