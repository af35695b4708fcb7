package se.barnunga.assignment.domain;

/** Why an intervention was closed. */
public enum Avslutsskal {
    MALEN_UPPFYLLDA, BESLUTSPERIOD_UTGANGEN, NY_UTREDNING, ENSKILD_AVBOJER, FLYTTAT, ANNAT
}
