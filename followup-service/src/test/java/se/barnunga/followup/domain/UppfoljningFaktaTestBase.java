package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * The assignment's facts from the assignment-service ({@code barnunga.uppdrag.v1}): each fact command creates the
 * follow-up record when it is missing, is never refused, gives nothing when it brings nothing new, and merges late and
 * out-of-order facts by when the source event happened; the planning meeting books the first follow-up meeting.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppfoljningFaktaTest},
 * {@link UppfoljningFaktaOrdningTest}.
 */
abstract class UppfoljningFaktaTestBase extends AggregateTestBase<Uppfoljning> {

    UppfoljningFaktaTestBase() {
        super(Uppfoljning.class);
    }

    /** The booking made at the planning meeting of the standard case (before the start is known). */
    static UppfoljningsmoteBokat bokatVidPlaneringen(LocalDate forsta, LocalDate referens, Integer dagar,
                                                             Boolean inom, boolean ombokning, Instant kand) {
        return bokat(b -> {
            b.datum = forsta;
            b.klockslag = null;
            b.plats = null;
            b.inbjudna = Set.of();
            b.referensdatum = referens;
            b.dagarFranReferens = dagar;
            b.inomFonster = inom;
            b.ombokning = ombokning;
            b.kalla = Bokningskalla.PLANERINGSMOTE;
            b.bokat = kand;
        });
    }
}
