package se.barnunga.assignment.domain;

/**
 * The level of the municipality's delegation order (delegationsordning) at which a decision was taken (SOSFS 2014:5
 * 4 kap. 13 § 6: "vilken nämnd eller person … som har fattat beslutet"; the routine: "i enlighet med gällande
 * delegationsordning"). The system records the level; whether the delegation order gives the decision to that level
 * is the decision-maker's responsibility, with one exception the routine makes itself: a decision under 11 § LVU is
 * the committee's ("får nämnden ta ställning"), never the handling social secretary's own ({@link #arNamndensDelegat()}).
 */
public enum Delegationsniva {
    /** The social welfare committee (socialnämnden) itself. */
    NAMND,
    /** A section of the committee (utskott, e.g. "Sociala utskottet"). */
    UTSKOTT,
    /** The committee's chair (or another member) in a matter that cannot wait. */
    ORDFORANDE,
    /** An official with delegation at the level of head of department (avdelningschef, sektionschef). */
    AVDELNINGSCHEF,
    /** An official with delegation at the level of head of unit (enhetschef). */
    ENHETSCHEF,
    /** The handling social secretary (handläggare) with delegation. */
    SOCIALSEKRETERARE;

    /** Whether the level is a body of the committee (no personal title is documented for it). */
    public boolean arOrgan() {
        return this == NAMND || this == UTSKOTT;
    }

    /** Whether a decision at this level is the committee's (itself or by delegation above the handling officer). */
    public boolean arNamndensDelegat() {
        return this != SOCIALSEKRETERARE;
    }
}
