package se.barnunga.deadline.domain;

import java.util.List;

/**
 * An event that starts, meets or cancels a rule's watch, as data.
 *
 * @param handelse  the event type as on the wire, e.g. {@code InsatsVerkställd}
 * @param villkor   conditions on its fields (all must hold)
 * @param datumfalt the field holding the date that counts (start date, the date the deadline was met, the date of the
 *                  cancellation); null means the day the event happened
 * @param matchning for stop events: which watches of the rule it ends
 * @param orsak     for cancelling events: the reason published in {@code BevakningAvbruten}
 * @param efterPasseradRegel for start events: only when the named rule's watch of the same occurrence had passed and
 *                  was still open on this event's date (e.g. a decision carried out after it was reported to IVO)
 */
public record Handelsemonster(String handelse, List<Villkor> villkor, String datumfalt, Matchning matchning, String orsak,
                              String efterPasseradRegel) {

    public static Handelsemonster start(String handelse, String datumfalt, Villkor... villkor) {
        return new Handelsemonster(handelse, List.of(villkor), datumfalt, null, null, null);
    }

    public static Handelsemonster startEfterPasserad(String handelse, String datumfalt, String regel) {
        return new Handelsemonster(handelse, List.of(), datumfalt, null, null, regel);
    }

    public static Handelsemonster uppfylls(String handelse, String datumfalt, Matchning matchning, Villkor... villkor) {
        return new Handelsemonster(handelse, List.of(villkor), datumfalt, matchning, null, null);
    }

    public static Handelsemonster avbryts(String handelse, String datumfalt, String orsak, Villkor... villkor) {
        return new Handelsemonster(handelse, List.of(villkor), datumfalt, Matchning.ARENDET, orsak, null);
    }

    public boolean passar(Faktum f, Arendelage arende) {
        return handelse.equals(f.typ()) && villkor.stream().allMatch(v -> v.uppfylls(f, arende));
    }
}
