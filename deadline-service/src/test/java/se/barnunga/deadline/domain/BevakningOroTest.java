package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The watches of a report of concern: the protection assessment the same day ({@code SKYDDSBEDOMNING}), an oral
 * concern confirmed in writing by the next working day ({@code SKRIFTLIG_BEKRAFTELSE}, over Easter, midsummer and
 * Christmas), feedback to the reporter within a week ({@code ATERKOPPLING}) and the preliminary assessment within 14
 * days ({@code FORHANDSBEDOMNING}). None of them is cancelled by another event: each is a duty of its own.
 */
class BevakningOroTest {

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    private TestExecutor<Bevakningsarende> givet(Object... kommandon) {
        return fixture.givenCommands(kommandon(kommandon));
    }

    private static final LocalDate INKOMDAG = dag("2027-03-02");
    private final Faktum skriftlig = oroInlamnad("SKRIFTLIG");
    private final Faktum muntlig = oroInlamnad("MUNTLIG");
    private final Vantad skydd = orobevakning(Regelkatalog.SKYDDSBEDOMNING, skriftlig, INKOMDAG, INKOMDAG, null);
    private final Vantad bekraftelse = orobevakning(Regelkatalog.SKRIFTLIG_BEKRAFTELSE, muntlig, INKOMDAG, dag("2027-03-03"),
            null);
    private final Vantad aterkoppling = orobevakning(Regelkatalog.ATERKOPPLING, skriftlig, INKOMDAG, dag("2027-03-09"),
            dag("2027-03-07"));
    private final Vantad forhandsbedomning = orobevakning(Regelkatalog.FORHANDSBEDOMNING, skriftlig, INKOMDAG, dag("2027-03-16"),
            dag("2027-03-13"));

    @Test
    void a_written_concern_starts_three_watches() {
        fixture.givenNoPriorActivity()
                .when(registrera(skriftlig))
                .expectEventsMatching(bevakningshandelser(skydd.startad(INKOM), aterkoppling.startad(INKOM),
                        forhandsbedomning.startad(INKOM)));
    }

    @Nested
    class Skyddsbedomning {

        @Test
        void assessed_the_same_day_it_is_met() {
            Faktum bedomd = skyddsbedomning(kl("2027-03-02T15:30"));
            givet(registrera(skriftlig))
                    .when(registrera(bedomd))
                    .expectEventsMatching(bevakningshandelser(skydd.uppfylld(bedomd, INKOMDAG, true, bedomd.tidpunkt())));
        }

        @Test
        void it_passes_at_midnight_and_is_met_late_the_next_day() {
            Faktum bedomd = skyddsbedomning(kl("2027-03-03T08:10"));
            givet(registrera(skriftlig), kontrollera(ORO_ID, midnatt(dag("2027-03-03"))))
                    .when(registrera(bedomd))
                    .expectEventsMatching(bevakningshandelser(skydd.uppfylld(bedomd, dag("2027-03-03"), false,
                            bedomd.tidpunkt())));
        }

        @Test
        void five_minutes_past_midnight_is_the_next_day() {
            Instant sent = kl("2027-03-02T23:40");
            Faktum oro = oroInlamnad("SKRIFTLIG", sent);
            Faktum bedomd = skyddsbedomning(kl("2027-03-03T00:05"));
            givet(registrera(oro))
                    .when(registrera(bedomd))
                    .expectEventsMatching(bevakningshandelser(orobevakning(Regelkatalog.SKYDDSBEDOMNING, oro, INKOMDAG, INKOMDAG,
                            null).uppfylld(bedomd, dag("2027-03-03"), false, bedomd.tidpunkt())));
        }

