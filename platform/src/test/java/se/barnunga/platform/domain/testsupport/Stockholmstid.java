package se.barnunga.platform.domain.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import se.barnunga.platform.time.ClockProducer;

/** The fixtures' times written as Stockholm local time ({@link ClockProducer#ZONE}), as instants. */
public final class Stockholmstid {

    private Stockholmstid() {
    }

    /** A local date-time in Stockholm ({@code 2026-03-10T10:00}) as an instant. */
    public static Instant kl(String lokalTid) {
        return LocalDateTime.parse(lokalTid).atZone(ClockProducer.ZONE).toInstant();
    }

    /** Stockholm time on a date as an instant. */
    public static Instant kl(LocalDate dag, int timme, int minut) {
        return dag.atTime(LocalTime.of(timme, minut)).atZone(ClockProducer.ZONE).toInstant();
    }
}
