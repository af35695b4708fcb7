package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.platform.domain.BusinessDates;
import se.barnunga.platform.domain.RuleViolation;

/**
 * The rules of a meeting's booking: its own content, and the routine's window for an ordinary follow-up meeting
 * ("senast inom 6–8 veckor" after the start or the previous meeting). Pure functions of the booking and the dates they
 * are given; {@link Uppfoljning} decides which apply from its state. A {@code prefix} names where the booking stands in
 * the command ({@code ""} for a booking of its own, {@code "nastaMote."} for the next meeting booked at a meeting).
 */
public final class Bokningsregler {

    private Bokningsregler() {
    }

    /** A booking's own rules; {@code idag} null for a booking made at a meeting registered afterwards. */
    public static void bokningen(Bokning b, String prefix, LocalDate idag) {
        rule(b != null && b.datum() != null, prefix + "datum", "DATUM_KRAVS", "Ange mötets datum.");
        BusinessDates.plausible(prefix + "datum", b.datum());
        rule(idag == null || !b.datum().isBefore(idag), prefix + "datum", "DATUM_PASSERAT", "Ett möte bokas inte bakåt i tiden.");
        rule(!blank(b.plats()), prefix + "plats", "PLATS_KRAVS", "Ange var mötet hålls.");
        Set<Deltagare> inbjudna = b.inbjudna() == null ? Set.of() : b.inbjudna();
        rule(inbjudna.contains(Deltagare.ANSVARIG_UTFORARE), prefix + "inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN",
                "Kalla ansvarig utförare till mötet.");
        rule(inbjudna.contains(Deltagare.BARNET) || inbjudna.contains(Deltagare.VARDNADSHAVARE), prefix + "inbjudna",
                "FAMILJEN_BJUDS_IN", "Kalla familjen – barnet och vårdnadshavarna – till mötet.");
    }

    /**
     * An ordinary follow-up after the reference date and at the latest 8 weeks after it ("senast inom 6–8 veckor"), or
     * later with a stated reason. Not on or before the reference date: the first meeting ({@code forsta}) follows the
     * start ("efter att insatsen har verkställts"), a next one the previous meeting.
     */
    public static void fonster(LocalDate referens, Bokning b, String prefix, boolean forsta) {
        if (!b.datum().isAfter(referens)) {
            throw forsta
                    ? new RuleViolation(prefix + "datum", "FORE_START", "Uppföljningsmötet hålls efter insatsens start " + referens + ".")
                    : new RuleViolation(prefix + "datum", "EFTER_MOTET_KRAVS", "Nästa möte ska vara efter föregående möte " + referens + ".");
        }
        rule(inomFonster(referens, b.datum()) || !blank(b.skalUtanforFonster()), prefix + "datum", "UTANFOR_6_8_VECKOR",
                "Uppföljningsmötet ska hållas senast inom 6–8 veckor efter " + (forsta ? "start" : "föregående möte") + " ("
                        + referens + "), senast " + referens.plusDays(Uppfoljning.ATTA_VECKOR) + ". Ange skälet i " + prefix
                        + "skalUtanforFonster för ett senare datum.");
    }

    /**
     * The next meeting booked at a held meeting ({@code motesdatum}): a booking of its own, after the meeting, and – an
     * ordinary follow-up – within the window from it unless a reason is stated.
     */
    public static void nastaMote(Bokning nasta, Motesslag slag, LocalDate motesdatum) {
        bokningen(nasta, "nastaMote.", null);
        rule(nasta.datum().isAfter(motesdatum), "nastaMote.datum", "EFTER_MOTET_KRAVS", "Nästa möte ska vara efter detta möte.");
        rule(slag != Motesslag.UPPFOLJNING || inomFonster(motesdatum, nasta.datum()) || !blank(nasta.skalUtanforFonster()),
                "nastaMote.datum", "UTANFOR_6_8_VECKOR", "Nästa uppföljningsmöte ska hållas senast inom 6–8 veckor efter "
                        + "detta möte, senast " + motesdatum.plusDays(Uppfoljning.ATTA_VECKOR)
                        + ". Ange skälet i nastaMote.skalUtanforFonster för ett senare datum.");
    }

    /**
     * Whether a date is within the routine's window: after the reference date and at the latest 8 weeks (56 days) after
     * it ("senast inom 6–8 veckor").
     */
    public static boolean inomFonster(LocalDate referens, LocalDate datum) {
        long d = ChronoUnit.DAYS.between(referens, datum);
        return d >= 1 && d <= Uppfoljning.ATTA_VECKOR;
    }

    /** Days from the reference date to the meeting (null without a reference date). */
    public static Integer dagar(LocalDate referens, LocalDate datum) {
        return referens == null ? null : (int) ChronoUnit.DAYS.between(referens, datum);
    }
}
