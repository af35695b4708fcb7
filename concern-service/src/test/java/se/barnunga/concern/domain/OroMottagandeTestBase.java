package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import se.barnunga.concern.domain.Kommandon.*;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * After the concern came in: the reporter's written confirmation of an oral report, the recipient's acknowledgement,
 * forwarding to another recipient and the feedback to the reporter.
 *
 * <p>The aggregate fixture and the helpers shared by {@link OroMottagandeTest},
 * {@link OroVidarebefordranOchAterkopplingTest}.
 */
abstract class OroMottagandeTestBase extends AggregateTestBase<Oro> {

    OroMottagandeTestBase() {
        super(Oro.class);
    }
}
