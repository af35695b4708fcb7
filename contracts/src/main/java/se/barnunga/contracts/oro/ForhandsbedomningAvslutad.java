package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The preliminary assessment of the concern was closed with a decision on investigation (20 kap. 2 § SoL 2025:400);
 * closes the handling of the concern.
 *
 * @param oroId           the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param beslut          {@code INLED_UTREDNING}, {@code INLED_INTE_UTREDNING} or
 *                        {@code TILLFORS_PAGAENDE_UTREDNING}
 * @param avslutad        when the preliminary assessment was closed
 * @param dagarSedanInkom days from the day the concern came in to the day it was closed (Europe/Stockholm), at least 0
 * @param inomFrist       whether it was closed within 14 days of the concern coming in
 * @param barnetKomTillTals whether the documentation shows that the child was heard in the preliminary assessment
 *                        (seed 004, B 2.1); null on events from before the field existed
 * @param skalBarnetInteHortDokumenterat when the child was not heard: whether the reasons are documented; null when
 *                        the child was heard or not known
 */
@ContractEvent(type = "FörhandsbedömningAvslutad", topic = Topics.ORO)
public record ForhandsbedomningAvslutad(
        String oroId,
        String beslut,
        Instant avslutad,
        int dagarSedanInkom,
        boolean inomFrist,
        Boolean barnetKomTillTals,
        Boolean skalBarnetInteHortDokumenterat) {

    /** The event as published before {@code barnetKomTillTals} and {@code skalBarnetInteHortDokumenterat} existed. */
    public ForhandsbedomningAvslutad(String oroId, String beslut, Instant avslutad, int dagarSedanInkom, boolean inomFrist) {
        this(oroId, beslut, avslutad, dagarSedanInkom, inomFrist, null, null);
    }
}
