package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.platform.domain.Roll;

/**
 * The held follow-up meeting's revised implementation plan, the numbering of the meetings, and extra meetings.
 */
class UppfoljningMotePlanOchNumreringTest extends UppfoljningMoteTestBase {

    // ==== The implementation plan ===================================================================================

    @Nested
    @DisplayName("Genomförandeplanen revideras")
    class Genomforandeplanen {

        @Test
        void continuing_with_changes_revises_the_plan() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.forandringar = "Fler träffar med Alva ensam.");
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, true, true), m.nastaBokat("M2"));
        }

        @Test
        void continuing_without_changes_does_not() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.forandringar = "  ");
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
            Uppfoljningsmote n = uppfoljningsmote(x -> x.genomforandeplanenRevideras = false);
            given(bokadMedSammanfattning())
                    .when(n.kommando())
                    .expectEvents(n.genomford("M1", 1, false, false, true), n.nastaBokat("M2"));
        }

        @Test
        void continuing_without_changes_revises_the_plan_when_the_meeting_says_so() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.genomforandeplanenRevideras = true);
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, true, true), m.nastaBokat("M2"));
        }
    }

    // ==== Numbering and extra meetings ==============================================================================

    @Nested
    @DisplayName("Numrering och extra möten")
    class Numrering {

        private final LocalDate extraDatum = START.plusDays(10);
        private final Instant pakallat = kl("2026-03-09T10:00");

        private UppfoljningsmotePakallat pakallat() {
            return new UppfoljningsmotePakallat(ID, "Alva vägrar gå till skolan.", "ulla", Roll.UTFORARE.claim(),
                    MYNDIGHETSENHET, UTFORARENHET, pakallat);
        }

        private UppfoljningsmoteBokat extraBokat(String moteId, LocalDate datum, LocalDate referens, boolean ombokning) {
            return bokat(b -> {
                b.moteId = moteId;
                b.extra = true;
                b.datum = datum;
                b.referensdatum = referens;
                b.dagarFranReferens = (int) (datum.toEpochDay() - referens.toEpochDay());
                b.inomFonster = null;
                b.ombokning = ombokning;
                b.bokat = pakallat;
            });
        }

        @Test
        void the_second_meeting_is_number_2_and_books_m3() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = ANDRA_MOTET;
                x.tidpunkt = ANDRA_REGISTRERAT;
                x.nastaMote = bokning(ANDRA_MOTET.plusDays(44));
            });
            given(forstaMotetHallet(), new Sammanfattning().lamnad("M2", Motesslag.UPPFOLJNING))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M2", 2, false, false, true), m.nastaBokat("M3"));
        }

        @Test
        void an_extra_first_meeting_is_number_1_and_extra() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = extraDatum;
                x.tidpunkt = kl(extraDatum, 16, 0);
                x.nastaMote = bokning(extraDatum.plusDays(44));
            });
            given(startad(), pakallat(), extraBokat("M1", extraDatum, START, false),
                    new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, true, false, true), m.nastaBokat("M2"));
        }

        @Test
        void an_extra_meeting_counts_in_the_numbering() {
            Uppfoljningsmote extra = uppfoljningsmote(x -> {
                x.datum = extraDatum;
                x.tidpunkt = kl(extraDatum, 16, 0);
                x.nastaMote = bokning(extraDatum.plusDays(44));
            });
            LocalDate andra = extraDatum.plusDays(44);
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = andra;
                x.tidpunkt = kl(andra, 16, 0);
                x.nastaMote = bokning(andra.plusDays(50));
            });
            given(startad(), pakallat(), extraBokat("M1", extraDatum, START, false),
                    new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING), extra.genomford("M1", 1, true, false, true),
                    extra.nastaBokat("M2"), new Sammanfattning().lamnad("M2", Motesslag.UPPFOLJNING))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M2", 2, false, false, true), bokat(b -> {
                        b.moteId = "M3";
                        b.datum = andra.plusDays(50);
                        b.referensdatum = andra;
                        b.dagarFranReferens = 50;
                        b.kalla = Bokningskalla.UPPFOLJNINGSMOTE;
                        b.bokat = kl(andra, 16, 0);
                    }));
        }

        @Test
        void a_called_meeting_between_ordinary_ones_keeps_the_number_of_the_meeting_it_re_books() {
            // after M1, M2 was booked; Ulla called for a meeting and Anna moved M2 forward as an extra meeting
            LocalDate datum = FORSTA_MOTET.plusDays(10);
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = datum;
                x.tidpunkt = kl(datum, 16, 0);
                x.nastaMote = bokning(datum.plusDays(44));
                x.skalUtanSammanfattning = "Extra möte med kort varsel.";
            });
            given(forstaMotetHallet(), pakallat(), extraBokat("M2", datum, FORSTA_MOTET, true))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M2", 2, true, false, false), m.nastaBokat("M3"));
        }

        @Test
        void the_next_ordinary_meeting_after_an_extra_one_counts_from_the_extra_meeting() {
            Uppfoljningsmote extra = uppfoljningsmote(x -> {
                x.datum = extraDatum;
                x.tidpunkt = kl(extraDatum, 16, 0);
                x.utfall = Utfall.NY_UTREDNING;
                x.utredningsgrund = Utredningsgrund.NYA_BEHOV;
                x.nastaMote = null;
            });
            List<Object> efterExtra = handelser(startad(), pakallat(), extraBokat("M1", extraDatum, START, false),
                    new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING), extra.genomford("M1", 1, true, false, true));
            // day 50 after the extra meeting is day 60 after the start: within the window counted from the extra meeting
            given(efterExtra.toArray())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(extraDatum.plusDays(50)), kl(extraDatum, 17, 0)))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = extraDatum.plusDays(50);
                        b.referensdatum = extraDatum;
                        b.dagarFranReferens = 50;
                        b.bokat = kl(extraDatum, 17, 0);
                    }));
            given(efterExtra.toArray())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(extraDatum.plusDays(57)), kl(extraDatum, 17, 0)))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }
    }
}
