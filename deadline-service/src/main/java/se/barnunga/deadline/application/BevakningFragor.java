package se.barnunga.deadline.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads of the watch read model: the lists of open and overdue watches, and one case's watches. */
@ApplicationScoped
public class BevakningFragor {

    /**
     * What a list covers.
     *
     * @param enhet            only watches of cases of this unit (owning or performing); null for every unit
     * @param endastPasserade  only watches whose due time has passed
     * @param fran             due on or after (forfallodatum), null for no bound
     * @param till             due on or before, null for no bound
     */
    public record Urval(String enhet, String socialsekreterare, String regelId, String barnPseudonym, LocalDate fran,
                        LocalDate till, boolean endastPasserade) {
    }

    /** Open watches, most urgent (earliest due time) first. */
    public List<BevakningVy> oppna(Urval u, Instant nu, int page, int size) {
        Fraga f = fraga(u, nu);
        return BevakningVy.find(f.jpql, Sort.ascending("forfaller", "bevakningId"), f.parametrar).page(page, size).list();
    }

    public long antalOppna(Urval u, Instant nu) {
        Fraga f = fraga(u, nu);
        return BevakningVy.count(f.jpql, f.parametrar);
    }

    /** All watches of a case, by due time. */
    public List<BevakningVy> arendets(String arendeId) {
        return BevakningVy.find("arendeId", Sort.ascending("forfaller", "bevakningId"), arendeId).list();
    }

    private record Fraga(String jpql, Parameters parametrar) {
    }

    private static Fraga fraga(Urval u, Instant nu) {
        List<String> villkor = new ArrayList<>();
        Parameters p = Parameters.with("oppen", BevakningVy.Status.OPPEN);
        villkor.add("status = :oppen");
        if (u.enhet() != null) {
            villkor.add("(myndighetsenhet = :enhet or utforarenhet = :enhet)");
            p.and("enhet", u.enhet());
        }
        if (u.socialsekreterare() != null) {
            villkor.add("socialsekreterare = :ss");
            p.and("ss", u.socialsekreterare());
        }
        if (u.regelId() != null) {
            villkor.add("regelId = :regel");
            p.and("regel", u.regelId());
        }
        if (u.barnPseudonym() != null) {
            villkor.add("barnPseudonym = :barn");
            p.and("barn", u.barnPseudonym());
        }
        if (u.fran() != null) {
            villkor.add("forfallodatum >= :fran");
            p.and("fran", u.fran());
        }
        if (u.till() != null) {
            villkor.add("forfallodatum <= :till");
            p.and("till", u.till());
        }
        if (u.endastPasserade()) {
            villkor.add("forfaller <= :nu");
            p.and("nu", nu);
        }
        return new Fraga(String.join(" and ", villkor), p);
    }
}
