package se.barnunga.assignment.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import se.barnunga.assignment.domain.Handelser.Genomforandeplan;
import se.barnunga.assignment.domain.Handelser.InvandningHanterad;
import se.barnunga.assignment.domain.Handelser.InvandningRegistrerad;

/**
 * The implementation plan's state in an {@link Uppdrag}: its current version and date, and the family's objections to
 * it with those not yet handled. An immutable value the aggregate replaces from its event sourcing handlers.
 *
 * @param version     the current version, 0 while there is no plan (also after a new enquiry)
 * @param datum       the current version's date, {@code null} while there is no plan
 * @param invandningar every objection registered, by id
 * @param oppna       the objections the social secretary has not handled yet
 */
record Planlage(int version, LocalDate datum, Set<String> invandningar, Set<String> oppna) {

    /** Before any plan or objection. */
    static final Planlage INGEN = new Planlage(0, null, Set.of(), Set.of());

    /** A plan is established (and perhaps revised). */
    boolean finns() {
        return version > 0;
    }

    /** The objection is registered. */
    boolean harInvandning(String invandningId) {
        return invandningar.contains(invandningId);
    }

    /** The objection is registered and not yet handled. */
    boolean arOppen(String invandningId) {
        return oppna.contains(invandningId);
    }

    /** After the plan is established or revised. */
    Planlage efter(Genomforandeplan e) {
        return new Planlage(e.version(), e.datum(), invandningar, oppna);
    }

    /** After a new enquiry: the next unit draws up its own plan; the objections stay on the case. */
    Planlage efterNyForfragan() {
        return new Planlage(0, null, invandningar, oppna);
    }

    Planlage efter(InvandningRegistrerad e) {
        return new Planlage(version, datum, med(invandningar, e.invandningId()), med(oppna, e.invandningId()));
    }

    Planlage efter(InvandningHanterad e) {
        Set<String> kvar = new HashSet<>(oppna);
        kvar.remove(e.invandningId());
        return new Planlage(version, datum, invandningar, Collections.unmodifiableSet(kvar));
    }

    private static Set<String> med(Set<String> s, String id) {
        Set<String> ny = new HashSet<>(s);
        ny.add(id);
        return Collections.unmodifiableSet(ny);
    }
}