        @Test
        void the_version_follows_the_day_the_concern_came_in() {
            Faktum gammal = oroInlamnad("SKRIFTLIG", kl("2025-06-30T10:00"));
            Faktum ny = oroInlamnad("SKRIFTLIG", kl("2025-07-01T10:00"));
            Vantad v1 = orobevakning(Regelkatalog.SKYDDSBEDOMNING, gammal, dag("2025-06-30"), dag("2025-06-30"), null);
            Vantad v2 = orobevakning(Regelkatalog.SKYDDSBEDOMNING, ny, dag("2025-07-01"), dag("2025-07-01"), null);
            assertThat(v1.regel().version()).isEqualTo(1);
            assertThat(v1.regel().kalla()).isEqualTo("11 kap. 1 a § SoL (2001:453)");
            assertThat(v2.regel().version()).isEqualTo(2);
            assertThat(v2.regel().kalla()).isEqualTo("20 kap. 1 § SoL (2025:400)");
            fixture.givenNoPriorActivity()
                    .when(registrera(gammal))
                    .expectEventsMatching(handelserFor(v1.id(), v1.startad(gammal.tidpunkt())));
            setUp();
            fixture.givenNoPriorActivity()
                    .when(registrera(ny))
                    .expectEventsMatching(handelserFor(v2.id(), v2.startad(ny.tidpunkt())));
        }
    }

    @Nested
    class SkriftligBekraftelse {

        @Test
        void an_oral_concern_is_to_be_confirmed_in_writing_by_the_next_working_day() {
            fixture.givenNoPriorActivity()
                    .when(registrera(muntlig))
                    .expectEventsMatching(bevakningshandelser(skydd.startad(INKOM), bekraftelse.startad(INKOM),
                            aterkoppling.startad(INKOM), forhandsbedomning.startad(INKOM)));
        }

        @Test
        void confirmed_the_next_working_day_it_is_met() {
            Faktum bekraftad = bekraftad(kl("2027-03-03T16:00"));
            givet(registrera(muntlig))
                    .when(registrera(bekraftad))
                    .expectEventsMatching(handelserFor(bekraftelse.id(), bekraftelse.uppfylld(bekraftad, dag("2027-03-03"), true,
                            bekraftad.tidpunkt())));
        }

        @Test
        void confirmed_later_it_is_met_late() {
            Faktum bekraftad = bekraftad(kl("2027-03-04T09:00"));
            givet(registrera(muntlig), kontrollera(ORO_ID, bekraftelse.forfaller()))
                    .when(registrera(bekraftad))
                    .expectEventsMatching(handelserFor(bekraftelse.id(), bekraftelse.uppfylld(bekraftad, dag("2027-03-04"), false,
                            bekraftad.tidpunkt())));
        }

        /** The confirmation watch of an oral concern received at the moment. */
        private Vantad muntligt(Faktum oro, LocalDate forfallodatum) {
            return orobevakning(Regelkatalog.SKRIFTLIG_BEKRAFTELSE, oro, LocalDate.ofInstant(oro.tidpunkt(), STOCKHOLM),
                    forfallodatum, null);
        }

        @Test
        void over_easter_2026_maundy_thursday_is_confirmed_by_tuesday() {
            Faktum oro = oroInlamnad("MUNTLIG", kl("2026-04-02T14:00"));
            Vantad b = muntligt(oro, dag("2026-04-07"));
            Instant forfaller = Instant.parse("2026-04-07T22:00:00Z");
            assertThat(b.forfaller()).isEqualTo(forfaller);
            fixture.givenNoPriorActivity()
                    .when(registrera(oro))
                    .expectEventsMatching(handelserFor(b.id(), b.startad(oro.tidpunkt())));
            setUp();
            // nothing over Good Friday, the weekend and Easter Monday
            givet(registrera(oro), kontrollera(ORO_ID, kl("2026-04-03T09:00")), kontrollera(ORO_ID, kl("2026-04-06T23:00")))
                    .when(kontrollera(ORO_ID, forfaller.minusSeconds(1)))
                    .expectEventsMatching(handelserFor(b.id()));
            setUp();
            Faktum bekraftad = bekraftad(kl("2026-04-07T16:00"));
            givet(registrera(oro), kontrollera(ORO_ID, kl("2026-04-06T23:00")))
                    .when(registrera(bekraftad))
                    .expectEventsMatching(handelserFor(b.id(), b.uppfylld(bekraftad, dag("2026-04-07"), true, bekraftad.tidpunkt())));
            setUp();
            givet(registrera(oro))
                    .when(kontrollera(ORO_ID, forfaller))
                    .expectEventsMatching(handelserFor(b.id(), b.passerad(forfaller)));
        }

