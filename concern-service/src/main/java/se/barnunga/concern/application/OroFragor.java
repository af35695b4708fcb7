package se.barnunga.concern.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.barnunga.concern.domain.Avvikelsetyp;
import se.barnunga.concern.domain.Mottagartyp;

/** Queries on the concern read model: inboxes, concerns per child and per report, the deadline sweep, deviations. */
@ApplicationScoped
public class OroFragor {

    /** Which inbox: a named social secretary's, or a function's (reception unit, Socialjouren) in its unit. */
    public record Inkorg(Mottagartyp typ, String enhet, String socialsekreterare) {
    }

    /** Most urgent first: acute before non-acute, then the oldest first. */
    private static final Sort BRADSKANDE_FORST = Sort.descending("akut").and("inkom", Sort.Direction.Ascending).and("oroId");

    public List<OroVy> inkorg(Inkorg inkorg, int page, int size) {
        Query q = inkorgQuery(inkorg);
        return OroVy.find(q.where, BRADSKANDE_FORST, q.parameters).page(page, size).list();
    }

    public long antalIInkorg(Inkorg inkorg) {
        Query q = inkorgQuery(inkorg);
        return OroVy.count(q.where, q.parameters);
    }

    /** Concerns about a child, newest first. */
    public List<OroVy> perBarn(String pseudonym) {
        return OroVy.list("barnPseudonym", Sort.descending("inkom").and("oroId"), pseudonym);
    }

    /** The concerns of one report (one per child). */
    public List<OroVy> perAnmalan(String anmalanId) {
        return OroVy.list("anmalanId", Sort.ascending("oroId"), anmalanId);
    }

    /**
     * Concerns with a deadline passed at {@code nu} that the aggregate has not yet acted on: unacknowledged past the
     * acknowledgement time (not at the reception unit), or a protection assessment, written confirmation or
     * preliminary assessment overdue without its deviation registered.
     */
    public List<String> fristKandidater(Instant nu, int max) {
        return OroVy.find("""
                        forhandsbedomd is null and (
                          (mottagen is null and mottagartyp <> :mottagning and kvitteraSenast <= :nu)
                          or (skyddsbedomd is null and skyddsbedomningSenast <= :nu and avvikelser not like :skydd)
                          or (skriftligSenast is not null and skriftligtBekraftad is null and skriftligSenast <= :nu
                              and avvikelser not like :skriftlig)
                          or (forhandsbedomningSenast <= :nu and avvikelser not like :forhands))
                        or (forhandsbedomd is not null and skriftligSenast is not null and skriftligtBekraftad is null
                            and skriftligSenast <= :nu and avvikelser not like :skriftlig)""",
                        Sort.ascending("inkom"),
                        Parameters.with("nu", nu).and("mottagning", Mottagartyp.MOTTAGNING)
                                .and("skydd", "%" + Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG.name() + "%")
                                .and("skriftlig", "%SKRIFTLIG_BEKRAFTELSE_%")
                                .and("forhands", "%" + Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR.name() + "%"))
                .page(0, max).project(Id.class).list().stream().map(Id::oroId).toList();
    }

    /** Projection of the id only. */
    public record Id(String oroId) {
    }

    /** Filters of the deviation register; {@code null} means any. Period: registered from {@code fran} until {@code till}. */
    public record AvvikelseFilter(String enhet, Avvikelsetyp typ, Instant fran, Instant till) {
    }

    public List<Avvikelse> avvikelser(AvvikelseFilter filter, int page, int size) {
        Query q = avvikelseQuery(filter);
        return Avvikelse.find(q.where, Sort.descending("registrerad").and("avvikelseId"), q.parameters).page(page, size).list();
    }

    public long antalAvvikelser(AvvikelseFilter filter) {
        Query q = avvikelseQuery(filter);
        return Avvikelse.count(q.where, q.parameters);
    }

    private record Query(String where, Parameters parameters) {
    }

    private static Query inkorgQuery(Inkorg inkorg) {
        Parameters p = Parameters.with("typ", inkorg.typ());
        String where = "forhandsbedomd is null and mottagartyp = :typ";
        if (inkorg.typ() == Mottagartyp.SOCIALSEKRETERARE) {
            where += " and mottagareSocialsekreterare = :ss";
            p.and("ss", inkorg.socialsekreterare());
        } else {
            where += " and mottagarenhet = :enhet";
            p.and("enhet", inkorg.enhet());
        }
        return new Query(where, p);
    }

    private static Query avvikelseQuery(AvvikelseFilter f) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        where.add("1 = 1");
        if (f.enhet() != null) {
            where.add("enhet = :enhet");
            p.and("enhet", f.enhet());
        }
        if (f.typ() != null) {
            where.add("typ = :typ");
            p.and("typ", f.typ());
        }
        if (f.fran() != null) {
            where.add("registrerad >= :fran");
            p.and("fran", f.fran());
        }
        if (f.till() != null) {
            where.add("registrerad < :till");
            p.and("till", f.till());
        }
        return new Query(String.join(" and ", where), p);
    }
}
