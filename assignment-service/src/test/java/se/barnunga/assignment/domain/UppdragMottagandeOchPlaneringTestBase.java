package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/**
 * From the decided assignment to the planned start: sending the written assignment, receipt, appointing the ansvarig
 * utförare, hindrances, the förmöte and the planning meeting.
 *
 * <p>The aggregate fixture and the helpers shared by {@link UppdragSkickaTest}, {@link UppdragMottagandeTest},
 * {@link UppdragPlaneringsmoteTest}.
 */
abstract class UppdragMottagandeOchPlaneringTestBase extends AggregateTestBase<Uppdrag> {

    UppdragMottagandeOchPlaneringTestBase() {
        super(Uppdrag.class);
    }

    static UppdragSkickat skickatNu(Uppdragstyp typ, Barn barn, String utforarenhet, Uppdragsinnehall innehall) {
        return new UppdragSkickat(ID, typ, barn, utforarenhet, MYNDIGHETSENHET, "anna", insatstyp(typ), BESLUT, mal(typ),
                utredning(typ), innehall, NU);
    }

    // ==== RegistreraPlaneringsmote ===========================================================================

    /** A planning meeting command with valid defaults; tests change one thing. */
    static final class Mote {
        LocalDate datum = MOTE;
        Set<Deltagare> deltagare = DELTAGARE;
        boolean barnetDeltog = true;
        String orsakBarnetDeltogEj;
        boolean sekretessInformerad = true;
        boolean malGenomgangna = true;
        LocalDate planeratStartdatum = START;
        String skalForSenStart;
        LocalDate forstaUppfoljningsmote = START.plusDays(42);
        String skalForSenUppfoljning;
        Overenskommelser ok = new Overenskommelser();
        boolean utanOverenskommelser;
        Actor actor = ANNA;

        Mote start(LocalDate start) {
            planeratStartdatum = start;
            forstaUppfoljningsmote = start.plusDays(42);
            ok.beraknatAvslut = start;
            return this;
        }

        RegistreraPlaneringsmote build() {
            return new RegistreraPlaneringsmote(ID, datum, deltagare, barnetDeltog, orsakBarnetDeltogEj,
                    sekretessInformerad, malGenomgangna, planeratStartdatum, skalForSenStart, forstaUppfoljningsmote,
                    skalForSenUppfoljning, utanOverenskommelser ? null : ok.build(), actor, NU);
        }

        PlaneringsmoteGenomfort genomfort() {
            boolean sen = forstaUppfoljningsmote.isAfter(planeratStartdatum.plusDays(56));
            return new PlaneringsmoteGenomfort(ID, datum, deltagare, barnetDeltog, barnetDeltog ? null : orsakBarnetDeltogEj,
                    true, planeratStartdatum, skalForSenStart, forstaUppfoljningsmote, sen ? skalForSenUppfoljning : null,
                    ok.build(), "ulla", "anna", NU);
        }
    }

    static RegistreraPlaneringsmote mote(Consumer<Mote> andring) {
        Mote m = new Mote();
        andring.accept(m);
        return m.build();
    }

    static PlaneringsmoteGenomfort moteGenomfort(Consumer<Mote> andring) {
        Mote m = new Mote();
        andring.accept(m);
        return m.genomfort();
    }
}
