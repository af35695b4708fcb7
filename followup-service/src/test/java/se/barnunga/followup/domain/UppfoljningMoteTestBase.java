package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * The held follow-up meeting ({@code RegistreraUppfoljning}, the routine's appendix 2): every goal rated on the BBIC
 * scale, the child's view, the performer's summary, the outcome and the next meeting within 6–8 weeks, the meetings'
 * numbering.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppfoljningMoteTest},
 * {@link UppfoljningMoteForutsattningarTest}, {@link UppfoljningMoteUtfallTest},
 * {@link UppfoljningMotePlanOchNumreringTest}.
 */
abstract class UppfoljningMoteTestBase extends AggregateTestBase<Uppfoljning> {

    UppfoljningMoteTestBase() {
        super(Uppfoljning.class);
    }

    static final String SKAL = "Alva var sjuk; hon berättade om sin syn för Ulla dagen före.";
}
