package se.barnunga.assignment.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.assignment.domain.Uppdragstyp;

/** Queries on the assignment list read model, scoped to what the caller may see. */
@ApplicationScoped
public class UppdragFragor {

    /** Whose assignments a caller sees: a myndighetsenhet's (social secretaries) or a performing unit's. */
    public enum Omfang {
        MYNDIGHETSENHET, UTFORARENHET
    }

    /**
     * Filters of the list; {@code null} means any.
     */
    public record Filter(Uppdragsstatus status, Uppdragstyp typ, String utforarenhet, String myndighetsenhet,
                         String socialsekreterare, String ansvarigUtforare, String insatstyp) {
    }

    public Optional<UppdragVy> hitta(String uppdragId) {
        return UppdragVy.findByIdOptional(uppdragId);
    }

    public List<UppdragVy> lista(Omfang omfang, String enhet, Filter filter, int page, int size) {
        Query q = query(omfang, enhet, filter);
        return UppdragVy.find(q.where, Sort.descending("registrerat").and("uppdragId"), q.parameters).page(page, size).list();
    }

    public long antal(Omfang omfang, String enhet, Filter filter) {
        Query q = query(omfang, enhet, filter);
        return UppdragVy.count(q.where, q.parameters);
    }

    private record Query(String where, Parameters parameters) {
    }

    private static Query query(Omfang omfang, String enhet, Filter f) {
        List<String> where = new ArrayList<>();
        Parameters p = Parameters.with("enhet", enhet);
        where.add(omfang == Omfang.MYNDIGHETSENHET ? "myndighetsenhet = :enhet" : "utforarenhet = :enhet");
        add(where, p, "status", f.status());
        add(where, p, "typ", f.typ());
        add(where, p, "utforarenhet", f.utforarenhet());
        add(where, p, "myndighetsenhet", f.myndighetsenhet());
        add(where, p, "socialsekreterare", f.socialsekreterare());
        add(where, p, "ansvarigUtforare", f.ansvarigUtforare());
        add(where, p, "insatstyp", f.insatstyp());
        return new Query(String.join(" and ", where), p);
    }

    private static void add(List<String> where, Parameters p, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            p.and(field, value);
        }
    }
}
