package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.state;

import java.util.List;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * The decision's steps of the routine, decided: the consent (samtycke), the decision on intervention (beslut om insats),
 * a withdrawn consent (återkallat samtycke) and the re-decision after it (omprövning), and the decision on an
 * investigation assignment (beslut om utredningsuppdrag). Each function is a decider: it reads the state through
 * {@link Uppdragstillstand}, checks who may, the state and the content in that order ({@link Beslutsregler},
 * {@link Samtycken}), and returns the event to apply with the role the actor acted in ({@link Avgorande}); it changes
 * nothing.
 */
final class Beslutssteg {

    private Beslutssteg() {
    }

    static Avgorande samtycke(RegistreraSamtycke c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att registrera samtycke");
        t.ejAvslutat();
        state(lage.typ() != Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_INTE_UTREDNINGSUPPDRAG",
                "Ett utredningsuppdrag beslutas utan samtycke till insats.");
        state(!t.forlopp().harBeslut() || lage.samtycken().arAterkallat(), "BESLUT_REDAN_FATTAT",
                "Beslutet är redan fattat; samtycket registreras före beslutet, eller på nytt efter att det återkallats.");
        lage.samtycken().registrering(c);
        return new Avgorande(Roll.SOCIALSEKRETERARE, new SamtyckeRegistrerat(t.uppdragId(), c.part(),
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.samtycker(), c.datum(), c.tidpunkt()));
    }

    static Avgorande beslut(FattaBeslut c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att fatta beslut om insats");
        t.ejAvslutat();
        state(lage.typ() != Uppdragstyp.UTREDNINGSUPPDRAG, "BESLUT_OM_UTREDNINGSUPPDRAG",
                "Ett utredningsuppdrag har ett beslut om utredningsuppdrag, inte ett beslut om insats.");
        state(!t.forlopp().harBeslut(), "BESLUT_REDAN_FATTAT", "Beslutet om insats är redan fattat.");
        state(lage.harKlartecken(), "KLARTECKEN_SAKNAS", "Beslut om insats fattas efter klartecken från utförarenheten.");
        Beslutsregler.beslut(c, lage.typ(), lage.barn(), lage.utredning());
        if (c.lagrum().kraverSamtycke()) {
            lage.samtycken().kravAlla(lage.barn().alderPa(c.beslutsdatum()), c.beslutsdatum(), null);
        }
        return new Avgorande(Roll.SOCIALSEKRETERARE, new InsatsBeviljad(t.uppdragId(), lage.typ(), lage.barn(), lage.insatstyp(),
                c.beslutsdatum(), c.lagrum(), c.period(), List.copyOf(c.mal()), lage.utforarenhet(), lage.myndighetsenhet(),
                lage.socialsekreterare(), c.tidpunkt(), c.dokumentation(), c.lvuVard(), c.namndbeslut()));
    }

    /**
     * A consent the decision rested on is withdrawn (11 kap. 1 § SoL is voluntary), after a decision under a
     * consent-based basis and before the intervention is closed or the decision revoked ({@link Samtycken#aterkallande}).
     * Until the decision is re-decided ({@link OmprovaBeslut}), the intervention cannot go on
     * ({@link Uppdrag#SPARRADE_UTAN_SAMTYCKE}).
     */
    static Avgorande aterkallatSamtycke(AterkallaSamtycke c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att registrera att samtycket återkallats");
        t.ejAvslutat();
        t.insatsKind("Återkallat samtycke");
        state(t.forlopp().harBeslut(), "BESLUT_SAKNAS", "Före beslutet registreras en vägran som samtycke (samtycker = false).");
        t.ejAvslutadInsats();
        state(lage.lagrum().kraverSamtycke(), "LAGRUM_KRAVER_INTE_SAMTYCKE", "Beslutet enligt 11 § LVU vilar inte på samtycke.");
        Aterkallare av = lage.samtycken().aterkallande(c, lage.barn(), lage.beslutsdatum());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new SamtyckeAterkallat(t.uppdragId(), lage.barn(), c.part(), av,
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.datum(), lage.lagrum(),
                lage.myndighetsenhet(), lage.socialsekreterare(), c.tidpunkt()));
    }

    /**
     * After a withdrawal of consent the decision is re-decided ({@link Beslutsregler#omprovning}): by the committee
     * under 11 § LVU, or with the consent of everyone whose consent is required given anew, on or after the withdrawal.
     */
    static Avgorande omprovning(OmprovaBeslut c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att ompröva beslutet");
        t.ejAvslutat();
        t.insatsKind("Omprövning av beslut");
        t.ejAvslutadInsats();
        Samtycken samtycken = lage.samtycken();
        state(samtycken.arAterkallat(), "SAMTYCKE_EJ_ATERKALLAT", "Beslutet omprövas här när ett samtycke har återkallats.");
        Lagrum nytt = Beslutsregler.omprovning(c, lage.barn(), lage.lagrum(), lage.periodensSlut(), samtycken.aterkallatDatum());
        if (c.grund() != Omprovningsgrund.NAMNDBESLUT_LVU_11) {
            samtycken.kravAlla(lage.barn().alderPa(c.beslutsdatum()), c.beslutsdatum(), samtycken.aterkallatDatum());
        }
        return new Avgorande(Roll.SOCIALSEKRETERARE, new BeslutOmprovat(t.uppdragId(), lage.barn(), c.grund(), c.beslutsdatum(),
                nytt, c.skal(), c.beslutsfattare(), c.lvuVard(), c.namndbeslut(), lage.myndighetsenhet(),
                lage.socialsekreterare(), c.tidpunkt()));
    }

    static Avgorande utredningsuppdrag(BeslutaUtredningsuppdrag c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att besluta om utredningsuppdrag");
        t.ejAvslutat();
        state(lage.typ() == Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_ENDAST_UTREDNINGSUPPDRAG",
                "Beslut om utredningsuppdrag gäller bara utredningsuppdrag.");
        state(!t.forlopp().harBeslut(), "BESLUT_REDAN_FATTAT", "Utredningsuppdraget är redan beslutat.");
        state(lage.harKlartecken(), "KLARTECKEN_SAKNAS", "Utredningsuppdraget beslutas efter klartecken från utförarenheten.");
        Beslutsregler.utredningsuppdrag(c, lage.utredning());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new UtredningsuppdragBeslutat(t.uppdragId(), c.beslutsdatum(),
                List.copyOf(c.fragor()), c.tidpunkt()));
    }
}
