package se.barnunga.concern.domain;

/** The outcome of the preliminary assessment (förhandsbedömning, 20 kap. 2 § SoL). */
public enum Forhandsbeslut {
    /** Open an investigation. */
    INLED_UTREDNING,
    /** Do not open an investigation. */
    INLED_INTE_UTREDNING,
    /** Added to an investigation that is already ongoing. */
    TILLFORS_PAGAENDE_UTREDNING
}
