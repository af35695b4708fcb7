package se.barnunga.assignment.domain;

/**
 * Who took a decision (SOSFS 2014:5 4 kap. 13 § 6 and 17 § 3: "namn och befattning eller titel"): a person with name
 * and title, or a body of the committee by its name (e.g. "Sociala utskottet"), and the delegation level. Staff data:
 * stays in this service, never on Kafka.
 *
 * @param namn            the person's name, or the body's name
 * @param titel           the person's title or position; not needed for a body ({@link Delegationsniva#arOrgan()})
 * @param delegationsniva the level of the delegation order the decision was taken at
 */
public record Beslutsfattare(String namn, String titel, Delegationsniva delegationsniva) {

    /**
     * The first missing item as its field path under {@code prefix}, or {@code null}.
     */
    public String forstaSaknade(String prefix) {
        if (namn == null || namn.isBlank()) {
            return prefix + ".namn";
        }
        if (delegationsniva == null) {
            return prefix + ".delegationsniva";
        }
        if (!delegationsniva.arOrgan() && (titel == null || titel.isBlank())) {
            return prefix + ".titel";
        }
        return null;
    }

    @Override
    public String toString() {
        return "Beslutsfattare[" + delegationsniva + "]";
    }
}
