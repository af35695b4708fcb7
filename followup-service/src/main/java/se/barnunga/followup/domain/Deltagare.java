package se.barnunga.followup.domain;

/** Who is invited to or took part in a meeting (by role, never by name). */
public enum Deltagare {
    BARNET, VARDNADSHAVARE, ANNAN_NARSTAENDE, SOCIALSEKRETERARE, ANSVARIG_UTFORARE, METODHANDLEDARE, TOLK, ANNAN
}
