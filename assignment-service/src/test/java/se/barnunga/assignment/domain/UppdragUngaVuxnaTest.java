package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Kommandon.FattaBeslut;
import se.barnunga.assignment.domain.Kommandon.SkickaForfragan;

/**
 * Review row N1: the routine also covers "unga över 18 år men under 21 år med stöd av 11 kap. 1 § SoL eller 13 kap.
 * 7 § samma lag" (the old law: 3 kap. 6 b §). 13 kap. 7 § from 2025-07-01, 3 kap. 6 b § before; only from the 18th to
 * the 21st birthday; nobody of 21 or over; the young person's own consent.
 */
class UppdragUngaVuxnaTest {

    private FixtureConfiguration<Uppdrag> fixture;

    /** Born 2007-02-10: 18 on 2025-02-10, 19 on the case's decision date 2026-02-10. */
    private final Barn nitton = barnFodd(LocalDate.of(2007, 2, 10));
    /** Born 2005-02-10: 21 on 2026-02-10, the decision date; 20 the day before. */
    private final Barn tjugoett = barnFodd(LocalDate.of(2005, 2, 10));
    /** Born 2008-02-11: 17 on 2026-02-10, 18 the day after. */
    private final Barn sjutton = barnFodd(LocalDate.of(2008, 2, 11));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    private TestExecutor<Uppdrag> klartecknat(Barn barn, Object... samtycken) {
        return fixture.given(handelser(registrerad(BEVILJAD_INSATS, barn), forfragan(), klartecken(), handelser(samtycken)));
    }

    private static FattaBeslut beslut(LocalDate datum, Lagrum lagrum) {
        return new FattaBeslut(ID, datum, lagrum, null, MAL, DOKUMENTATION, null, null, ANNA, NU);
    }

    private static InsatsBeviljad beviljad(Barn barn, LocalDate datum, Lagrum lagrum) {
        return new InsatsBeviljad(ID, BEVILJAD_INSATS, barn, INSATSTYP, datum, lagrum, null, MAL, UTFORARENHET,
                MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null);
    }

    @Test
    void a_young_adult_is_granted_under_13_7_with_own_consent() {
        klartecknat(nitton, barnetSamtycker(SAMTYCKT))
                .when(beslut(BESLUT, Lagrum.SOL_2025_13_7))
                .expectEvents(beviljad(nitton, BESLUT, Lagrum.SOL_2025_13_7));
    }

    @Test
    void a_young_adult_may_also_be_granted_under_11_1() {
        klartecknat(nitton, barnetSamtycker(SAMTYCKT))
                .when(beslut(BESLUT, Lagrum.SOL_2025_11_1))
                .expectEvents(beviljad(nitton, BESLUT, Lagrum.SOL_2025_11_1));
    }

    @Test
    void the_young_adults_consent_is_their_own() {
        klartecknat(nitton, samtycke(VH1, SAMTYCKT), samtycke(VH2, SAMTYCKT))
                .when(beslut(BESLUT, Lagrum.SOL_2025_13_7))
                .expectException(violates("samtycke", "SAMTYCKE_BARNET_SAKNAS")).expectNoEvents();
    }

    @Test
    void the_old_3_6b_holds_before_2025_07_01_and_13_7_from_it() {
        LocalDate gammal = LocalDate.of(2025, 6, 30);
        LocalDate ny = LocalDate.of(2025, 7, 1);
        klartecknat(nitton, barnetSamtycker(LocalDate.of(2025, 6, 1)))
                .when(beslut(gammal, Lagrum.SOL_2001_3_6B)).expectEvents(beviljad(nitton, gammal, Lagrum.SOL_2001_3_6B));
        klartecknat(nitton, barnetSamtycker(LocalDate.of(2025, 6, 1)))
                .when(beslut(ny, Lagrum.SOL_2001_3_6B))
                .expectException(violates("lagrum", "LAGRUM_GALLER_INTE_DATUMET")).expectNoEvents();
        klartecknat(nitton, barnetSamtycker(LocalDate.of(2025, 6, 1)))
                .when(beslut(gammal, Lagrum.SOL_2025_13_7))
                .expectException(violates("lagrum", "LAGRUM_GALLER_INTE_DATUMET")).expectNoEvents();
        klartecknat(nitton, barnetSamtycker(LocalDate.of(2025, 6, 1)))
                .when(beslut(ny, Lagrum.SOL_2025_13_7)).expectEvents(beviljad(nitton, ny, Lagrum.SOL_2025_13_7));
    }

    @Test
    void the_young_adults_basis_holds_from_the_18th_birthday() {
        klartecknat(sjutton, samtycken(), barnetSamtycker(SAMTYCKT))
                .when(beslut(BESLUT, Lagrum.SOL_2025_13_7))
                .expectException(violates("lagrum", "LAGRUM_GALLER_INTE_ALDERN")).expectNoEvents();
        klartecknat(sjutton, barnetSamtycker(SAMTYCKT))
                .when(beslut(BESLUT.plusDays(1), Lagrum.SOL_2025_13_7))
                .expectEvents(beviljad(sjutton, BESLUT.plusDays(1), Lagrum.SOL_2025_13_7));
    }

    @Test
    void nobody_of_21_or_over_is_granted_an_intervention_under_the_routine() {
        klartecknat(tjugoett, barnetSamtycker(SAMTYCKT))
                .when(beslut(BESLUT, Lagrum.SOL_2025_13_7))
                .expectException(violates("beslutsdatum", "UTANFOR_RUTINENS_MALGRUPP")).expectNoEvents();
        klartecknat(tjugoett, barnetSamtycker(SAMTYCKT))
                .when(beslut(BESLUT, Lagrum.SOL_2025_11_1))
                .expectException(violates("beslutsdatum", "UTANFOR_RUTINENS_MALGRUPP")).expectNoEvents();
        klartecknat(tjugoett, barnetSamtycker(SAMTYCKT))
                .when(beslut(BESLUT.minusDays(1), Lagrum.SOL_2025_13_7))
                .expectEvents(beviljad(tjugoett, BESLUT.minusDays(1), Lagrum.SOL_2025_13_7));
    }

    @Test
    void an_enquiry_about_a_person_of_21_or_over_is_refused() {
        Barn trettio = barnFodd(LocalDate.of(1996, 1, 20));
        fixture.givenNoPriorActivity()
                .when(new SkickaForfragan(ID, BEVILJAD_INSATS, trettio, null, INSATSTYP, ONSKEMAL, BEHOVSOMRADEN, BEHOV,
                        UTFORARENHET, ANNA, NU))
                .expectException(violates("barn.personnummer", "UTANFOR_RUTINENS_MALGRUPP")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SkickaForfragan(ID, BEVILJAD_INSATS, nitton, null, INSATSTYP, ONSKEMAL, BEHOVSOMRADEN, BEHOV,
                        UTFORARENHET, ANNA, NU))
                .expectSuccessfulHandlerExecution();
    }
}
