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
public record PerformedBy(String userId, String roll, String enhet) {

    public static final String USER_ID = "utfordAv";
    public static final String ROLE = "roll";
    public static final String UNIT = "enhet";

    /** The metadata of an event done by the actor in the role. */
    public static MetaData metadata(Actor actor, Roll roll) {
        return MetaData.with(USER_ID, actor.userId()).and(ROLE, roll.claim()).and(UNIT, actor.enhet());
    }

    /** Applies the event in the current aggregate with who did it as metadata. */
    public static void apply(Actor actor, Roll roll, Object event) {
        AggregateLifecycle.apply(event, metadata(actor, roll));
    }

    /** Who did the event, from its metadata (fields are null for events without it). */
    public static PerformedBy of(Message<?> message) {
        MetaData m = message.getMetaData();
        return new PerformedBy((String) m.get(USER_ID), (String) m.get(ROLE), (String) m.get(UNIT));
    }

    /** Whether the event was done by this actor in this role and unit (for tests and audits). */
    public boolean is(Actor actor, Roll roll) {
        return actor.userId().equals(userId) && roll.claim().equals(this.roll) && actor.enhet().equals(enhet);
    }
}
