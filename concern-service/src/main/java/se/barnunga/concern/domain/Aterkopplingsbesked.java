package se.barnunga.concern.domain;

/** Feedback to a professional reporter (19 kap. 6 § SoL): whether an investigation was opened, is ongoing, or not. */
public enum Aterkopplingsbesked {
    UTREDNING_INLEDD,
    UTREDNING_PAGAR,
    INGEN_UTREDNING
}
