package se.barnunga.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.barnunga.platform.time.ClockProducer;

/**
 * One fact a watch depends on: a consumed contract event in normalised form (its type and its fields as text, dates in
 * ISO form), or a fact of this service (e.g. {@code IvoRapportInlamnad}). The rules read facts by event type and field
 * name, so a rule is data over facts, and a case's watches are a function of the set of its facts – the same whatever
 * order they arrive in, however often.
 *
 * @param handelseId the CloudEvent id (or this service's own id), unique and stable across re-delivery
 * @param typ        the event type as on the wire, e.g. {@code InsatsVerkställd}
 * @param tidpunkt   when it happened (the event's time)
 * @param varden     the fields the rules read; null values are left out
 */
public record Faktum(String handelseId, String typ, Instant tidpunkt, Map<String, String> varden) {

    public Faktum {
        Objects.requireNonNull(handelseId, "handelseId");
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(tidpunkt, "tidpunkt");
        TreeMap<String, String> utan = new TreeMap<>();
        if (varden != null) {
            varden.forEach((k, v) -> {
                if (v != null) {
                    utan.put(k, v);
                }
            });
        }
        varden = java.util.Collections.unmodifiableSortedMap(utan);
    }

    public String varde(String falt) {
        return varden.get(falt);
    }

    /** The field as a date (a moment counts as its day in Europe/Stockholm); null when absent or not a date. */
    public LocalDate datum(String falt) {
        String v = varden.get(falt);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v) : LocalDate.ofInstant(Instant.parse(v), ClockProducer.ZONE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The field as a date, or the day the fact happened (Europe/Stockholm) when the field is null or absent. */
    public LocalDate datumEllerDag(String falt, ZoneId zon) {
        LocalDate d = falt == null ? null : datum(falt);
        return d != null ? d : LocalDate.ofInstant(tidpunkt, zon);
    }

    /** Newest first: later time, then the larger id (a total order, so "the newest" never depends on arrival). */
    public static int nyastForst(Faktum a, Faktum b) {
        int c = b.tidpunkt.compareTo(a.tidpunkt);
        return c != 0 ? c : b.handelseId.compareTo(a.handelseId);
    }
}
