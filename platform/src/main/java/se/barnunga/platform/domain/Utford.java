package se.barnunga.platform.domain;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * Who did a domain event – the staff member, the role the routine names for the step, and the unit – kept in the
 * metadata of every event an aggregate applies, and read back by case files, checklists and histories. The one place
 * the metadata keys are defined.
 *
 * @param userId staff id (never a personnummer)
 * @param roll   the role's claim, e.g. {@code socialsekreterare}
 * @param enhet  the unit code
 */
public record Utford(String userId, String roll, String enhet) {

    public static final String UTFORD_AV = "utfordAv";
    public static final String ROLL = "roll";
    public static final String ENHET = "enhet";

    /** The metadata of an event done by the actor in the role. */
    public static MetaData metadata(Actor actor, Roll roll) {
        return MetaData.with(UTFORD_AV, actor.userId()).and(ROLL, roll.claim()).and(ENHET, actor.enhet());
    }

    /** Applies the event in the current aggregate with who did it as metadata. */
    public static void apply(Actor actor, Roll roll, Object event) {
        AggregateLifecycle.apply(event, metadata(actor, roll));
    }

    /** Who did the event, from its metadata (fields are null for events without it). */
    public static Utford av(Message<?> message) {
        MetaData m = message.getMetaData();
        return new Utford((String) m.get(UTFORD_AV), (String) m.get(ROLL), (String) m.get(ENHET));
    }

    /** Whether the event was done by this actor in this role and unit (for tests and audits). */
    public boolean ar(Actor actor, Roll roll) {
        return actor.userId().equals(userId) && roll.claim().equals(this.roll) && actor.enhet().equals(enhet);
    }
}
