package se.barnunga.assignment.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.barnunga.assignment.domain.Uppdragsstatus;

/** Queries on the assignment read model, scoped to what the caller may see. */
@ApplicationScoped
public class UppdragFragor {

    public Optional<UppdragVy> hitta(String uppdragId) {
        return UppdragVy.findByIdOptional(uppdragId);
    }

    public List<UppdragVy> lista(String myndighetsenhet, Uppdragsstatus status, int page, int size) {
        return UppdragVy.find(where(status), Sort.descending("registrerat").and("uppdragId"), parameters(myndighetsenhet, status))
                .page(page, size).list();
    }

    public long antal(String myndighetsenhet, Uppdragsstatus status) {
        return UppdragVy.count(where(status), parameters(myndighetsenhet, status));
    }

    private static String where(Uppdragsstatus status) {
        return status == null ? "myndighetsenhet = :enhet" : "myndighetsenhet = :enhet and status = :status";
    }

    private static Parameters parameters(String myndighetsenhet, Uppdragsstatus status) {
        Parameters p = Parameters.with("enhet", myndighetsenhet);
        return status == null ? p : p.and("status", status);
    }
}
