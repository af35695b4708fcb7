package se.barnunga.contracts.uppfoljning;

/**
 * One goal's rating at a follow-up or closing meeting, on the BBIC four-step scale.
 *
 * @param malId      the goal's id, as in the assignment's {@code mal}
 * @param bbicOmrade the goal's BBIC need area (e.g. {@code HALSA}); null when the assignment's goals have not been
 *                   received
 * @param skala      {@code POSITIV_FORANDRING_MAL_UPPFYLLT}, {@code POSITIV_FORANDRING_MAL_EJ_UPPFYLLT},
 *                   {@code INGEN_FORANDRING} or {@code NEGATIV_FORANDRING}
 */
public record Malbedomning(String malId, String bbicOmrade, String skala) {
}
