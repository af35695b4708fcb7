package se.barnunga.contracts.uppdrag;

import java.time.Instant;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The performing unit reported that it cannot take on the assignment or cannot carry it out within reasonable time
 * (routine: "Informera ansvarig socialsekreterare på utredningsenheten om utförarenheten inte kan ta sig an uppdraget
 * eller inte kan verkställa det inom skälig tid"). The reason in words is free text and stays in the service.
 *
 * @param uppdragId     the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param utforarenhet  code of the performing unit that reports the hindrance
 * @param hinder        {@code KAN_INTE_TA_SIG_AN} or {@code KAN_INTE_VERKSTALLA_INOM_SKALIG_TID}
 * @param rapporteradAv staff id of the metodhandledare who reported it
 * @param rapporterad   when it was reported
 */
@ContractEvent(type = "VerkställighetHindrad", topic = Topics.UPPDRAG)
public record VerkstallighetHindrad(
        String uppdragId,
        String utforarenhet,
        String hinder,
        String rapporteradAv,
        Instant rapporterad) {
}
