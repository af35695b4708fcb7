package se.barnunga.contracts;

/**
 * A child as it may appear on Kafka: never a personnummer or a name, only a stable pseudonym (keyed HMAC-SHA256 of
 * the personnummer, lowercase hex) and what statistics need.
 *
 * @param pseudonym stable pseudonym of the child, 64 lowercase hex characters
 * @param kon       {@code MAN} or {@code KVINNA}, as derived from the personnummer
 * @param fodelsear the child's year of birth
 */
public record Barn(String pseudonym, String kon, int fodelsear) {
}
