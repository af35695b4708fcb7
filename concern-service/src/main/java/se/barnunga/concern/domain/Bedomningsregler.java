package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.barnunga.concern.domain.Kommandon.AvslutaForhandsbedomning;
import se.barnunga.concern.domain.Kommandon.VidarebefordraOro;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
import se.barnunga.platform.time.ClockProducer;

/**
 * The rules of the content of the recipient's steps: pure functions of the command and the few facts of the concern
 * they are given (when it came in, who has it). Each fails with the {@link se.barnunga.platform.domain.RuleViolation}
 * (422) of the first rule broken; {@link Oro} checks the recipient and the order of the steps before them.
 */
public final class Bedomningsregler {

    private Bedomningsregler() {
    }

    /** Forwarding names another recipient than the current one ({@code nuvarande}) and why. */
    public static void vidarebefordran(VidarebefordraOro c, Mottagare nuvarande) {
        rule(c.till() != null, "till", "MOTTAGARE_KRAVS", "Ange vem oron ska vidarebefordras till.");
        rule(!c.till().equals(nuvarande), "till", "SAMMA_MOTTAGARE", "Oron är redan hos " + nuvarande.beskrivning() + ".");
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange varför oron vidarebefordras.");
    }

    /**
     * The protection assessment: the assessment itself, what it rests on, when it was made (after the concern came in,
     * {@code inkom}, and not after it is registered, {@code tidpunkt}) and by whom.
     */
    public static void skyddsbedomning(Skyddsbedomning b, Instant inkom, Instant tidpunkt) {
        rule(b != null && b.omedelbartSkyddsbehov() != null, "skyddsbedomning.omedelbartSkyddsbehov", "BEDOMNING_KRAVS",
                "Ange bedömningen: om barnet är i behov av omedelbart skydd eller inte.");
        rule(!blank(b.underlag()), "skyddsbedomning.underlag", "UNDERLAG_KRAVS",
                "Ange de uppgifter och händelser som bedömningen grundar sig på.");
        rule(b.bedomd() != null, "skyddsbedomning.bedomd", "TIDPUNKT_KRAVS", "Ange när bedömningen gjordes.");
        rule(!b.bedomd().isBefore(inkom) && !b.bedomd().isAfter(tidpunkt), "skyddsbedomning.bedomd", "TIDPUNKT_ORIMLIG",
                "Bedömningen kan inte ha gjorts före oron kom in eller i framtiden.");
        rule(!blank(b.bedomdAvNamn()), "skyddsbedomning.bedomdAvNamn", "NAMN_KRAVS", "Ange namnet på den som gjorde bedömningen.");
        rule(!blank(b.bedomdAvTitel()), "skyddsbedomning.bedomdAvTitel", "TITEL_KRAVS",
                "Ange titeln på den som gjorde bedömningen.");
    }

    /**
     * The preliminary assessment's decision with its reasons, whether the child was heard (11 kap. 10 § SoL), and –
     * closed more than 14 days after the concern came in ({@code inkom}) – the exceptional reasons. Returns the days
     * it took.
     */
    public static int forhandsbedomning(AvslutaForhandsbedomning c, Instant inkom) {
        rule(c.beslut() != null, "beslut", "BESLUT_KRAVS", "Ange om utredning inleds, inte inleds eller tillförs en pågående utredning.");
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange skälen för förhandsbedömningens beslut.");
        rule(c.barnetKomTillTals() != null, "barnetKomTillTals", "BARNETS_ROST_KRAVS",
                "Ange om barnet har fått komma till tals i förhandsbedömningen (11 kap. 10 § SoL: barnet ska ges "
                        + "möjlighet att framföra sina åsikter).");
        rule(c.barnetKomTillTals() || !blank(c.skalBarnetInteHort()), "skalBarnetInteHort", "SKAL_BARNET_INTE_HORT_KRAVS",
                "Barnet har inte fått komma till tals: ange skälen till det.");
        int dagar = dagar(inkom, c.tidpunkt());
        rule(inomFrist(dagar) || !blank(c.synnerligaSkal()), "synnerligaSkal", "SYNNERLIGA_SKAL_KRAVS",
                "Förhandsbedömningen avslutas " + dagar + " dagar efter att oron kom in; efter 14 dagar krävs synnerliga skäl.");
        return dagar;
    }

    /** 20 kap. 2 § SoL: the preliminary assessment within 14 days. */
    public static boolean inomFrist(int dagar) {
        return dagar <= Oro.FORHANDSBEDOMNING_DAGAR;
    }

    /** Calendar days between the Swedish dates of two instants. */
    public static int dagar(Instant fran, Instant till) {
        return (int) ChronoUnit.DAYS.between(dag(fran), dag(till));
    }

    /** The Swedish date of an instant. */
    public static LocalDate dag(Instant tidpunkt) {
        return LocalDate.ofInstant(tidpunkt, ClockProducer.ZONE);
    }
}
