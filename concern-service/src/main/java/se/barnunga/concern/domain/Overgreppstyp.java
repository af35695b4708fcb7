package se.barnunga.concern.domain;

/**
 * The kinds of abuse a concern may be suspected to be about, in the routine's words ("vid misstanke om fysiskt,
 * psykiskt eller sexuellt övergrepp ska inte vårdnadshavare eller annan familjemedlem informeras", seed 000, body
 * section "Överlämna information om oro i pågående ärende"). By anyone, not only a parent or other close person.
 */
public enum Overgreppstyp {
    FYSISKT,
    PSYKISKT,
    SEXUELLT
}
