package se.barnunga.platform.operations;

/** The event of the replay test projection ({@link TestSaldoProjektion}); a text with a NUL cannot be stored. */
public record TestSaldo(long belopp, String text) {
}
