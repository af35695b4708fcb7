package se.barnunga.followup.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** Value objects of the follow-up record. */
public final class Varden {

    private Varden() {
    }

    /**
     * The child as the assignment-service publishes it: a pseudonym with sex and birth year – the follow-up-service
     * never holds a personnummer or a name.
     */
    public record Barn(String pseudonym, String kon, int fodelsear) {
    }

    /** One goal of the assignment: its id and BBIC need area (the goal's wording stays with the assignment). */
    public record Mal(String malId, String bbicOmrade) {
    }

    /** The performer's account of the work with one goal, in the summary before a meeting. */
    public record Malarbete(String malId, String beskrivning) {
    }

    /**
     * A goal's rating as given at a meeting: the BBIC step, what changed, and optionally the goal for the coming period
     * (seed 002: "Mål för kommande period – här anges vad som återstår att göra").
     */
    public record Bedomning(String malId, Bbicskala skala, String forandring, String malForKommandePeriod) {

        public Bedomning(String malId, Bbicskala skala, String forandring) {
            this(malId, skala, forandring, null);
        }
    }

    /** A rating as recorded: with the goal's BBIC area, so statistics and the public event need nothing else. */
    public record Malbedomning(String malId, String bbicOmrade, Bbicskala skala, String forandring, String malForKommandePeriod) {

        public Malbedomning(String malId, String bbicOmrade, Bbicskala skala, String forandring) {
            this(malId, bbicOmrade, skala, forandring, null);
        }
    }

    /** A booking: date, optional time, place, who is invited, and the reason for a date later than 8 weeks. */
    public record Bokning(LocalDate datum, LocalTime klockslag, String plats, Set<Deltagare> inbjudna, String skalUtanforFonster) {
    }
}
