package se.barnunga.assignment.domain;

import java.time.LocalDate;

/**
 * The decision on care under LVU that a decision under 11 § LVU rests on (the routine: "även under tiden för vård
 * enligt LVU … får nämnden ta ställning till om insatserna i stället kan ges med stöd av 11 § LVU"): its reference
 * (the court's or the committee's) and its date. Stays in this service.
 */
public record LvuVard(String beslutsreferens, LocalDate beslutsdatum) {
    @Override
    public String toString() {
        return "LvuVard[***]";
    }
}
