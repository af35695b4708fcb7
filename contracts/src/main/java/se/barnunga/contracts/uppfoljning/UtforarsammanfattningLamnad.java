package se.barnunga.contracts.uppfoljning;

import java.time.Instant;
import java.util.List;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The responsible performer's summary before a follow-up meeting (or, before the closing meeting, of the whole period) was handed in: how the work went, in numbers. The
 * description of the work with each goal stays in the service.
 *
 * @param uppdragId                  the intervention's assignment id, also the CloudEvent {@code subject}
 * @param moteId                     the meeting it is for
 * @param slag                       {@code UPPFOLJNING}, or {@code AVSLUTNING} for the closing summary of the whole period
 * @param tillfallenGenomforda       number of sessions held so far
 * @param tillfallenPlanerade        number of sessions planned so far
 * @param barnetsDelaktighet         {@code AKTIV}, {@code DELVIS} or {@code INGEN}
 * @param vardnadshavarnasDelaktighet {@code AKTIV}, {@code DELVIS} or {@code INGEN}
 * @param malIds                     the goals the summary covers (all of the assignment's goals)
 * @param ansvarigUtforare           staff id of the performer who handed it in
 * @param lamnad                     when it was handed in
 */
@ContractEvent(type = "UtförarsammanfattningLämnad", topic = Topics.UPPFOLJNING)
public record UtforarsammanfattningLamnad(
        String uppdragId,
        String moteId,
        String slag,
        int tillfallenGenomforda,
        int tillfallenPlanerade,
        String barnetsDelaktighet,
        String vardnadshavarnasDelaktighet,
        List<String> malIds,
        String ansvarigUtforare,
        Instant lamnad) {
}
