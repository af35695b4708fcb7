package se.barnunga.followup.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting as {@link Uppfoljning} needs it to decide: kept by its event-sourcing handlers, read by its predicates.
 * Its fields are the aggregate's snapshot (serialized field by field).
 */
final class Mote {
    String id;
    Motesslag slag;
    boolean extra;
    int nummer;
    LocalDate datum;
    Bokningskalla kalla;
    boolean sammanfattning;
    boolean formote;
    boolean hallet;
    /** Held, and the outcome was a new investigation or a goal was rated as a negative change. */
    boolean kraverUtredning;
    boolean utredningInledd;
    /** The day the performer's summary was handed in (null: none). */
    LocalDate sammanfattningDag;
    boolean overlamnad;

    Mote() {
        // for snapshots
    }

    Mote(String id) {
        this.id = id;
    }

    /** A held follow-up meeting (not the closing meeting). */
    boolean arHalletUppfoljningsmote() {
        return hallet && slag == Motesslag.UPPFOLJNING;
    }

    /** The summary before it was handed in and not yet handed to the family. */
    boolean harOlamnadSammanfattning() {
        return sammanfattning && !overlamnad;
    }

    /** It called for a new investigation that is not yet recorded as opened. */
    boolean vantarPaUtredning() {
        return kraverUtredning && !utredningInledd;
    }

    /** By value, so that replaying the events can be compared with the working state (Axon's test fixture does). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Mote m && extra == m.extra && nummer == m.nummer && sammanfattning == m.sammanfattning
                && formote == m.formote && hallet == m.hallet && Objects.equals(id, m.id) && slag == m.slag
                && Objects.equals(datum, m.datum) && kalla == m.kalla && kraverUtredning == m.kraverUtredning
                && utredningInledd == m.utredningInledd && Objects.equals(sammanfattningDag, m.sammanfattningDag)
                && overlamnad == m.overlamnad;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, slag, extra, nummer, datum, kalla, sammanfattning, formote, hallet, kraverUtredning,
                utredningInledd, sammanfattningDag, overlamnad);
    }
}
