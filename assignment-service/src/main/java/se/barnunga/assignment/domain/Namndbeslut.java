package se.barnunga.assignment.domain;

import java.time.LocalDate;

/**
 * The committee's decision (nämndbeslut) that an intervention is given under 11 § LVU: its reference (e.g. the
 * minutes' paragraph), its date and who took it – the committee, its section or a delegate per the delegation order,
 * never the handling social secretary alone. Stays in this service.
 */
public record Namndbeslut(String referens, LocalDate datum, Beslutsfattare beslutsfattare) {
    @Override
    public String toString() {
        return "Namndbeslut[***]";
    }
}
