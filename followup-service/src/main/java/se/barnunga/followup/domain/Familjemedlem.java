package se.barnunga.followup.domain;

/**
 * A member of the child's family, by role, never by name: who gave a complaint or view, who received the performer's
 * summary.
 */
public enum Familjemedlem {
    BARNET, VARDNADSHAVARE, ANNAN_FAMILJEMEDLEM
}
