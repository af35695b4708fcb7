package se.barnunga.deadline.domain;

import java.time.LocalDate;

/**
 * Who and what a watch is about, as carried on every watch event (no direct identifiers: the child's pseudonym, sex and
 * birth year; units; staff id of the social secretary).
 */
public record Arendeinfo(String barnPseudonym, String barnKon, Integer barnFodelsear, String myndighetsenhet,
                         String utforarenhet, String socialsekreterare, String insatstyp, String lagrum,
                         LocalDate beslutsdatum) {

    public static Arendeinfo av(Arendelage lage) {
        Integer fodelsear = null;
        try {
            fodelsear = lage.varde("barn.fodelsear") == null ? null : Integer.valueOf(lage.varde("barn.fodelsear"));
        } catch (NumberFormatException e) {
            // a malformed birth year is left unknown
        }
        return new Arendeinfo(lage.varde("barn.pseudonym"), lage.varde("barn.kon"), fodelsear, lage.varde("myndighetsenhet"),
                lage.varde("utforarenhet"), lage.varde("socialsekreterare"), lage.varde("insatstyp"), lage.varde("lagrum"),
                lage.datum("beslutsdatum"));
    }
}
