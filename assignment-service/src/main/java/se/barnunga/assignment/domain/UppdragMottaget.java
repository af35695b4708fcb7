package se.barnunga.assignment.domain;

import java.time.Instant;

/** Internal event: the performing unit confirmed receipt of the assignment. */
public record UppdragMottaget(String uppdragId, String utforarenhet, String mottagetAv, Instant mottaget) {
}