        @Test
        void over_easter_2027_and_the_change_to_summer_time_maundy_thursday_is_confirmed_by_tuesday() {
            Faktum oro = oroInlamnad("MUNTLIG", kl("2027-03-25T10:00"));
            Vantad b = muntligt(oro, dag("2027-03-30"));
            assertThat(b.forfaller()).isEqualTo(Instant.parse("2027-03-30T22:00:00Z"));
            fixture.givenNoPriorActivity()
                    .when(registrera(oro))
                    .expectEventsMatching(handelserFor(b.id(), b.startad(oro.tidpunkt())));
        }

        @Test
        void over_midsummer_2027_the_day_before_midsommarafton_is_confirmed_by_monday() {
            Faktum oro = oroInlamnad("MUNTLIG", kl("2027-06-24T09:00"));
            Vantad b = muntligt(oro, dag("2027-06-28"));
            assertThat(b.forfaller()).isEqualTo(Instant.parse("2027-06-28T22:00:00Z"));
            fixture.givenNoPriorActivity()
                    .when(registrera(oro))
                    .expectEventsMatching(handelserFor(b.id(), b.startad(oro.tidpunkt())));
            setUp();
            // midsommarafton is no working day: still open on Friday night
            givet(registrera(oro))
                    .when(kontrollera(ORO_ID, kl("2027-06-25T23:59")))
                    .expectEventsMatching(handelserFor(b.id()));
            setUp();
            Faktum bekraftad = bekraftad(kl("2027-06-28T10:00"));
            givet(registrera(oro), kontrollera(ORO_ID, kl("2027-06-26T09:00")))
                    .when(registrera(bekraftad))
                    .expectEventsMatching(handelserFor(b.id(), b.uppfylld(bekraftad, dag("2027-06-28"), true, bekraftad.tidpunkt())));
        }

        @Test
        void over_christmas_and_new_year() {
            Faktum jul = oroInlamnad("MUNTLIG", kl("2026-12-23T13:00"));
            Vantad b = muntligt(jul, dag("2026-12-28"));
            assertThat(b.forfaller()).isEqualTo(Instant.parse("2026-12-28T23:00:00Z"));
            fixture.givenNoPriorActivity()
                    .when(registrera(jul))
                    .expectEventsMatching(handelserFor(b.id(), b.startad(jul.tidpunkt())));
            setUp();
            Faktum nyar = oroInlamnad("MUNTLIG", kl("2026-12-30T13:00"));
            Vantad n = muntligt(nyar, dag("2027-01-04"));
            fixture.givenNoPriorActivity()
                    .when(registrera(nyar))
                    .expectEventsMatching(handelserFor(n.id(), n.startad(nyar.tidpunkt())));
        }

        @Test
        void received_on_a_saturday_it_is_confirmed_by_monday() {
            Faktum oro = oroInlamnad("MUNTLIG", kl("2027-03-06T20:00"));
            Vantad b = muntligt(oro, dag("2027-03-08"));
            fixture.givenNoPriorActivity()
                    .when(registrera(oro))
                    .expectEventsMatching(handelserFor(b.id(), b.startad(oro.tidpunkt())));
        }
    }

    @Nested
    class Aterkoppling {

        @Test
        void feedback_within_a_week_meets_it() {
            Faktum lamnad = aterkoppling(kl("2027-03-09T16:00"));
            givet(registrera(skriftlig), kontrollera(ORO_ID, aterkoppling.paminnelse()))
                    .when(registrera(lamnad))
                    .expectEventsMatching(handelserFor(aterkoppling.id(), aterkoppling.uppfylld(lamnad, dag("2027-03-09"), true,
                            lamnad.tidpunkt())));
        }

