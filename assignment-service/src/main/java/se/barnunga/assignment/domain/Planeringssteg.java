package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.datum;
import static se.barnunga.platform.domain.Guards.state;
import static se.barnunga.platform.domain.Guards.rule;
import static se.barnunga.platform.domain.Guards.blank;

import java.util.Set;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * The steps from planning to an intervention under way, decided: the förmöte, the planning meeting (planeringsmöte),
 * the confirmed start, the date of verkställighet, an interruption (avbrott) and the resumption (återupptagande), the
 * individual's request for postponement (uppskov), and the revocation of the decision (återkallelse av beslut). Each
 * function is a decider: it reads the state through {@link Uppdragstillstand}, checks who may, the state and the
 * content in that order ({@link Planeringsregler}, {@link Beslutsregler}), and returns the event to apply with the role
 * the actor acted in ({@link Avgorande}); it changes nothing.
 */
final class Planeringssteg {

    private Planeringssteg() {
    }

    static Avgorande formote(RegistreraFormote c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera förmötet");
        t.ejAvslutat();
        Planeringsregler.formote(c, lage.behoverTolkEllerStod());
        return new Avgorande(roll, new FormoteGenomfort(t.uppdragId(), c.datum(), Set.copyOf(c.deltagare()),
                c.planeringsmoteDatum(), c.planeringsmotePlats(), c.tolkOchStod(), c.barnetsDelaktighet(), c.ledning(), true,
                c.tidpunkt()));
    }

    static Avgorande planeringsmote(RegistreraPlaneringsmote c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera planeringsmötet");
        t.ejAvslutat();
        t.insatsKind("Planeringsmöte");
        state(!lage.harPlaneringsmote(), "PLANERINGSMOTE_REDAN_REGISTRERAT", "Planeringsmötet är redan registrerat.");
        Planeringsregler.planeringsmote(c, lage.beslutsdatum(), lage.periodensSlut(), lage.mal(), lage.behoverTolkEllerStod());
        boolean senUppfoljning = Planeringsregler.senUppfoljning(c);
        return new Avgorande(roll, new PlaneringsmoteGenomfort(t.uppdragId(), c.datum(), Set.copyOf(c.deltagare()),
                c.barnetDeltog(), c.barnetDeltog() ? null : c.orsakBarnetDeltogEj(), true, c.planeratStartdatum(),
                c.skalForSenStart(), c.forstaUppfoljningsmote(), senUppfoljning ? c.skalForSenUppfoljning() : null,
                c.overenskommelser(), lage.ansvarigUtforare(), lage.socialsekreterare(), c.tidpunkt()));
    }

    static Avgorande start(BekraftaStart c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().ansvarigUtforare(c.actor(), "Att bekräfta om insatsen startade");
        t.ejAvslutat();
        t.insatsKind("Start");
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Startdatum bestäms på planeringsmötet.");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        state(!datum(c.tidpunkt()).isBefore(lage.planeratStartdatum()), "STARTDATUM_INTE_NATT",
                "Det avtalade startdatumet " + lage.planeratStartdatum() + " har inte kommit.");
        rule(c.startade() || !blank(c.orsak()), "orsak", "ORSAK_KRAVS", "Ange varför insatsen inte startade på avtalat datum.");
        return new Avgorande(roll, new StartBekraftad(t.uppdragId(), lage.planeratStartdatum(), c.startade(),
                c.startade() ? null : c.orsak(), c.tidpunkt()));
    }

    static Avgorande verkstallighet(DokumenteraVerkstallighet c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att dokumentera datum för verkställighet");
        t.ejAvslutat();
        t.insatsKind("Verkställighet");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS",
                "Verkställighetsdatum bestäms på planeringsmötet; registrera det först.");
        Planeringsregler.verkstallighet(c, lage.beslutsdatum(), lage.periodensSlut());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new InsatsVerkstalld(t.uppdragId(), lage.typ(), lage.barn(),
                lage.insatstyp(), lage.beslutsdatum(), c.verkstallighetsdatum(), lage.utforarenhet(), lage.myndighetsenhet(),
                lage.socialsekreterare(), lage.ansvarigUtforare(), c.tidpunkt()));
    }

    static Avgorande avbrott(AvbrytVerkstallighet c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera ett avbrott");
        t.ejAvslutat();
        state(t.forlopp().pagar(), t.forlopp().arAvbruten() ? "REDAN_AVBRUTEN" : "INTE_VERKSTALLD",
                t.forlopp().arAvbruten() ? "Insatsen är redan avbruten." : "Insatsen är inte verkställd.");
        Planeringsregler.avbrott(c, lage.verkstallighetsdatum());
        return new Avgorande(roll, new VerkstallighetAvbruten(t.uppdragId(), c.avbrottsdatum(), c.orsak(), c.beskrivning(),
                c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande aterupptagande(AterupptaVerkstallighet c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att insatsen återupptagits");
        t.ejAvslutat();
        state(t.forlopp().arAvbruten(), "INTE_AVBRUTEN", "Insatsen är inte avbruten.");
        Planeringsregler.aterupptagande(c, lage.avbrottsdatum());
        return new Avgorande(roll, new VerkstallighetAterupptagen(t.uppdragId(), lage.avbrottsdatum(), c.datum(),
                c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande uppskov(RegistreraUppskov c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att registrera den enskildes begäran om uppskov");
        t.ejAvslutat();
        t.insatsKind("Uppskov");
        state(t.forlopp().harBeslut(), "BESLUT_SAKNAS", "Uppskov gäller ett fattat beslut.");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; registrera ett avbrott i stället.");
        Planeringsregler.uppskov(c);
        return new Avgorande(Roll.SOCIALSEKRETERARE, new UppskovBegart(t.uppdragId(), c.begartAv(), c.onskatStartdatum(),
                c.skal(), c.tidpunkt()));
    }

    static Avgorande aterkallelse(AterkallaBeslut c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att återkalla beslutet");
        t.ejAvslutat();
        t.insatsKind("Återkallelse av beslut");
        state(t.forlopp().harBeslut(), "BESLUT_SAKNAS", "Det finns inget beslut att återkalla.");
        state(!lage.arBeslutetAterkallat() && !lage.arInsatsenAvslutad(), "INSATS_AVSLUTAD",
                "Insatsen är redan avslutad eller beslutet återkallat.");
        Beslutsregler.aterkallelse(c, lage.beslutsdatum());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new BeslutAterkallat(t.uppdragId(), c.datum(), c.skal(), c.actor().userId(),
                c.tidpunkt(), c.beslutsfattare()));
    }
}
