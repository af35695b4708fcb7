package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.TestExecutor;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * The IVO watches: a decision not carried out within three calendar months ({@code IVO_EJ_VERKSTALLT}) and an
 * interruption not resumed within three months ({@code IVO_AVBROTT}) are to be reported to IVO, in the quarter they
 * pass and again in every later quarter until carried out, resumed or closed; a reported decision carried out or closed
 * later is reported once more, in the report for the quarter it happened ({@code IVO_VERKSTALLT_EFTER_RAPPORT}).
 *
 * <p>The aggregate fixture and the helpers shared by {@link BevakningIvoTest}, {@link BevakningIvoAvbrottTest}.
 */
abstract class BevakningIvoTestBase extends AggregateTestBase<Bevakningsarende> {

    BevakningIvoTestBase() {
        super(Bevakningsarende.class);
    }

    TestExecutor<Bevakningsarende> givet(Object... kommandon) {
        return givenCommands(kommandon);
    }

    static Arendeinfo info(String lagrum, LocalDate beslutsdatum) {
        return new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), MYNDIGHETSENHET, UTFORARENHET, "anna", INSATSTYP,
                lagrum, beslutsdatum);
    }

    final Faktum beslut = beviljad();
    final Vantad vs = verkstallighetStart();
    final Vantad ivo = ivoEjVerkstallt();
    /** The first day of the second quarter 2027 (summer time). */
    static final Instant Q2 = kl("2027-04-01T00:00");
    static final Instant Q3 = kl("2027-07-01T00:00");

    /** The standard decision, not carried out; the routine watch passed, the IVO reminder raised. */
    List<Object> ejVerkstallt() {
        return kommandon(registrera(beslut), kontrollera(vs.paminnelse()), kontrollera(vs.forfaller()),
                kontrollera(ivo.paminnelse()));
    }

    /** Not carried out within three months: reported for 2027-Q1. */
    List<Object> rapporteratForQ1() {
        return kommandon(ejVerkstallt(), kontrollera(ivo.forfaller()));
    }
}
