package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.util.List;

import org.axonframework.test.aggregate.TestExecutor;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * The watches issue 16 added: consent withdrawn after the decision ({@code SAMTYCKE_ATERKALLAT}), what follows a
 * follow-up deciding a new investigation or rating a goal as a negative change ({@code ATGARD_EFTER_UPPFOLJNING}), the
 * follow-up before an investigation ends for an intervention granted during it ({@code UPPFOLJNING_FORE_UTREDNINGENS_SLUT}),
 * and the IVO watches only for the legal bases the IVO rules name. Days are the defaults (14; see
 * {@link Regelinstallningar#STANDARD}).
 *
 * <p>The aggregate fixture and the helpers shared by {@link BevakningNyaReglerTest},
 * {@link BevakningNyaReglerIvoOchPlanTest}.
 */
abstract class BevakningNyaReglerTestBase extends AggregateTestBase<Bevakningsarende> {

    BevakningNyaReglerTestBase() {
        super(Bevakningsarende.class);
    }

    TestExecutor<Bevakningsarende> givet(Object... kommandon) {
        return givenCommands(kommandon);
    }

    static List<Object> startad() {
        return registrera(beviljad(), verkstalld(VERKSTALLT), planUpprattad(PLAN));
    }
}
