package se.barnunga.concern.domain;

import java.util.Objects;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Who a concern is addressed to: a named social secretary in her unit, or the reception unit or Socialjouren as a
 * function (anyone with that role in that unit).
 *
 * @param typ               the kind of recipient
 * @param enhet             the recipient's unit code
 * @param socialsekreterare staff id when {@code typ} is {@link Mottagartyp#SOCIALSEKRETERARE}, otherwise {@code null}
 */
public record Mottagare(Mottagartyp typ, String enhet, String socialsekreterare) {

    public Mottagare {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(enhet, "enhet");
        if ((typ == Mottagartyp.SOCIALSEKRETERARE) != (socialsekreterare != null)) {
            throw new IllegalArgumentException("a social secretary recipient names the staff member, a function does not");
        }
    }

    public static Mottagare socialsekreterare(String userId, String enhet) {
        return new Mottagare(Mottagartyp.SOCIALSEKRETERARE, enhet, userId);
    }

    public static Mottagare mottagning(String enhet) {
        return new Mottagare(Mottagartyp.MOTTAGNING, enhet, null);
    }

    public static Mottagare socialjour(String enhet) {
        return new Mottagare(Mottagartyp.SOCIALJOUR, enhet, null);
    }

    /** The role a recipient of this kind acts in. */
    public Roll roll() {
        switch (typ) {
            case SOCIALSEKRETERARE:
                return Roll.SOCIALSEKRETERARE;
            case MOTTAGNING:
                return Roll.MOTTAGNING;
            default:
                return Roll.SOCIALJOUR;
        }
    }

    /** The recipient as the staff read it, without naming anyone. */
    public String beskrivning() {
        switch (typ) {
            case SOCIALSEKRETERARE:
                return "ansvarig socialsekreterare";
            case MOTTAGNING:
                return "mottagningen";
            default:
                return "Socialjouren";
        }
    }

    /** Whether the actor is this recipient: the named secretary, or a member of the function's unit with its role. */
    public boolean ar(Actor actor) {
        switch (typ) {
            case SOCIALSEKRETERARE:
                return actor.has(Roll.SOCIALSEKRETERARE) && actor.userId().equals(socialsekreterare);
            case MOTTAGNING:
                return actor.has(Roll.MOTTAGNING) && actor.enhet().equals(enhet);
            case SOCIALJOUR:
                return actor.has(Roll.SOCIALJOUR) && actor.enhet().equals(enhet);
            default:
                return false;
        }
    }
}
