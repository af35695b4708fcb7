package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The concern was passed on to another recipient, by the current recipient or, for an unacknowledged concern, by the
 * service itself (escalation to the reception unit). May happen several times for one concern.
 *
 * @param oroId                 the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param franMottagartyp       kind of the previous recipient, {@code SOCIALSEKRETERARE}, {@code MOTTAGNING} or
 *                              {@code SOCIALJOUR}
 * @param tillMottagartyp       kind of the new recipient, {@code SOCIALSEKRETERARE}, {@code MOTTAGNING} or
 *                              {@code SOCIALJOUR}
 * @param tillEnhet             code of the new recipient's unit
 * @param tillSocialsekreterare staff id of the social secretary it was passed on to; {@code null} when passed on to a
 *                              unit
 * @param orsak                 {@code VIDAREBEFORDRAN} (passed on by the recipient) or {@code ESKALERING} (the service
 *                              moved an unacknowledged concern to the reception unit)
 * @param vidarebefordrad       when it was passed on
 */
@ContractEvent(type = "OroVidarebefordrad", topic = Topics.ORO)
public record OroVidarebefordrad(
        String oroId,
        String franMottagartyp,
        String tillMottagartyp,
        String tillEnhet,
        String tillSocialsekreterare,
        String orsak,
        Instant vidarebefordrad) {
}
