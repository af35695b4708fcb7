package se.barnunga.assignment.domain;

/** Who leads the planning meeting. */
public enum Motesledning {
    SOCIALSEKRETERARE, ANSVARIG_UTFORARE, GEMENSAM
}
