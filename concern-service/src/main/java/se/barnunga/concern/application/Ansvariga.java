package se.barnunga.concern.application;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import se.barnunga.concern.domain.Varden.AnsvarigSocialsekreterare;

/** Who is responsible for a child, and whether she is absent: the facts the routing rests on. */
@ApplicationScoped
public class Ansvariga {

    /**
     * The responsible social secretary: of the named ongoing assignment if given and known, otherwise of the child's
     * most recent ongoing assignment.
     */
    public Optional<AnsvarigSocialsekreterare> forBarnet(String uppdragId, String barnPseudonym) {
        if (uppdragId != null) {
            Optional<AnsvarigSocialsekreterareVy> vy = AnsvarigSocialsekreterareVy.<AnsvarigSocialsekreterareVy>findByIdOptional(uppdragId)
                    .filter(v -> v.pagaende);
            if (vy.isPresent()) {
                return vy.map(Ansvariga::ansvarig);
            }
        }
        if (barnPseudonym == null) {
            return Optional.empty();
        }
        return AnsvarigSocialsekreterareVy.<AnsvarigSocialsekreterareVy>find("barnPseudonym = ?1 and pagaende = true",
                Sort.descending("senast"), barnPseudonym).firstResultOptional().map(Ansvariga::ansvarig);
    }

    /** Whether the actor is the responsible social secretary of an ongoing assignment of the child. */
    public boolean arAnsvarigFor(String userId, String barnPseudonym) {
        return barnPseudonym != null && AnsvarigSocialsekreterareVy.count(
                "barnPseudonym = ?1 and pagaende = true and socialsekreterare = ?2", barnPseudonym, userId) > 0;
    }

    /** Whether the social secretary is registered as absent on the date. */
    public boolean arFranvarande(String userId, LocalDate dag) {
        return Franvaro.count("socialsekreterare = ?1 and fran <= ?2 and tom >= ?2", userId, dag) > 0;
    }

    private static AnsvarigSocialsekreterare ansvarig(AnsvarigSocialsekreterareVy v) {
        return new AnsvarigSocialsekreterare(v.socialsekreterare, v.myndighetsenhet, v.uppdragId);
    }
}
