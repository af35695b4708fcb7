package se.barnunga.assignment.domain;

/** Why an intervention was interrupted. */
public enum Avbrottsorsak {
    ENSKILDS_BEGARAN, BARNET_EJ_TILLGANGLIGT, UTFORARE_SAKNAS, ANNAT
}
