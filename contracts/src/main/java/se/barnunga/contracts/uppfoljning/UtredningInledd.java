package se.barnunga.contracts.uppfoljning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The social secretary recorded that a new investigation under SoL was opened after a follow-up decided one or
 * rated a goal as a negative change (routine, Uppföljning: "ska en ny utredning enligt SoL inledas"). Meets the
 * deadline-service's watch on what follows such a follow-up. The investigation itself is outside this system.
 *
 * @param uppdragId         the intervention's assignment id, also the CloudEvent {@code subject}
 * @param moteId            the follow-up meeting (`M1`, `M2`, … as in the other uppfoljning events) whose outcome called for it; null when recorded without one
 * @param inledd            the date the investigation was opened
 * @param barn              the child (pseudonym, sex, birth year); null if not yet known
 * @param myndighetsenhet   the social secretary's unit; null if not yet known
 * @param socialsekreterare staff id of the social secretary who recorded it
 * @param registrerat       when it was registered
 */
@ContractEvent(type = "UtredningInledd", topic = Topics.UPPFOLJNING)
public record UtredningInledd(
        String uppdragId,
        String moteId,
        LocalDate inledd,
        Barn barn,
        String myndighetsenhet,
        String socialsekreterare,
        Instant registrerat) {
}
