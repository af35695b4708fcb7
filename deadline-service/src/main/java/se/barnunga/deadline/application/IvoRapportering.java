package se.barnunga.deadline.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.axonframework.commandhandling.gateway.CommandGateway;

import io.quarkus.panache.common.Parameters;
import se.barnunga.deadline.application.IvoRapport.Fordelning;
import se.barnunga.deadline.application.IvoRapport.Individrapport;
import se.barnunga.deadline.application.IvoRapport.Skal;
import se.barnunga.deadline.domain.Arendetyp;
import se.barnunga.deadline.domain.Faktum;
import se.barnunga.deadline.domain.Handelsetyper;
import se.barnunga.deadline.domain.IvoUrval;
import se.barnunga.deadline.domain.IvoUrval.Lista;
import se.barnunga.deadline.domain.IvoUrval.Slag;
import se.barnunga.deadline.domain.Kommandon.RegistreraFaktum;
import se.barnunga.deadline.domain.Kvartal;
import se.barnunga.deadline.domain.Personkod;
import se.barnunga.deadline.domain.Regelkatalog;
import se.barnunga.deadline.infrastructure.IvoUppgifter;
import se.barnunga.deadline.infrastructure.Uppdragstjansten;

/**
 * The quarterly IVO report: which decisions and interruptions it lists comes from the read model ({@code arende_vy} with
 * an IVO lagrum, {@code avbrott_vy}) through {@link IvoUrval}; the identifying fields (birth date, sex) and the reasons
 * for delay are fetched from the assignment-service at report time with the caller's own token, never from Kafka. The
 * statistics read the read model only.
 */
@ApplicationScoped
public class IvoRapportering {

    @Inject
    EntityManager em;
    @Inject
    Uppdragstjansten uppdragstjansten;
    @Inject
    CommandGateway commands;

    /** One case's entry in a quarter's report, as the read model says. */
    public record Urvalspost(ArendeVy arende, IvoUrval.Post post) {
    }

    /**
     * The report's entries for the quarter, in report order (list, first quarter, date, case).
     *
     * @param enhet only decisions of this myndighetsenhet; null for every unit
     */
    public List<Urvalspost> urval(Kvartal q, String enhet) {
        StringBuilder jpql = new StringBuilder("a.arendetyp = :uppdrag and a.lagrum in :lagrum and a.beslutsdatum <= :sista "
                + "and (a.avslutsdatum is null or a.avslutsdatum >= :forsta)");
        Parameters p = Parameters.with("uppdrag", Arendetyp.UPPDRAG.name()).and("lagrum", Regelkatalog.IVO_LAGRUM)
                .and("sista", q.sista()).and("forsta", q.forsta());
        if (enhet != null) {
            jpql.append(" and a.myndighetsenhet = :enhet");
            p.and("enhet", enhet);
        }
        // only the columns the report reads, into detached objects: a quarter may hold 100k decisions, and managed
        // entities would fill the persistence context (and the heap) for nothing – none of them changes here
        var fraga = em.createQuery("select a.arendeId, a.beslutsdatum, a.verkstallighetsdatum, a.avslutsdatum, "
                        + "a.avslutsorsak, a.avslutsskal, a.insatstyp, a.lagrum, a.myndighetsenhet, a.barnKon, a.barnPseudonym "
                        + "from ArendeVy a where " + jpql + " order by a.beslutsdatum, a.arendeId", Object[].class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, 1000);
        p.map().forEach(fraga::setParameter);
        List<Object[]> rader = fraga.getResultList();
        List<ArendeVy> arenden = new ArrayList<>(rader.size());
        // the coded columns and dates repeat across a quarter's decisions: each distinct value is kept once (the driver
        // makes a new object per row, and a report of 100,000 decisions is held in memory whole)
        Map<Object, Object> lika = new HashMap<>();
        for (Object[] r : rader) {
            ArendeVy a = new ArendeVy();
            a.arendeId = (String) r[0];
            a.beslutsdatum = en(lika, (LocalDate) r[1]);
            a.verkstallighetsdatum = en(lika, (LocalDate) r[2]);
            a.avslutsdatum = en(lika, (LocalDate) r[3]);
            a.avslutsorsak = en(lika, (String) r[4]);
            a.avslutsskal = (String) r[5];
            a.insatstyp = en(lika, (String) r[6]);
            a.lagrum = en(lika, (String) r[7]);
            a.myndighetsenhet = en(lika, (String) r[8]);
            a.barnKon = en(lika, (String) r[9]);
            a.barnPseudonym = (String) r[10];
            arenden.add(a);
        }
        rader = null; // the rows' own copies of the values above are garbage from here, not held to the end
        Map<String, List<IvoUrval.Avbrott>> avbrott = avbrott(q, enhet, arenden.isEmpty());
        List<Urvalspost> poster = new ArrayList<>();
        for (ArendeVy a : arenden) {
            IvoUrval.Beslut b = new IvoUrval.Beslut(a.beslutsdatum, a.verkstallighetsdatum, a.avslutsdatum, a.avslutsorsak,
                    a.avslutsskal, avbrott.getOrDefault(a.arendeId, List.of()));
            IvoUrval.poster(b, q).forEach(post -> poster.add(new Urvalspost(a, post)));
        }
        poster.sort(Comparator.comparing((Urvalspost u) -> u.post().lista())
                .thenComparing(u -> u.post().forstaKvartal())
                .thenComparing(u -> u.post().fran())
                .thenComparing(u -> u.arende().arendeId)
                .thenComparing(u -> u.post().slag()));
        return poster;
    }

