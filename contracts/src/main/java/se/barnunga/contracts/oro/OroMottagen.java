package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The recipient acknowledged the concern routed to them. After {@link OroVidarebefordrad} the new recipient
 * acknowledges again.
 *
 * @param oroId         the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param mottagartyp   kind of recipient, {@code SOCIALSEKRETERARE}, {@code MOTTAGNING} or {@code SOCIALJOUR}
 * @param mottagarenhet code of the recipient's unit
 * @param mottagetAv    staff id of whoever acknowledged it
 * @param mottagen      when it was acknowledged
 */
@ContractEvent(type = "OroMottagen", topic = Topics.ORO)
public record OroMottagen(String oroId, String mottagartyp, String mottagarenhet, String mottagetAv, Instant mottagen) {
}
