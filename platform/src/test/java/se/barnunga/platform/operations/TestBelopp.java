package se.barnunga.platform.operations;

/** The event of the rebuild test projection ({@link TestSummaProjektion}). */
public record TestBelopp(long belopp, String text) {
}
