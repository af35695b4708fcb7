package se.barnunga.assignment.domain;

import java.time.LocalDate;

/** The legal basis of a decision on intervention, valid for decisions on a range of dates. */
public enum Lagrum {
    /** 11 kap. 1 § socialtjänstlagen (2025:400), in force from 1 July 2025. */
    SOL_2025_11_1(LocalDate.of(2025, 7, 1), null),
    /** 4 kap. 1 § socialtjänstlagen (2001:453), for decisions taken before 1 July 2025. */
    SOL_2001_4_1(null, LocalDate.of(2025, 7, 1)),
    /** 11 § LVU: the committee's decision when consent is missing. */
    LVU_11(null, null);

    /** The day the new Socialtjänstlag (SFS 2025:400) entered into force. */
    public static final LocalDate NY_SOL_IKRAFT = LocalDate.of(2025, 7, 1);

    private final LocalDate fran;
    private final LocalDate fore;

    Lagrum(LocalDate fran, LocalDate fore) {
        this.fran = fran;
        this.fore = fore;
    }

    /** Whether a decision taken on the date may rest on this legal basis. */
    public boolean gallerFor(LocalDate beslutsdatum) {
        return (fran == null || !beslutsdatum.isBefore(fran)) && (fore == null || beslutsdatum.isBefore(fore));
    }

    /** Whether the decision needs the consent of the guardians (and of the child from 15). */
    public boolean kraverSamtycke() {
        return this != LVU_11;
    }
}
