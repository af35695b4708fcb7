package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * After a withdrawal of consent ({@link SamtyckeAterkallat}) the decision was re-decided: by the committee under
 * 11 § LVU for a child cared for under LVU ({@code grund = NAMNDBESLUT_LVU_11}), or under the same legal basis with the
 * consent given anew ({@code grund = NYTT_SAMTYCKE}). Meets the deadline-service's consent watch. The committee's
 * references stay in the service.
 *
 * @param uppdragId         the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param barn              the child, pseudonymised
 * @param lagrum            the legal basis the intervention now rests on
 * @param grund             {@code NAMNDBESLUT_LVU_11} or {@code NYTT_SAMTYCKE}
 * @param beslutsdatum      the date of the new decision
 * @param myndighetsenhet   code of the social secretary's unit
 * @param socialsekreterare staff id of the responsible social secretary
 * @param registrerat       when it was registered
 */
@ContractEvent(type = "BeslutOmprövat", topic = Topics.UPPDRAG)
public record BeslutOmprovat(
        String uppdragId,
        Barn barn,
        String lagrum,
        String grund,
        LocalDate beslutsdatum,
        String myndighetsenhet,
        String socialsekreterare,
        Instant registrerat) {
}
