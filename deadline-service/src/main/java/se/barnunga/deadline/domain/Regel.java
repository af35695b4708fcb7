package se.barnunga.deadline.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One deadline rule (docs/architecture.md, "Deadlines as data"), as data: listed by {@code GET /api/bevakningsregler}.
 * A rule can have several versions (e.g. the old and the new Social Services Act); the version whose validity covers
 * the watch's start date applies, so the law can change without code surgery.
 *
 * @param id                  stable id, e.g. {@code IVO_EJ_VERKSTALLT}
 * @param version             version of the rule, 1, 2, …
 * @param namn                the rule's name in Swedish
 * @param kalla               the legal or routine source
 * @param kalltyp             {@code LAG} (a legal duty) or {@code RUTIN} (the municipal routine)
 * @param giltigFran          first start date this version applies to
 * @param giltigTill          last start date this version applies to, null while in force
 * @param arendetyp           the kind of case it watches
 * @param start               the events that start a watch (the newest applies per occurrence)
 * @param forekomstfalt       the start event's field that tells occurrences apart (one watch each), null for one watch
 *                            per case
 * @param frist               the due computation
 * @param paminnelseDagar     days ahead of the due date a reminder is raised, null for none
 * @param uppfylls            the events that meet the watch
 * @param avbryts             the events that cancel it
 * @param ivo                 whether passing it requires an IVO report (raised again every quarter while open)
 * @param beskrivning         what the rule means, in Swedish
 */
public record Regel(String id, int version, String namn, String kalla, Kalltyp kalltyp, LocalDate giltigFran,
                    LocalDate giltigTill, Arendetyp arendetyp, List<Handelsemonster> start, String forekomstfalt,
                    Frist frist, Integer paminnelseDagar, List<Handelsemonster> uppfylls,
                    List<Handelsemonster> avbryts, boolean ivo, String beskrivning) {

    /** Whether a legal duty or the routine's. */
    public enum Kalltyp {
        LAG, RUTIN
    }

    public boolean galler(LocalDate startdatum) {
        return !startdatum.isBefore(giltigFran) && (giltigTill == null || !startdatum.isAfter(giltigTill));
    }
}
