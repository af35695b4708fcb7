package se.barnunga.followup.domain;

/** Why the intervention ended, as learned from the assignment-service. */
public enum Avslutsorsak {
    INSATS_AVSLUTAD, BESLUT_ATERKALLAT;

    /**
     * Whether the end strikes a booked meeting of this kind: a follow-up meeting will not be held once the intervention
     * ended, while its closing meeting still may – unless the decision was revoked.
     */
    public boolean stryker(Motesslag bokat) {
        return this == BESLUT_ATERKALLAT || bokat == Motesslag.UPPFOLJNING;
    }
}
