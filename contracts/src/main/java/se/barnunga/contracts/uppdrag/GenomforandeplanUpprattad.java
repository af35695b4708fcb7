package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The responsible performer has drawn up the implementation plan with the family and informed the social secretary
 * (routine: "Upprätta en genomförandeplan tillsammans med familjen utifrån uppdragets syfte och mål med insatsen").
 * The plan's content stays in the service.
 *
 * @param uppdragId        the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param version          version of the plan, 1 for the first
 * @param upprattadDatum   date the plan was drawn up
 * @param malIds           ids of the assignment's goals that the plan's activities work on
 * @param ansvarigUtforare staff id of the responsible performer
 * @param registrerat      when the plan was registered
 * @param familjenDeltog   whether the child or a guardian took part in drawing up the plan ("upprättats i samråd med
 *                         brukaren", seed 004 indicator B.4.1); null on events from before the field existed
 */
@ContractEvent(type = "GenomförandeplanUpprättad", topic = Topics.UPPDRAG)
public record GenomforandeplanUpprattad(
        String uppdragId,
        int version,
        LocalDate upprattadDatum,
        List<String> malIds,
        String ansvarigUtforare,
        Instant registrerat,
        Boolean familjenDeltog) {

    /** The event as published before {@code familjenDeltog} existed. */
    public GenomforandeplanUpprattad(String uppdragId, int version, LocalDate upprattadDatum, List<String> malIds,
            String ansvarigUtforare, Instant registrerat) {
        this(uppdragId, version, upprattadDatum, malIds, ansvarigUtforare, registrerat, null);
    }
}
