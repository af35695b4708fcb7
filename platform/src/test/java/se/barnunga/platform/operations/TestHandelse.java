package se.barnunga.platform.operations;

/** The event of the test projection; its text decides how the handler behaves (see {@link TestProjektion}). */
public record TestHandelse(String text) {
}
