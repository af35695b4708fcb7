package se.barnunga.concern.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What is overdue on a concern at a moment: one place for the inbox and the concern view. */
public final class Forseningar {

    /** The deadlines a recipient (or the reporter) can miss. */
    public enum Frist {
        KVITTERING, SKYDDSBEDOMNING, SKRIFTLIG_BEKRAFTELSE, ATERKOPPLING, FORHANDSBEDOMNING
    }

    private Forseningar() {
    }

    /**
     * The overdue deadlines: each whose due time has passed at {@code nu} without the step done. {@code aterkoppling}
     * is when feedback was given or, for special reasons, decided against – either ends the obligation.
     */
    public static List<Frist> vid(Instant nu, Instant kvitteraSenast, Instant mottagen, Instant skyddSenast, Instant skydd,
                                  Instant skriftligSenast, Instant skriftlig, Instant aterkopplingSenast, Instant aterkoppling,
                                  Instant forhandsSenast, Instant forhands) {
        List<Frist> forsenat = new ArrayList<>();
        boolean oppen = forhands == null;
        if (oppen && mottagen == null && passerad(nu, kvitteraSenast)) {
            forsenat.add(Frist.KVITTERING);
        }
        if (oppen && skydd == null && passerad(nu, skyddSenast)) {
            forsenat.add(Frist.SKYDDSBEDOMNING);
        }
        if (skriftligSenast != null && skriftlig == null && passerad(nu, skriftligSenast)) {
            forsenat.add(Frist.SKRIFTLIG_BEKRAFTELSE);
        }
        if (aterkoppling == null && passerad(nu, aterkopplingSenast)) {
            forsenat.add(Frist.ATERKOPPLING);
        }
        if (oppen && passerad(nu, forhandsSenast)) {
            forsenat.add(Frist.FORHANDSBEDOMNING);
        }
        return forsenat;
    }

    /** For a read-model row. */
    public static List<Frist> vid(Instant nu, OroVy v) {
        return vid(nu, v.kvitteraSenast, v.mottagen, v.skyddsbedomningSenast, v.skyddsbedomd, v.skriftligSenast,
                v.skriftligtBekraftad, v.aterkopplingSenast, v.aterkopplingLamnad != null ? v.aterkopplingLamnad : v.aterkopplingAvstadd,
                v.forhandsbedomningSenast, v.forhandsbedomd);
    }

    private static boolean passerad(Instant nu, Instant frist) {
        return frist != null && !nu.isBefore(frist);
    }
}
