package se.barnunga.contracts.uppdrag;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The performing unit's metodhandledare confirmed that the assignment was received (routine: "Bekräfta att uppdraget
 * är mottaget").
 *
 * @param uppdragId    the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param utforarenhet code of the performing unit
 * @param mottagetAv   staff id of the metodhandledare
 * @param mottaget     when the receipt was confirmed
 */
@ContractEvent(type = "UppdragMottaget", topic = Topics.UPPDRAG)
public record UppdragMottaget(String uppdragId, String utforarenhet, String mottagetAv, Instant mottaget) {
}
