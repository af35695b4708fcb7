package se.barnunga.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.barnunga.platform.time.Arbetskalender;

/**
 * Applies the rule catalogue to one case's facts: which watches there are, when each is due, and whether it has been
 * met or cancelled. A pure function of the set of facts – no clock, no arrival order – so a stop event before its
 * start event, a duplicate, or a replay of a whole topic gives the same watches ({@link Bevakningsarende} then only
 * publishes the difference).
 */
public final class Regelmotor {

    /** What the facts say about one watch. */
    public record Bevakningslage(String bevakningId, Regel regel, String forekomst, String startHandelseId,
                                 LocalDate startdatum, LocalDate forfallodatum, Instant forfaller, Instant paminnelse,
                                 Utgang utgang) {
    }

    /** How a watch ended: met (with the date) or cancelled (with the reason and date). */
    public record Utgang(boolean uppfylld, LocalDate datum, String orsak, String handelseId) {
    }

    private final List<Regel> regler;
    private final Arbetskalender kalender;
    private final ZoneId zon;
    /**
     * Per case type, each rule id's versions in catalogue order, the ids in the order they first appear in the
     * catalogue: worked out once here rather than on every evaluation (every check of the sweep evaluates a case).
     */
    private final Map<Arendetyp, Map<String, List<Regel>>> versionerPerTyp = new EnumMap<>(Arendetyp.class);

    public Regelmotor(List<Regel> regler, Arbetskalender kalender, ZoneId zon) {
        this.regler = regler;
        this.kalender = kalender;
        this.zon = zon;
        List<String> idOrdning = regler.stream().map(Regel::id).distinct().toList();
        for (Arendetyp typ : Arendetyp.values()) {
            Map<String, List<Regel>> perId = new LinkedHashMap<>();
            for (String regelId : idOrdning) {
                List<Regel> versioner = regler.stream().filter(r -> r.id().equals(regelId) && r.arendetyp() == typ).toList();
                if (!versioner.isEmpty()) {
                    perId.put(regelId, versioner);
                }
            }
            versionerPerTyp.put(typ, perId);
        }
    }

    /** The catalogue this engine applies. */
    public List<Regel> regler() {
        return regler;
    }

    /** The watches of a case, in catalogue order. */
    public List<Bevakningslage> bevakningar(Arendetyp arendetyp, String arendeId, Collection<Faktum> fakta) {
        Arendelage arende = Arendelage.av(fakta, zon);
        List<Faktum> nyastForst = fakta.stream().sorted(Faktum::nyastForst).toList();
        Map<String, Bevakningslage> resultat = new LinkedHashMap<>();
        Map<String, Map<String, Bevakningslage>> perRegel = new HashMap<>();
        for (Map.Entry<String, List<Regel>> regelOchVersioner : versionerPerTyp.getOrDefault(arendetyp, Map.of()).entrySet()) {
            String regelId = regelOchVersioner.getKey();
            List<Regel> versioner = regelOchVersioner.getValue();
            Regel forsta = versioner.get(0);
            // the newest qualifying start event per occurrence
            Map<String, Faktum> startPerForekomst = new LinkedHashMap<>();
            Map<String, Handelsemonster> monsterPerForekomst = new HashMap<>();
            for (Faktum f : nyastForst) {
                for (Handelsemonster m : forsta.start()) {
                    if (!m.passar(f, arende) || f.datumEllerDag(m.datumfalt(), zon) == null) {
                        continue;
                    }
                    String egen = forsta.forekomstfalt() == null ? null : f.varde(forsta.forekomstfalt());
                    List<String> forekomster = List.of(egen == null ? "" : egen);
                    if (m.efterPasseradRegel() != null) {
                        // an event without the occurrence field (the intervention ended) follows every occurrence of
                        // the other rule that had passed and was open on its date (e.g. each interruption reported)
                        Map<String, Bevakningslage> annan = perRegel.getOrDefault(m.efterPasseradRegel(), Map.of());
                        LocalDate datum = f.datumEllerDag(m.datumfalt(), zon);
                        forekomster = (egen != null ? List.of(egen) : List.copyOf(annan.keySet())).stream()
                                .filter(forekomst -> passeradOchOppen(annan, forekomst, datum)).toList();
                    }
                    for (String forekomst : forekomster) {
                        if (!startPerForekomst.containsKey(forekomst)) {
                            startPerForekomst.put(forekomst, f);
                            monsterPerForekomst.put(forekomst, m);
                        }
                    }
                }
            }
            Map<String, Bevakningslage> dennaRegel = new LinkedHashMap<>();
            startPerForekomst.forEach((forekomst, start) -> {
                Handelsemonster m = monsterPerForekomst.get(forekomst);
                LocalDate startdatum = start.datumEllerDag(m.datumfalt(), zon);
                Optional<Regel> version = versioner.stream().filter(r -> r.galler(startdatum)).findFirst();
                if (version.isEmpty()) {
                    return;
                }
                Regel regel = version.get();
                LocalDate forfallodatum = regel.frist().forfallodatum(startdatum,
                        regel.frist().datumfalt() == null ? null : start.datum(regel.frist().datumfalt()), kalender);
                if (forfallodatum == null) {
                    return;
                }
                Instant forfaller = forfallodatum.plusDays(1).atStartOfDay(zon).toInstant();
                Instant paminnelse = regel.paminnelseDagar() == null ? null
                        : forfallodatum.minusDays(regel.paminnelseDagar()).atStartOfDay(zon).toInstant();
                String id = regelId + ":" + arendeId + (forekomst.isEmpty() ? "" : ":" + forekomst);
                Utgang utgang = utgang(regel, forekomst, start, startdatum, nyastForst, arende);
                Bevakningslage lage = new Bevakningslage(id, regel, forekomst, start.handelseId(), startdatum, forfallodatum,
                        forfaller, paminnelse, utgang);
                dennaRegel.put(forekomst, lage);
                resultat.put(id, lage);
            });
            perRegel.put(regelId, dennaRegel);
        }
        return new ArrayList<>(resultat.values());
    }

