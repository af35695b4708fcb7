package se.barnunga.assignment.domain;

/** What the performing unit reports it cannot do. */
public enum Hinder {
    KAN_INTE_TA_SIG_AN, KAN_INTE_VERKSTALLA_INOM_SKALIG_TID
}
