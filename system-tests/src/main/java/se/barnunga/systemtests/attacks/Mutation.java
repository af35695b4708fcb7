package se.barnunga.systemtests.attacks;

/**
 * One hostile request derived from a valid one by changing one thing.
 *
 * @param kind       what was changed, e.g. {@code control:NUL} – names the mutation in findings, never the value
 * @param target     where: a body field's JSON path ({@code barn.fornamn}), {@code query:<name>}, {@code path:<name>},
 *                   {@code header:<name>} or {@code (body)}
 * @param mustRefuse whether the README promises to refuse it (a 2xx is then a finding): control characters, unpaired
 *                   surrogates, duplicated keys, trailing content, wrong media types, duplicated query parameters,
 *                   malformed JSON, unknown properties, missing required fields, values of the wrong JSON type
 * @param request    the request to send
 */
record Mutation(String kind, String target, boolean mustRefuse, Http.Request request) {
}
