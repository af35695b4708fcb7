package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.util.List;

import org.axonframework.test.aggregate.TestExecutor;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * The closing meeting ({@code RegistreraAvslutningsmote}, the routine's appendix 3): the child's and the others'
 * experience, every goal rated, the risk assessment, the performer's closing summary – held once, after which nothing
 * more is booked; still possible after the intervention closed, not after the decision was revoked.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppfoljningAvslutTest},
 * {@link UppfoljningAvslutRiskbedomningTest}.
 */
abstract class UppfoljningAvslutTestBase extends AggregateTestBase<Uppfoljning> {

    UppfoljningAvslutTestBase() {
        super(Uppfoljning.class);
    }

    /** The given events, and the assignment's risk assessment (reduced) received after them. */
    @Override
    protected TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser(handelser), riskbedomningKand(Riskniva.MINSKAD)));
    }

    /** M1 decided to close and booked the closing meeting M2; Ulla handed in her closing summary of the whole period. */
    static List<Object> medSlutsammanfattning() {
        return handelser(avslutningsmoteBokat(),
                sammanfattning(s -> s.tidpunkt = kl(AVSLUTNINGSMOTET.minusDays(2), 10, 0)).lamnad("M2", Motesslag.AVSLUTNING));
    }

    /** The closing meeting M2 held. */
    static List<Object> avslutningsmotetHallet() {
        return handelser(medSlutsammanfattning(), new Avslutning().genomfort("M2", true));
    }
}
