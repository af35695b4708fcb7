package se.barnunga.followup.domain;

/** What an adjusted intervention changes. */
public enum Justering {
    INTENSITET, INNEHALL, INTENSITET_OCH_INNEHALL
}
