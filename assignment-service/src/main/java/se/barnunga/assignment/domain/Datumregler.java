package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.rule;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.platform.domain.BusinessDates;
import se.barnunga.platform.time.ClockProducer;

/** The date rules the commands of an {@link Uppdrag} share: business dates are Swedish dates of the command's time. */
final class Datumregler {

    private Datumregler() {
    }

    /** The Swedish business date of an instant. */
    static LocalDate datum(Instant tidpunkt) {
        return LocalDate.ofInstant(tidpunkt, ClockProducer.ZONE);
    }

    /** The date of something that has happened: given, reasonable, and not after the day of the command. */
    static void inteIFramtiden(String falt, LocalDate datum, Instant nu) {
        rule(datum != null, falt, "DATUM_KRAVS", "Ange datum.");
        BusinessDates.plausible(falt, datum);
        rule(!datum.isAfter(datum(nu)), falt, "DATUM_I_FRAMTIDEN", "Datumet ligger i framtiden; registrera det som har hänt.");
    }
}
