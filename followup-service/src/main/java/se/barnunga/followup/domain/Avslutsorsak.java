package se.barnunga.followup.domain;

/** Why the intervention ended, as learned from the assignment-service. */
public enum Avslutsorsak {
    INSATS_AVSLUTAD, BESLUT_ATERKALLAT
}
