package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.state;

import java.util.List;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * The enquiry's steps of the routine, decided: another unit asked after a decline or a hindrance (ny förfrågan), the
 * enquired unit's go-ahead (klartecken) and its decline (avböjande). The first enquiry creates the assignment and is
 * decided by {@link Uppdrag}'s constructor. Each function is a decider: it reads the state through
 * {@link Uppdragstillstand}, checks who may, the state and the content in that order ({@link Forfraganregler}), and
 * returns the event to apply with the role the actor acted in ({@link Avgorande}); it changes nothing.
 */
final class Forfragningssteg {

    private Forfragningssteg() {
    }

    static Avgorande nyForfragan(SkickaNyForfragan c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att fråga en annan utförarenhet");
        t.ejAvslutat();
        state(t.forlopp().arAvbojtEllerHindrat(), "FORFRAGAN_PAGAR",
                "En ny utförarenhet tillfrågas först när den tillfrågade enheten har avböjt eller inte kan ta sig an uppdraget.");
        Forfraganregler.nyForfragan(c, lage.avbojandeEnheter());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new ForfraganSkickad(t.uppdragId(), lage.forfraganNr() + 1, c.utforarenhet(),
                lage.insatstyp(), c.onskemal(), List.of(), null, c.tidpunkt()));
    }

    static Avgorande klartecken(LamnaKlartecken c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().metodhandledare(c.actor(), "Att ge klartecken till förfrågan");
        state(t.forlopp().vantarPaSvar(), "FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        return new Avgorande(roll, new KlarteckenLamnat(t.uppdragId(), lage.forfraganNr(), lage.utforarenhet(),
                c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande avbojande(AvbojForfragan c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().metodhandledare(c.actor(), "Att avböja förfrågan");
        state(t.forlopp().vantarPaSvar(), "FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        Forfraganregler.avbojande(c);
        return new Avgorande(roll, new ForfraganAvbojd(t.uppdragId(), lage.forfraganNr(), lage.utforarenhet(), c.skal(),
                c.tidpunkt()));
    }
}
