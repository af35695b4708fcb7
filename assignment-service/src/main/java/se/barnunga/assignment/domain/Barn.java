package se.barnunga.assignment.domain;

import java.time.LocalDate;
import java.util.Objects;

import se.barnunga.platform.identity.Personnummer;

/**
 * The child of an assignment, as the assignment-service holds it internally (personal data: never logged, never on
 * Kafka). {@link #toString()} masks everything.
 *
 * @param personnummer  the normalised 12-digit personnummer or samordningsnummer
 * @param fornamn       given name
 * @param efternamn     family name
 * @param kon           sex, as derived from the personnummer
 * @param fodelsear     year of birth
 * @param fodelsedatum  date of birth (a samordningsnummer's day minus 60)
 */
public record Barn(String personnummer, String fornamn, String efternamn, Personnummer.Kon kon, int fodelsear,
                   LocalDate fodelsedatum) {

    public Barn {
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(kon, "kon");
        Objects.requireNonNull(fodelsedatum, "fodelsedatum");
    }

    public static Barn of(Personnummer personnummer, String fornamn, String efternamn) {
        return new Barn(personnummer.normalized(), fornamn, efternamn, personnummer.sex(), personnummer.birthYear(),
                personnummer.birthDate());
    }

    /** Age in whole years on a date (the child is 15 on its 15th birthday). */
    public int alderPa(LocalDate datum) {
        return java.time.Period.between(fodelsedatum, datum).getYears();
    }

    @Override
    public String toString() {
        return "Barn[***]";
    }
}