    /** The earliest event that met or cancelled the watch; met wins a tie. */
    private Utgang utgang(Regel regel, String forekomst, Faktum start, LocalDate startdatum, List<Faktum> fakta,
                          Arendelage arende) {
        Utgang forst = null;
        for (Faktum f : fakta) {
            for (Handelsemonster m : regel.uppfylls()) {
                if (m.passar(f, arende) && traffar(m, regel, forekomst, start, startdatum, f)) {
                    forst = tidigast(forst, new Utgang(true, f.datumEllerDag(m.datumfalt(), zon), null, f.handelseId()));
                }
            }
            for (Handelsemonster m : regel.avbryts()) {
                if (m.passar(f, arende) && traffar(m, regel, forekomst, start, startdatum, f)) {
                    forst = tidigast(forst, new Utgang(false, f.datumEllerDag(m.datumfalt(), zon), m.orsak(), f.handelseId()));
                }
            }
        }
        return forst;
    }

    private boolean traffar(Handelsemonster m, Regel regel, String forekomst, Faktum start, LocalDate startdatum, Faktum f) {
        return switch (m.matchning()) {
            case ARENDET -> true;
            case SAMMA_FOREKOMST -> forekomst.equals(f.varde(regel.forekomstfalt()));
            case SENARE -> !f.handelseId().equals(start.handelseId()) && !f.datumEllerDag(m.datumfalt(), zon).isBefore(startdatum);
            case KVARTAL -> Kvartal.tolka(f.varde("kvartal")).map(k -> k.compareTo(Kvartal.av(startdatum)) >= 0).orElse(false);
        };
    }

    private static Utgang tidigast(Utgang a, Utgang b) {
        if (a == null) {
            return b;
        }
        Comparator<Utgang> ordning = Comparator.comparing(Utgang::datum).thenComparing(u -> !u.uppfylld())
                .thenComparing(Utgang::handelseId);
        return ordning.compare(a, b) <= 0 ? a : b;
    }

    /** Whether the other rule's watch of the occurrence had passed by the date and was still open on it. */
    private static boolean passeradOchOppen(Map<String, Bevakningslage> annan, String forekomst, LocalDate datum) {
        Bevakningslage b = annan == null ? null : annan.get(forekomst);
        return b != null && b.forfallodatum().isBefore(datum) && (b.utgang() == null || !b.utgang().datum().isBefore(datum));
    }
}
