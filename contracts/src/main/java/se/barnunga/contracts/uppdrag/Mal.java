package se.barnunga.contracts.uppdrag;

/**
 * A goal of an assignment as it may appear on Kafka: only its id and the BBIC need area it belongs to, never the
 * wording of the goal (which is free text about the family and stays in the assignment-service). Not an event itself;
 * carried in lists by {@link UppdragSkickat} and {@link InsatsBeviljad}.
 *
 * @param malId      id of the goal (uuid), stable across events so that follow-ups can refer to it
 * @param bbicOmrade code of the BBIC need area the goal belongs to, from a configurable list (e.g. {@code HALSA})
 */
public record Mal(String malId, String bbicOmrade) {
}