    /** The one instance of an equal value seen before in this selection, else this one. */
    @SuppressWarnings("unchecked")
    private static <T> T en(Map<Object, Object> lika, T v) {
        return v == null ? null : (T) lika.computeIfAbsent(v, x -> x);
    }

    /**
     * The report, with each case's identifying fields and reasons fetched from the assignment-service.
     *
     * @param authorization the caller's {@code Authorization} header, forwarded so the assignment-service audits the reader
     */
    public IvoRapport rapport(Kvartal q, String authorization, Instant framtagen) {
        List<Urvalspost> urval = urval(q, null);
        // the entries of each case (a case may have several), by position in report order
        Map<String, List<Integer>> platser = new LinkedHashMap<>();
        for (int i = 0; i < urval.size(); i++) {
            platser.computeIfAbsent(urval.get(i).arende().arendeId, id -> new ArrayList<>(1)).add(i);
        }
        // one bulk call per chunk of cases, never one call per case (issue 17, B5); each call's answers are made into
        // the report's entries as they arrive and then dropped, so the report never holds every case's fetched data
        Individrapport[] rapporter = new Individrapport[urval.size()];
        if (!platser.isEmpty()) {
            uppdragstjansten.ivoUppgifter(platser.keySet(), authorization, PARALLELLA_ANROP, del -> del.forEach((id, uppgifter) -> {
                for (int i : platser.getOrDefault(id, List.of())) {
                    rapporter[i] = individrapport(urval.get(i), uppgifter, q);
                }
            }));
        }
        List<Individrapport> ej = new ArrayList<>();
        List<Individrapport> efter = new ArrayList<>();
        for (int i = 0; i < rapporter.length; i++) {
            (urval.get(i).post().lista() == Lista.EJ_VERKSTALLDA ? ej : efter).add(rapporter[i]);
        }
        return new IvoRapport(q.toString(), framtagen, ej, efter);
    }

    /** Bulk calls to the assignment-service in flight at once for one report. */
    static final int PARALLELLA_ANROP = 2;

    /** The statistics at the quarter's end, from the read model only. */
    public IvoRapport.Statistik statistik(Kvartal q, String enhet, Instant framtagen) {
        List<Urvalspost> urval = urval(q, enhet);
        List<Urvalspost> oppna = urval.stream().filter(u -> u.post().oppenVidKvartaletsSlut()).toList();
        long klara = urval.stream().filter(u -> !u.post().oppenVidKvartaletsSlut()).count();
        return new IvoRapport.Statistik(q.toString(), enhet, framtagen,
                oppna.stream().filter(u -> u.post().slag() == Slag.EJ_VERKSTALLT).count(),
                oppna.stream().filter(u -> u.post().slag() == Slag.AVBROTT).count(), klara,
                fordelning(oppna, u -> u.arende().insatstyp == null ? "OKAND" : u.arende().insatstyp, null),
                fordelning(oppna, u -> tid(u.post().fran(), q.sista()), List.of(TID_3_6, TID_6_12, TID_OVER_12)),
                fordelning(oppna, u -> u.arende().barnKon == null ? "OKAND" : u.arende().barnKon, List.of("KVINNA", "MAN")));
    }

    /**
     * Marks the quarter's report as submitted: a fact {@code IvoRapportInlämnad} for every case in it, once per quarter
     * and case (the fact id), which meets the case's {@code IVO_VERKSTALLT_EFTER_RAPPORT} watch.
     */
    public IvoRapport.Inlamning lamnaIn(Kvartal q, Instant nu) {
        List<String> uppdrag = urval(q, null).stream().map(u -> u.arende().arendeId).distinct().sorted().toList();
        for (String id : uppdrag) {
            commands.sendAndWait(new RegistreraFaktum(id, Arendetyp.UPPDRAG, new Faktum("ivo-rapport:" + q + ":" + id,
                    Handelsetyper.IVO_RAPPORT_INLAMNAD, nu, Map.of("kvartal", q.toString(), "inlamnad", nu.toString())), nu));
        }
        return new IvoRapport.Inlamning(q.toString(), nu, uppdrag);
    }

