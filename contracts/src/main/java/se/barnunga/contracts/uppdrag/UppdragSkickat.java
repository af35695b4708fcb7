package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The social secretary has sent the written assignment to the performing unit (routine: "Skicka uppdraget … till
 * metodhandledare på utförarenheten"). An assignment re-sent to another unit after {@link VerkstallighetHindrad} is
 * published again, for the new unit.
 *
 * @param uppdragId             the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param uppdragstyp           {@code UTREDNINGSUPPDRAG}, {@code INSATS_UNDER_UTREDNING} or {@code BEVILJAD_INSATS}
 * @param barn                  the child, pseudonymised
 * @param utforarenhet          code of the performing unit the assignment is sent to
 * @param myndighetsenhet       code of the social secretary's investigating unit
 * @param socialsekreterare     staff id of the responsible social secretary
 * @param skickad               when the assignment was sent
 * @param insatstyp             code of the intervention from the configurable catalogue; {@code null} for
 *                              {@code UTREDNINGSUPPDRAG}
 * @param beslutsdatum          date of the decision on intervention, or on the investigation assignment
 * @param mal                   the goals of the assignment; may be empty for {@code UTREDNINGSUPPDRAG}, never {@code null}
 * @param utredningensSlutdatum planned end of the ongoing investigation, for {@code UTREDNINGSUPPDRAG} and
 *                              {@code INSATS_UNDER_UTREDNING}; otherwise {@code null}
 * @param sipBehov              whether the child needs a coordinated individual plan (SIP); null for
 *                              {@code UTREDNINGSUPPDRAG} or on events from before the field existed
 * @param sipFinns              whether a SIP has been drawn up (seed 004, A.2.2); null as for {@code sipBehov}
 */
@ContractEvent(type = "UppdragSkickat", topic = Topics.UPPDRAG)
public record UppdragSkickat(
        String uppdragId,
        String uppdragstyp,
        Barn barn,
        String utforarenhet,
        String myndighetsenhet,
        String socialsekreterare,
        Instant skickad,
        String insatstyp,
        LocalDate beslutsdatum,
        List<Mal> mal,
        LocalDate utredningensSlutdatum,
        Boolean sipBehov,
        Boolean sipFinns) {

    /** The event as published before {@code sipBehov} and {@code sipFinns} existed. */
    public UppdragSkickat(String uppdragId, String uppdragstyp, Barn barn, String utforarenhet, String myndighetsenhet,
            String socialsekreterare, Instant skickad, String insatstyp, LocalDate beslutsdatum, List<Mal> mal,
            LocalDate utredningensSlutdatum) {
        this(uppdragId, uppdragstyp, barn, utforarenhet, myndighetsenhet, socialsekreterare, skickad, insatstyp, beslutsdatum,
                mal, utredningensSlutdatum, null, null);
    }
}
