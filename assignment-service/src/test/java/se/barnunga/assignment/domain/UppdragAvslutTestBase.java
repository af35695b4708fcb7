package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * The end of the routine: the report (redogörelse), the risk assessment, the closing summary, closing the intervention
 * and closing the assignment; a closed assignment refuses every further command.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppdragRedogorelseTest}, {@link UppdragInsatsAvslutTest},
 * {@link UppdragAvslutTest}.
 */
abstract class UppdragAvslutTestBase extends AggregateTestBase<Uppdrag> {

    UppdragAvslutTestBase() {
        super(Uppdrag.class);
    }

    static final String SYNPUNKTER = "Föräldrarna och Alva delar bilden";
    static final String SAMMANFATTNING = "Samspelet har förbättrats";
}
