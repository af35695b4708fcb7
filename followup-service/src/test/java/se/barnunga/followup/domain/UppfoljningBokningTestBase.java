package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * Booking the follow-up and closing meetings ({@code BokaMote}) and calling for an extra meeting
 * ({@code PakallaUppfoljningsmote}): the 6–8 week window from the start and from the previous meeting, who may, the
 * booking's own rules, re-booking, extra meetings, and what remains after the intervention closed.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppfoljningBokningTest},
 * {@link UppfoljningBokningForutsattningarTest}, {@link UppfoljningPakallandeTest}.
 */
abstract class UppfoljningBokningTestBase extends AggregateTestBase<Uppfoljning> {

    UppfoljningBokningTestBase() {
        super(Uppfoljning.class);
    }

    static final String SKAL_EXTRA = "Alva har slutat gå till skolan helt; vi behöver ses snarast.";
    /** When a call is made: a week after the start. */
    static final Instant PAKALLAT = kl("2026-03-09T10:00");
    /** A day after the first meeting was held. */
    static final Instant DAGEN_EFTER = kl(FORSTA_MOTET.plusDays(1), 9, 0);

    static PakallaUppfoljningsmote pakalla(Actor actor) {
        return new PakallaUppfoljningsmote(ID, SKAL_EXTRA, actor, PAKALLAT);
    }

    static UppfoljningsmotePakallat pakallat(Actor actor, Roll roll) {
        return new UppfoljningsmotePakallat(ID, SKAL_EXTRA, actor.userId(), roll.claim(), MYNDIGHETSENHET, UTFORARENHET,
                PAKALLAT);
    }

    /** The extra meeting booked after the call, 10 days after the start. */
    static UppfoljningsmoteBokat extraBokat(String moteId, LocalDate datum, boolean ombokning, Instant tidpunkt) {
        return bokat(b -> {
            b.moteId = moteId;
            b.extra = true;
            b.datum = datum;
            b.dagarFranReferens = (int) (datum.toEpochDay() - START.toEpochDay());
            b.inomFonster = null;
            b.ombokning = ombokning;
            b.bokat = tidpunkt;
        });
    }
}
