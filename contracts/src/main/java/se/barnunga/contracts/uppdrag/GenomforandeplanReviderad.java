package se.barnunga.contracts.uppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * The responsible performer has revised the implementation plan (routine: "Vid behov, justera genomförandeplanen i
 * samråd med barnet och övriga berörda i familjen"), e.g. after a follow-up meeting.
 *
 * @param uppdragId        the assignment (aggregate) id, also the CloudEvent {@code subject}
 * @param version          the new version of the plan, 2 or higher
 * @param revideradDatum   date the plan was revised
 * @param anledning        {@code UPPFOLJNING}, {@code FAMILJENS_SYNPUNKTER} or {@code ANNAT}
 * @param malIds           ids of the assignment's goals that the revised plan's activities work on
 * @param ansvarigUtforare staff id of the responsible performer
 * @param registrerat      when the revision was registered
 */
@ContractEvent(type = "GenomförandeplanReviderad", topic = Topics.UPPDRAG)
public record GenomforandeplanReviderad(
        String uppdragId,
        int version,
        LocalDate revideradDatum,
        String anledning,
        List<String> malIds,
        String ansvarigUtforare,
        Instant registrerat) {
}
