package se.barnunga.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Swedish working days. Public holidays and the eves that are days off in practice (midsommarafton, julafton,
 * nyårsafton) come from jollyday's Swedish calendar – a maintained library rather than our own list, so Easter and
 * midsummer are computed for every year. A working day is a weekday that is none of them.
 */
public final class Arbetskalender {

    private static final Arbetskalender SVERIGE =
            new Arbetskalender(HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN)));

    private final HolidayManager helgdagar;

    private Arbetskalender(HolidayManager helgdagar) {
        this.helgdagar = helgdagar;
    }

    /** The Swedish calendar (thread-safe, shared). */
    public static Arbetskalender sverige() {
        return SVERIGE;
    }

    /** A public holiday or a holiday eve (midsommarafton, julafton, nyårsafton). */
    public boolean arHelgdag(LocalDate dag) {
        return helgdagar.isHoliday(dag);
    }

    /** Monday to Friday and not a holiday or holiday eve. */
    public boolean arArbetsdag(LocalDate dag) {
        DayOfWeek veckodag = dag.getDayOfWeek();
        return veckodag != DayOfWeek.SATURDAY && veckodag != DayOfWeek.SUNDAY && !arHelgdag(dag);
    }

    /** The first working day strictly after {@code dag}. */
    public LocalDate nastaArbetsdag(LocalDate dag) {
        LocalDate d = dag.plusDays(1);
        while (!arArbetsdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The date {@code antal} working days after {@code dag} (0 gives {@code dag} itself). */
    public LocalDate plusArbetsdagar(LocalDate dag, int antal) {
        if (antal < 0) {
            throw new IllegalArgumentException("antal < 0");
        }
        LocalDate d = dag;
        for (int i = 0; i < antal; i++) {
            d = nastaArbetsdag(d);
        }
        return d;
    }
}
