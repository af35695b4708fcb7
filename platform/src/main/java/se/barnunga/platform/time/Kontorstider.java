package se.barnunga.platform.time;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Office hours: working days ({@link Arbetskalender}) from {@code oppnar} (inclusive) to {@code stanger} (exclusive),
 * in Europe/Stockholm. With 08:00–17:00, 16:59 is inside and 17:00 is outside.
 *
 * @param oppnar   when the offices open
 * @param stanger  when they close
 * @param kalender which days are working days
 */
public record Kontorstider(LocalTime oppnar, LocalTime stanger, Arbetskalender kalender) {

    public Kontorstider {
        Objects.requireNonNull(oppnar, "oppnar");
        Objects.requireNonNull(stanger, "stanger");
        Objects.requireNonNull(kalender, "kalender");
        if (!oppnar.isBefore(stanger)) {
            throw new IllegalArgumentException("Kontorstiden måste öppna före den stänger: " + oppnar + "–" + stanger);
        }
    }

    public static Kontorstider of(LocalTime oppnar, LocalTime stanger) {
        return new Kontorstider(oppnar, stanger, Arbetskalender.sverige());
    }

    /** Whether the instant falls within office hours, in Europe/Stockholm. */
    public boolean arKontorstid(Instant tidpunkt) {
        ZonedDateTime t = tidpunkt.atZone(ClockProducer.ZONE);
        LocalTime klockslag = t.toLocalTime();
        return kalender.arArbetsdag(t.toLocalDate()) && !klockslag.isBefore(oppnar) && klockslag.isBefore(stanger);
    }
}
