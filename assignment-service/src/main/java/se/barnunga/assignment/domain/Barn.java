package se.barnunga.assignment.domain;

import java.util.Objects;

import se.barnunga.platform.identity.Personnummer;

/**
 * The child of an assignment, as the assignment-service holds it internally (personal data: never logged, never on
 * Kafka). {@link #toString()} masks everything.
 *
 * @param personnummer the normalised 12-digit personnummer or samordningsnummer
 * @param fornamn      given name
 * @param efternamn    family name
 * @param kon          sex, as derived from the personnummer
 * @param fodelsear    year of birth
 */
public record Barn(String personnummer, String fornamn, String efternamn, Personnummer.Kon kon, int fodelsear) {

    public Barn {
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(kon, "kon");
    }

    public static Barn of(Personnummer personnummer, String fornamn, String efternamn) {
        return new Barn(personnummer.normalized(), fornamn, efternamn, personnummer.sex(), personnummer.birthYear());
    }

    @Override
    public String toString() {
        return "Barn[***]";
    }
}
