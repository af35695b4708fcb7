package se.barnunga.followup.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;
import se.barnunga.followup.domain.Bbicskala;

/** The read side's queries over the follow-up read models. */
@ApplicationScoped
public class UppfoljningFragor {

    /**
     * Whose cases a caller sees: the cases owned by a unit (myndighetsenhet), performed by it (utforarenhet), or either
     * (a unit manager); optionally one social secretary's.
     */
    public record Omfang(String myndighetsenhet, String utforarenhet, String enhetEndera, String socialsekreterare) {
    }

    /** A booked meeting with its intervention. */
    public record KommandeMote(MoteVy mote, UppfoljningVy uppfoljning) {
    }

    // ---- Upcoming meetings ----------------------------------------------------------------------------------------

    public List<KommandeMote> kommandeMoten(Omfang omfang, LocalDate fran, LocalDate till, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        String where = "m.status = 'BOKAT' and m.datum >= :fran and m.datum <= :till" + omfang(omfang, p);
        p.put("fran", fran);
        p.put("till", till);
        TypedQuery<Object[]> q = em().createQuery("select m, u from MoteVy m join UppfoljningVy u on u.uppdragId = m.uppdragId where "
                + where + " order by m.datum, m.klockslag nulls last, m.id", Object[].class);
        p.forEach(q::setParameter);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new KommandeMote((MoteVy) r[0], (UppfoljningVy) r[1])).toList();
    }

    public long antalKommandeMoten(Omfang omfang, LocalDate fran, LocalDate till) {
        Map<String, Object> p = new HashMap<>();
        String where = "m.status = 'BOKAT' and m.datum >= :fran and m.datum <= :till" + omfang(omfang, p);
        p.put("fran", fran);
        p.put("till", till);
        TypedQuery<Long> q = em().createQuery("select count(m) from MoteVy m join UppfoljningVy u on u.uppdragId = m.uppdragId where "
                + where, Long.class);
        p.forEach(q::setParameter);
        return q.getSingleResult();
    }

    // ---- Ongoing interventions without a booked meeting ------------------------------------------------------------

    public List<UppfoljningVy> obokade(Omfang omfang, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        TypedQuery<UppfoljningVy> q = em().createQuery("select u from UppfoljningVy u where " + obokade(omfang, p)
                + " order by coalesce(u.senasteMotesdatum, u.verkstallighetsdatum), u.uppdragId", UppfoljningVy.class);
        p.forEach(q::setParameter);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long antalObokade(Omfang omfang) {
        Map<String, Object> p = new HashMap<>();
        TypedQuery<Long> q = em().createQuery("select count(u) from UppfoljningVy u where " + obokade(omfang, p), Long.class);
        p.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String obokade(Omfang omfang, Map<String, Object> p) {
        return "u.verkstallighetsdatum is not null and u.slut is null and u.avslutningsmote is null and u.bokatMoteId is null"
                + omfang(omfang, p);
    }

    private static String omfang(Omfang o, Map<String, Object> p) {
        StringBuilder w = new StringBuilder();
        if (o.myndighetsenhet() != null) {
            w.append(" and u.myndighetsenhet = :myndighetsenhet");
            p.put("myndighetsenhet", o.myndighetsenhet());
        }
        if (o.utforarenhet() != null) {
            w.append(" and u.utforarenhet = :utforarenhet");
            p.put("utforarenhet", o.utforarenhet());
        }
        if (o.enhetEndera() != null) {
            w.append(" and (u.myndighetsenhet = :enhet or u.utforarenhet = :enhet)");
            p.put("enhet", o.enhetEndera());
        }
        if (o.socialsekreterare() != null) {
            w.append(" and u.socialsekreterare = :socialsekreterare");
            p.put("socialsekreterare", o.socialsekreterare());
        }
        return w.toString();
    }

    // ---- The register of complaints and views ----------------------------------------------------------------------

    /** A complaint or view with its intervention and the measures added later, in the order they were recorded. */
    public record SynpunktRad(SynpunktVy synpunkt, UppfoljningVy uppfoljning, List<SynpunktsatgardVy> atgarder) {
    }

    /** The complaints and views of the caller's cases received in the period, latest first. */
    public List<SynpunktRad> synpunkter(Omfang omfang, LocalDate fran, LocalDate till, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        String where = "s.datum >= :fran and s.datum <= :till" + omfang(omfang, p);
        p.put("fran", fran);
        p.put("till", till);
        TypedQuery<Object[]> q = em().createQuery("select s, u from SynpunktVy s join UppfoljningVy u on u.uppdragId = s.uppdragId where "
                + where + " order by s.datum desc, s.registrerat desc, s.id", Object[].class);
        p.forEach(q::setParameter);
        List<Object[]> rader = q.setFirstResult(page * size).setMaxResults(size).getResultList();
        if (rader.isEmpty()) {
            return List.of();
        }
        List<String> ids = rader.stream().map(r -> ((SynpunktVy) r[0]).id).toList();
        Map<String, List<SynpunktsatgardVy>> atgarder = new HashMap<>();
        em().createQuery("select a from SynpunktsatgardVy a where a.synpunkt in :ids order by a.nummer", SynpunktsatgardVy.class)
                .setParameter("ids", ids).getResultList()
                .forEach(a -> atgarder.computeIfAbsent(a.synpunkt, k -> new ArrayList<>()).add(a));
        return rader.stream().map(r -> new SynpunktRad((SynpunktVy) r[0], (UppfoljningVy) r[1],
                atgarder.getOrDefault(((SynpunktVy) r[0]).id, List.of()))).toList();
    }

    public long antalSynpunkter(Omfang omfang, LocalDate fran, LocalDate till) {
        Map<String, Object> p = new HashMap<>();
        String where = "s.datum >= :fran and s.datum <= :till" + omfang(omfang, p);
        p.put("fran", fran);
        p.put("till", till);
        TypedQuery<Long> q = em().createQuery("select count(s) from SynpunktVy s join UppfoljningVy u on u.uppdragId = s.uppdragId where "
                + where, Long.class);
        p.forEach(q::setParameter);
        return q.getSingleResult();
    }

    // ---- Outcome statistics ---------------------------------------------------------------------------------------

    /** Which meetings count: a unit (owning or performing; null for all), an intervention type (null for all), a period. */
    public record Urval(String enhet, String insatstyp, LocalDate fran, LocalDate till) {
    }

    /** Counts per BBIC step, with shares in percent (one decimal). */
    public record Fordelning(long antal, Map<Bbicskala, Long> perSteg, Map<Bbicskala, BigDecimal> andelProcent) {
    }

    public record Gruppfordelning(String utforarenhet, String insatstyp, Fordelning fordelning) {
    }

    public record Omradesfordelning(String bbicOmrade, Fordelning fordelning) {
    }

    public record Delaktighet(String kon, long moten, long barnetDeltog, BigDecimal andelProcent) {
    }

    public record Statistik(Urval urval, Fordelning bedomningar, List<Gruppfordelning> perEnhetOchInsatstyp,
                            List<Omradesfordelning> perBbicOmrade, List<Delaktighet> barnetsDeltagandePerKon,
                            Delaktighet barnetsDeltagande) {
    }

    /**
     * The distribution of BBIC ratings given at follow-up and closing meetings held in the period (per performing unit
     * and intervention type, per BBIC area, and in all), and the share of follow-up meetings where the child took part
     * (seed 004's indicator), by sex. Sex and units are the intervention's as now known.
     */
    public Statistik statistik(Urval urval) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder filter = new StringBuilder();
        p.put("fran", urval.fran());
        p.put("till", urval.till());
        if (urval.enhet() != null) {
            filter.append(" and (u.myndighetsenhet = :enhet or u.utforarenhet = :enhet)");
            p.put("enhet", urval.enhet());
        }
        if (urval.insatstyp() != null) {
            filter.append(" and u.insatstyp = :insatstyp");
            p.put("insatstyp", urval.insatstyp());
        }
        List<Object[]> rader = lista("select coalesce(u.utforarenhet, ''), coalesce(u.insatstyp, ''), coalesce(b.bbic_omrade, ''), b.skala, count(*)"
                + " from bedomning_vy b join uppfoljning_vy u on u.uppdrag_id = b.uppdrag_id"
                + " where b.datum >= :fran and b.datum <= :till" + filter + " group by 1, 2, 3, 4", p);
        Map<Bbicskala, Long> totalt = new EnumMap<>(Bbicskala.class);
        Map<List<String>, Map<Bbicskala, Long>> perGrupp = new LinkedHashMap<>();
        Map<String, Map<Bbicskala, Long>> perOmrade = new LinkedHashMap<>();
        for (Object[] r : rader) {
            Bbicskala steg = Bbicskala.valueOf((String) r[3]);
            long antal = ((Number) r[4]).longValue();
            totalt.merge(steg, antal, Long::sum);
            perGrupp.computeIfAbsent(List.of((String) r[0], (String) r[1]), k -> new EnumMap<>(Bbicskala.class)).merge(steg, antal, Long::sum);
            perOmrade.computeIfAbsent((String) r[2], k -> new EnumMap<>(Bbicskala.class)).merge(steg, antal, Long::sum);
        }
        List<Gruppfordelning> grupper = new ArrayList<>();
        perGrupp.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> (a.get(0) + "\u0000" + a.get(1)).compareTo(b.get(0) + "\u0000" + b.get(1))))
                .forEach(e -> grupper.add(new Gruppfordelning(tomTillNull(e.getKey().get(0)), tomTillNull(e.getKey().get(1)), fordelning(e.getValue()))));
        List<Omradesfordelning> omraden = new ArrayList<>();
        perOmrade.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> omraden.add(new Omradesfordelning(tomTillNull(e.getKey()), fordelning(e.getValue()))));

        List<Object[]> deltagande = lista("select coalesce(u.barn_kon, 'OKANT'), count(*), count(*) filter (where m.barnet_deltog)"
                + " from mote_vy m join uppfoljning_vy u on u.uppdrag_id = m.uppdrag_id"
                + " where m.status = 'GENOMFORT' and m.slag = 'UPPFOLJNING' and m.datum >= :fran and m.datum <= :till" + filter
                + " group by 1 order by 1", p);
        List<Delaktighet> perKon = new ArrayList<>();
        long moten = 0;
        long deltog = 0;
        for (Object[] r : deltagande) {
            long n = ((Number) r[1]).longValue();
            long d = ((Number) r[2]).longValue();
            moten += n;
            deltog += d;
            perKon.add(new Delaktighet((String) r[0], n, d, procent(d, n)));
        }
        return new Statistik(urval, fordelning(totalt), grupper, omraden, perKon, new Delaktighet(null, moten, deltog, procent(deltog, moten)));
    }

    private static Fordelning fordelning(Map<Bbicskala, Long> perSteg) {
        Map<Bbicskala, Long> alla = new EnumMap<>(Bbicskala.class);
        for (Bbicskala s : Bbicskala.values()) {
            alla.put(s, perSteg.getOrDefault(s, 0L));
        }
        long antal = alla.values().stream().mapToLong(Long::longValue).sum();
        Map<Bbicskala, BigDecimal> andel = new EnumMap<>(Bbicskala.class);
        alla.forEach((s, n) -> andel.put(s, procent(n, antal)));
        return new Fordelning(antal, alla, andel);
    }

    /** A share in percent with one decimal; null when there is nothing to divide by. */
    static BigDecimal procent(long del, long av) {
        return av == 0 ? null : BigDecimal.valueOf(del * 100L).divide(BigDecimal.valueOf(av), 1, RoundingMode.HALF_UP);
    }

    private static String tomTillNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> lista(String sql, Map<String, Object> p) {
        Query q = em().createNativeQuery(sql);
        p.forEach(q::setParameter);
        return q.getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
