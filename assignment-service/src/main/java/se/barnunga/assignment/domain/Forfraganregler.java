package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.datum;
import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;

import java.util.Set;

import se.barnunga.assignment.domain.Kommandon.AvbojForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaNyForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaUppdrag;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.platform.domain.BusinessDates;

/**
 * The rules on the content of an enquiry and of the written assignment (the routine's "Förfrågan", "Utförarenhetens
 * ställningstagande" and "Uppdraget skickas"): pure functions of a command and the few facts of the case they need.
 * Each fails with a {@link se.barnunga.platform.domain.RuleViolation} naming the field, the first broken rule first.
 */
final class Forfraganregler {

    private Forfraganregler() {
    }

    /** The first enquiry: a child of the routine's age, the investigation of the investigation-time kinds, the unit. */
    static void forfragan(SkickaForfragan c) {
        rule(c.barn() == null || c.barn().alderPa(datum(c.tidpunkt())) < Lagrum.RUTINEN_UPPHOR_VID_ALDER,
                "barn.personnummer", "UTANFOR_RUTINENS_MALGRUPP",
                "Rutinen gäller barn och unga under 21 år (\"unga över 18 år men under 21 år\"); den unge har fyllt 21 år.");
        if (c.typ() != Uppdragstyp.BEVILJAD_INSATS) {
            Utredning u = c.utredning();
            rule(u != null, "utredning", "UTREDNING_KRAVS",
                    "Ett uppdrag under pågående utredning behöver utredningens referens, start och planerade slut.");
            rule(u.start() != null, "utredning.start", "DATUM_KRAVS", "Ange utredningens start.");
            rule(u.planeratSlut() != null, "utredning.planeratSlut", "DATUM_KRAVS", "Ange utredningens planerade slut.");
            BusinessDates.plausible("utredning.start", u.start());
            BusinessDates.plausible("utredning.planeratSlut", u.planeratSlut());
            rule(!u.planeratSlut().isBefore(u.start()), "utredning.planeratSlut", "UTREDNINGSPERIOD_OGILTIG",
                    "Utredningens planerade slut ligger före dess start.");
        }
        rule(c.typ() == Uppdragstyp.UTREDNINGSUPPDRAG || !blank(c.insatstyp()), "insatstyp", "INSATSTYP_KRAVS",
                "Förfrågan om en insats anger vilken typ av insats.");
        utforarenhet(c.utforarenhet());
    }

    /** Another unit asked: named, and not one that already declined or could not take the assignment on. */
    static void nyForfragan(SkickaNyForfragan c, Set<String> avbojandeEnheter) {
        utforarenhet(c.utforarenhet());
        rule(!avbojandeEnheter.contains(c.utforarenhet()), "utforarenhet", "ENHETEN_HAR_AVBOJT",
                "Enheten har redan avböjt eller inte kunnat ta sig an uppdraget; fråga en annan av stadens egna enheter.");
    }

    /** A unit declines only for special reasons, stated. */
    static void avbojande(AvbojForfragan c) {
        rule(!blank(c.skal()), "skal", "SARSKILDA_SKAL_KRAVS",
                "Utförarenheten behöver särskilda skäl för att inte åta sig uppdraget; ange dem.");
    }

    /** The written assignment has every item SOSFS 2014:5 asks of its kind, for the child's age on the day it is sent. */
    static void innehall(SkickaUppdrag c, Uppdragstyp typ, Barn barn) {
        rule(c.innehall() != null, "innehall", "UPPGIFT_SAKNAS", "Uppdragets innehåll saknas.");
        String saknas = c.innehall().forstaSaknade(typ, barn.alderPa(datum(c.tidpunkt())));
        rule(saknas == null, saknas, "UPPGIFT_SAKNAS",
                "Uppdraget saknar en uppgift som ska finnas med (SOSFS 2014:5): " + saknas + ".");
    }

    private static void utforarenhet(String utforarenhet) {
        rule(!blank(utforarenhet), "utforarenhet", "UTFORARENHET_KRAVS", "Ange vilken utförarenhet som tillfrågas.");
    }
}
