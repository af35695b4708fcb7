package se.barnunga.platform.api;

import java.time.Clock;
import java.time.LocalDate;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.BusinessDates;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;

/**
 * The selection of a report (statistics, quality indicators, registers): the unit it covers and its period. The
 * rapportör may choose any unit or all ({@code enhet} null); anyone else sees their own unit, and asking for another is
 * a 403. The period runs from {@code fran} to {@code till}, both included; a period whose end lies before its start is
 * a 422 {@code PERIOD_OGILTIG} on {@code till}, and an absurd date a 422 {@code DATUM_ORIMLIGT} ({@link BusinessDates#plausible}).
 *
 * @param enhet the unit the report covers, or null for every unit (rapportör only)
 * @param fran  the first day of the period
 * @param till  the last day of the period
 */
public record Rapporturval(String enhet, LocalDate fran, LocalDate till) {

    /**
     * The unit and period of a report: the caller's unit unless a rapportör (see {@link #enhet}), and by default the
     * current year up to and including today.
     *
     * @param annanEnhet the 403's detail when someone other than a rapportör asks for another unit
     */
    public static Rapporturval av(Actor actor, String enhet, LocalDate fran, LocalDate till, Clock clock, String annanEnhet) {
        String urvalsenhet = enhet(actor, enhet, annanEnhet);
        LocalDate idag = LocalDate.now(clock);
        LocalDate start = fran == null ? idag.withDayOfYear(1) : BusinessDates.plausible("fran", fran);
        LocalDate slut = till == null ? idag : BusinessDates.plausible("till", till);
        kontrolleraOrdning(start, slut);
        return new Rapporturval(urvalsenhet, start, slut);
    }

    /**
     * The unit a caller's report or list covers: the asked one (null for all) for the rapportör, otherwise the caller's
     * own; another unit than the caller's own is a 403 with the given detail.
     */
    public static String enhet(Actor actor, String enhet, String annanEnhet) {
        if (actor.has(Roll.RAPPORTOR)) {
            return enhet;
        }
        if (enhet != null && !enhet.equals(actor.enhet())) {
            throw new NotPermitted(annanEnhet);
        }
        return actor.enhet();
    }

    /**
     * Checks an optional period (either end may be null): each date reasonable, and the end not before the start.
     */
    public static void kontrolleraPeriod(LocalDate fran, LocalDate till) {
        BusinessDates.plausible("fran", fran);
        BusinessDates.plausible("till", till);
        if (fran != null && till != null) {
            kontrolleraOrdning(fran, till);
        }
    }

    private static void kontrolleraOrdning(LocalDate fran, LocalDate till) {
        if (till.isBefore(fran)) {
            throw new RuleViolation("till", "PERIOD_OGILTIG", "Periodens slut ligger före dess början.");
        }
    }
}
