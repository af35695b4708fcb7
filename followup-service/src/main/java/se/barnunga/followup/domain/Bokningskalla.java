package se.barnunga.followup.domain;

/** Where a booking came from: the planning meeting (assignment-service), the previous follow-up meeting, or a booking of its own. */
public enum Bokningskalla {
    PLANERINGSMOTE, UPPFOLJNINGSMOTE, BOKNING
}