    static final String TID_3_6 = "3-6 manader";
    static final String TID_6_12 = "6-12 manader";
    static final String TID_OVER_12 = "over 12 manader";

    /** Time from the decision (interruption) to the quarter's end, in the statistics' bands. */
    static String tid(LocalDate fran, LocalDate sista) {
        long manader = ChronoUnit.MONTHS.between(fran, sista);
        return manader < 6 ? TID_3_6 : manader < 12 ? TID_6_12 : TID_OVER_12;
    }

    private static List<Fordelning> fordelning(List<Urvalspost> poster, Function<Urvalspost, String> grupp, List<String> alltid) {
        Map<String, long[]> antal = new LinkedHashMap<>();
        if (alltid != null) {
            alltid.forEach(g -> antal.put(g, new long[2]));
        }
        for (Urvalspost u : poster) {
            antal.computeIfAbsent(grupp.apply(u), g -> new long[2])[u.post().slag() == Slag.EJ_VERKSTALLT ? 0 : 1]++;
        }
        List<Fordelning> f = new ArrayList<>();
        antal.forEach((g, n) -> f.add(new Fordelning(g, n[0], n[1], n[0] + n[1])));
        if (alltid == null) {
            f.sort(Comparator.comparing(Fordelning::grupp));
        }
        return f;
    }

    private static Individrapport individrapport(Urvalspost u, IvoUppgifter i, Kvartal q) {
        ArendeVy a = u.arende();
        IvoUrval.Post p = u.post();
        boolean avbrott = p.slag() == Slag.AVBROTT;
        String pseudonym = i.pseudonym() != null ? i.pseudonym() : a.barnPseudonym;
        String kon = i.kon() != null ? i.kon() : a.barnKon;
        String personkod = i.fodelsedatum() == null || pseudonym == null ? null : Personkod.av(i.fodelsedatum(), kon, pseudonym);
        LocalDate tom = p.verkstalldDatum() != null ? p.verkstalldDatum() : p.avslutsdatum() != null ? p.avslutsdatum() : q.sista();
        List<Skal> skal = i.skalForDrojsmal().stream()
                .filter(d -> d.datum() == null || (!d.datum().isAfter(tom) && (!avbrott || !d.datum().isBefore(p.fran()))))
                .map(d -> new Skal(d.datum(), d.kalla(), d.skal(), d.erbjudetUnderTiden())).toList();
        return new Individrapport(a.arendeId, p.slag().name(), personkod, kon, a.beslutsdatum,
                i.insatstyp() != null ? i.insatstyp() : a.insatstyp, i.lagrum() != null ? i.lagrum() : a.lagrum,
                i.myndighetsenhet() != null ? i.myndighetsenhet() : a.myndighetsenhet, avbrott ? p.fran() : null, skal,
                avbrott ? a.verkstallighetsdatum : p.verkstalldDatum(), avbrott ? p.verkstalldDatum() : null,
                p.avslutsdatum(), p.avslutsskal(), p.forstaKvartal().toString());
    }

    /** The interruptions of the quarter's decisions, in one query with the same selection as {@link #urval}. */
    private Map<String, List<IvoUrval.Avbrott>> avbrott(Kvartal q, String enhet, boolean inga) {
        Map<String, List<IvoUrval.Avbrott>> per = new HashMap<>();
        if (inga) {
            return per;
        }
        var fraga = em.createNativeQuery("SELECT v.arende_id, v.avbrottsdatum, v.aterupptagen_datum FROM avbrott_vy v "
                + "JOIN arende_vy a ON a.arende_id = v.arende_id WHERE a.arendetyp = :uppdrag AND a.lagrum IN (:lagrum) "
                + "AND a.beslutsdatum <= :sista AND (a.avslutsdatum IS NULL OR a.avslutsdatum >= :forsta)"
                + (enhet != null ? " AND a.myndighetsenhet = :enhet" : "") + " ORDER BY v.arende_id, v.avbrottsdatum")
                .setParameter("uppdrag", Arendetyp.UPPDRAG.name()).setParameter("lagrum", Regelkatalog.IVO_LAGRUM)
                .setParameter("sista", q.sista()).setParameter("forsta", q.forsta());
        if (enhet != null) {
            fraga.setParameter("enhet", enhet);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rader = fraga.getResultList();
        for (Object[] r : rader) {
            per.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new IvoUrval.Avbrott(datum(r[1]), datum(r[2])));
        }
        return per;
    }

    private static LocalDate datum(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