        @Test
        void feedback_after_a_week_meets_it_late() {
            Faktum lamnad = aterkoppling(kl("2027-03-10T09:00"));
            givet(registrera(skriftlig), kontrollera(ORO_ID, aterkoppling.forfaller()))
                    .when(registrera(lamnad))
                    .expectEventsMatching(handelserFor(aterkoppling.id(), aterkoppling.uppfylld(lamnad, dag("2027-03-10"), false,
                            lamnad.tidpunkt())));
        }

        @Test
        void a_decision_not_to_give_feedback_for_special_reasons_cancels_it() {
            Faktum avstadd = aterkopplingAvstadd(kl("2027-03-04T10:00"));
            givet(registrera(skriftlig))
                    .when(registrera(avstadd))
                    .expectEventsMatching(handelserFor(aterkoppling.id(), aterkoppling.avbruten(avstadd, "REGEL_GALLER_INTE",
                            dag("2027-03-04"), avstadd.tidpunkt())));
        }

        @Test
        void the_preliminary_assessment_closed_does_not_end_the_duty_to_give_feedback() {
            Faktum avslutad = forhandsbedomning(kl("2027-03-05T11:00"));
            givet(registrera(skriftlig), registrera(skyddsbedomning(kl("2027-03-02T11:00"))))
                    .when(registrera(avslutad))
                    .expectEventsMatching(bevakningshandelser(forhandsbedomning.uppfylld(avslutad, dag("2027-03-05"), true,
                            avslutad.tidpunkt())));
        }
    }

    @Nested
    class Forhandsbedomning {

        @Test
        void closed_within_14_days_it_is_met() {
            Faktum avslutad = forhandsbedomning(kl("2027-03-16T15:00"));
            givet(registrera(skriftlig), kontrollera(ORO_ID, forhandsbedomning.paminnelse()))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(forhandsbedomning.id(), forhandsbedomning.uppfylld(avslutad,
                            dag("2027-03-16"), true, avslutad.tidpunkt())));
        }

        @Test
        void closed_later_it_is_met_late() {
            Faktum avslutad = forhandsbedomning(kl("2027-03-17T09:00"));
            givet(registrera(skriftlig), kontrollera(ORO_ID, forhandsbedomning.forfaller()))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(forhandsbedomning.id(), forhandsbedomning.uppfylld(avslutad,
                            dag("2027-03-17"), false, avslutad.tidpunkt())));
        }

        @Test
        void the_version_follows_the_day_the_concern_came_in() {
            Faktum gammal = oroInlamnad("SKRIFTLIG", kl("2025-06-30T10:00"));
            Vantad v1 = orobevakning(Regelkatalog.FORHANDSBEDOMNING, gammal, dag("2025-06-30"), dag("2025-07-14"),
                    dag("2025-07-11"));
            assertThat(v1.regel().kalla()).isEqualTo("11 kap. 1 a § SoL (2001:453)");
            fixture.givenNoPriorActivity()
                    .when(registrera(gammal))
                    .expectEventsMatching(handelserFor(v1.id(), v1.startad(gammal.tidpunkt())));
        }
    }

    @Test
    void a_concern_passed_on_keeps_its_watches_and_they_tell_the_new_unit() {
        Faktum vidare = vidarebefordrad("MOTT-2", kl("2027-03-02T13:00"));
        Arendeinfo nyEnhet = new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), "MOTT-2", null, null, null, null, null);
        givet(registrera(skriftlig))
                .when(registrera(vidare))
                .expectEventsMatching(bevakningshandelser());
        setUp();
        givet(registrera(skriftlig), registrera(vidare))
                .when(kontrollera(ORO_ID, aterkoppling.paminnelse()))
                .expectEvents(skydd.med(nyEnhet).passerad(aterkoppling.paminnelse()),
                        aterkoppling.med(nyEnhet).paminnelseHandelse(aterkoppling.paminnelse()));
    }
}
