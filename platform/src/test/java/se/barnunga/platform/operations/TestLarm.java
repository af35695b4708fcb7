package se.barnunga.platform.operations;

/** The event of the live-batch test projection ({@link TestLarmProjektion}); a text with a NUL cannot be stored. */
public record TestLarm(long belopp, String text) {
}
