package se.barnunga.deadline.domain;

/** Which stop events end which watch of a rule. */
public enum Matchning {
    /** Any such event of the case. */
    ARENDET,
    /** Only the event about the same occurrence (its occurrence field equals the watch's, e.g. the interruption date). */
    SAMMA_FOREKOMST,
    /** A later event of the case: dated on or after the watch's start date, and not the start event itself. */
    SENARE,
    /** A submitted IVO report ({@code kvartal}) for the quarter of the watch's start date or a later one. */
    KVARTAL
}
