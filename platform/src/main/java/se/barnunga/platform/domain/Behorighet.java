package se.barnunga.platform.domain;

/**
 * Who may do a step of a case, by the routine's roles: the social secretary of the unit that owns the case
 * ({@code myndighetsenhet}), the metodhandledare (or, in her absence, the enhetschef) of the performing unit
 * ({@code utforarenhet}), and the performer the metodhandledare appointed ({@code ansvarigUtforare}). The one place for
 * these checks, shared by the aggregates that carry a case's units and people ({@code Uppdrag}, {@code Uppfoljning}).
 * Each check returns the role the actor acted in, which goes into the event's metadata ({@link PerformedBy}), or fails with
 * {@link NotPermitted} (403) – or {@link StateConflict} (409) when the step needs an ansvarig utförare not yet appointed.
 *
 * @param myndighetsenhet  the unit that owns the case
 * @param utforarenhet     the performing unit (null before one is known)
 * @param ansvarigUtforare the appointed performer's user id (null before one is appointed)
 */
public record Behorighet(String myndighetsenhet, String utforarenhet, String ansvarigUtforare) {

    /** The rule code of a step that needs the ansvarig utförare before one is appointed. */
    public static final String ANSVARIG_UTFORARE_SAKNAS = "ANSVARIG_UTFORARE_SAKNAS";

    /** The social secretary of the owning unit. */
    public Roll socialsekreterare(Actor actor, String aktivitet) {
        actor.require(Roll.SOCIALSEKRETERARE, aktivitet);
        Guards.permitted(actor.enhet().equals(myndighetsenhet),
                aktivitet + " görs av en socialsekreterare på den enhet som äger ärendet.");
        return Roll.SOCIALSEKRETERARE;
    }

    /**
     * The uppdragsmottagare of the performing unit: "Vanligtvis metodhandledare, annars enhetschef, på utförarenheten"
     * (the routine's footnote 1; its definitions: "metodhandledare eller vid dennes frånvaro närmaste chef"). Returns
     * the role she acted in, so the case shows an enhetschef acting in the metodhandledare's stead.
     */
    public Roll metodhandledare(Actor actor, String aktivitet) {
        Guards.permitted(actor.has(Roll.METODHANDLEDARE) || actor.has(Roll.ENHETSCHEF),
                aktivitet + " görs av rollen " + Roll.METODHANDLEDARE.claim() + " (annars " + Roll.ENHETSCHEF.claim()
                        + ") på utförarenheten");
        Guards.permitted(actor.enhet().equals(utforarenhet),
                aktivitet + " görs av metodhandledaren (annars enhetschefen) på den tillfrågade utförarenheten.");
        return actor.has(Roll.METODHANDLEDARE) ? Roll.METODHANDLEDARE : Roll.ENHETSCHEF;
    }

    /** The performing unit: its metodhandledare or enhetschef, or the case's ansvarig utförare. */
    public Roll utforarenheten(Actor actor, String aktivitet) {
        if ((actor.has(Roll.METODHANDLEDARE) || actor.has(Roll.ENHETSCHEF)) && actor.enhet().equals(utforarenhet)) {
            return actor.has(Roll.METODHANDLEDARE) ? Roll.METODHANDLEDARE : Roll.ENHETSCHEF;
        }
        Guards.permitted(actor.has(Roll.UTFORARE),
                aktivitet + " görs av utförarenhetens metodhandledare, enhetschef eller ansvarig utförare.");
        return ansvarigUtforare(actor, aktivitet);
    }

    /** The appointed performer, of the performing unit. */
    public Roll ansvarigUtforare(Actor actor, String aktivitet) {
        actor.require(Roll.UTFORARE, aktivitet);
        Guards.permitted(actor.enhet().equals(utforarenhet),
                aktivitet + " görs av ansvarig utförare på den utförarenhet som har uppdraget.");
        Guards.state(ansvarigUtforare != null, ANSVARIG_UTFORARE_SAKNAS,
                "Ingen ansvarig utförare är utsedd för uppdraget.");
        Guards.permitted(actor.userId().equals(ansvarigUtforare), aktivitet + " görs av uppdragets ansvariga utförare.");
        return Roll.UTFORARE;
    }

    /** Steps both may record (förmöte, planeringsmöte, avbrott, follow-up meetings): the role the actor acted in. */
    public Roll socialsekreterareEllerAnsvarigUtforare(Actor actor, String aktivitet) {
        if (actor.has(Roll.SOCIALSEKRETERARE) && actor.enhet().equals(myndighetsenhet)) {
            return Roll.SOCIALSEKRETERARE;
        }
        Guards.permitted(actor.has(Roll.UTFORARE),
                aktivitet + " görs av ärendets socialsekreterare eller ansvarig utförare.");
        return ansvarigUtforare(actor, aktivitet);
    }
}
