package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A deviation from the routine was registered for the concern, at most once per {@code avvikelsetyp} and concern –
 * except {@code VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP} and
 * {@code FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP}, which come once per guardian or other family member told (each
 * with its own {@code avvikelseId}); it may come at any time, including at submission.
 *
 * @param oroId        the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param avvikelseId  the deviation
 * @param avvikelsetyp {@code VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP} (a guardian was told although abuse is
 *                     suspected), {@code FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP} (another family member was
 *                     told although abuse is suspected; since issue 16), {@code INTE_INFORMERAT_UTAN_SKAL},
 *                     {@code SKRIFTLIG_BEKRAFTELSE_SEN}, {@code SKRIFTLIG_BEKRAFTELSE_SAKNAS},
 *                     {@code SKYDDSBEDOMNING_INTE_SAMMA_DAG} or {@code FORHANDSBEDOMNING_EFTER_14_DAGAR}
 * @param enhet        code of the unit where the deviation occurred
 * @param registrerad  when the deviation was registered
 */
@ContractEvent(type = "AvvikelseRegistrerad", topic = Topics.ORO)
public record AvvikelseRegistrerad(
        String oroId,
        String avvikelseId,
        String avvikelsetyp,
        String enhet,
        Instant registrerad) {
}
