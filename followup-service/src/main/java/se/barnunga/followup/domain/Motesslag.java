package se.barnunga.followup.domain;

/** A follow-up meeting (appendix 2) or the closing meeting (appendix 3). */
public enum Motesslag {
    UPPFOLJNING, AVSLUTNING
}
