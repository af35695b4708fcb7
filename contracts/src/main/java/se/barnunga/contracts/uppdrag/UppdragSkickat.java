package se.barnunga.contracts.uppdrag;

import java.time.Instant;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The social secretary has sent the written assignment to the performing unit (routine: "Skicka uppdraget … till
 * metodhandledare på utförarenheten").
 *
 * @param uppdragId         the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param uppdragstyp       {@code UTREDNINGSUPPDRAG}, {@code INSATS_UNDER_UTREDNING} or {@code BEVILJAD_INSATS}
 * @param barn              the child, pseudonymised
 * @param utforarenhet      code of the performing unit the assignment is sent to
 * @param myndighetsenhet   code of the social secretary's investigating unit
 * @param socialsekreterare staff id of the responsible social secretary
 * @param skickad           when the assignment was sent
 */
@ContractEvent(type = "UppdragSkickat", topic = Topics.UPPDRAG)
public record UppdragSkickat(
        String uppdragId,
        String uppdragstyp,
        Barn barn,
        String utforarenhet,
        String myndighetsenhet,
        String socialsekreterare,
        Instant skickad) {
}
