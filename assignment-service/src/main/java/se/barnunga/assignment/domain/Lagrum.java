package se.barnunga.assignment.domain;

import java.time.LocalDate;

/**
 * The legal basis of a decision on intervention, valid for decisions on a range of dates and, for young adults, on
 * an age range. The routine covers "barn under 18 år" and "unga över 18 år men under 21 år med stöd av 11 kap. 1 § SoL
 * eller 13 kap. 7 § samma lag" (seed 001, before 2025-07-01: "3 kap. 6 b §").
 */
public enum Lagrum {
    /** 11 kap. 1 § socialtjänstlagen (2025:400), in force from 1 July 2025. */
    SOL_2025_11_1(LocalDate.of(2025, 7, 1), null, false),
    /** 4 kap. 1 § socialtjänstlagen (2001:453), for decisions taken before 1 July 2025. */
    SOL_2001_4_1(null, LocalDate.of(2025, 7, 1), false),
    /**
     * 11 § LVU: only for a child cared for under LVU, and only by the committee (or its delegate) when the consent is
     * missing: the decision records the LVU care decision ({@link LvuVard}) and the committee's decision
     * ({@link Namndbeslut}).
     */
    LVU_11(null, null, false),
    /** 13 kap. 7 § socialtjänstlagen (2025:400): a young person of 18, 19 or 20, from 1 July 2025. */
    SOL_2025_13_7(LocalDate.of(2025, 7, 1), null, true),
    /** 3 kap. 6 b § socialtjänstlagen (2001:453): a young person of 18, 19 or 20, before 1 July 2025. */
    SOL_2001_3_6B(null, LocalDate.of(2025, 7, 1), true);

    /** The day the new Socialtjänstlag (SFS 2025:400) entered into force. */
    public static final LocalDate NY_SOL_IKRAFT = LocalDate.of(2025, 7, 1);
    /** A young adult basis applies from the 18th birthday. */
    public static final int UNG_VUXEN_FRAN_ALDER = 18;
    /** The routine's scope ends on the 21st birthday ("unga över 18 år men under 21 år"). */
    public static final int RUTINEN_UPPHOR_VID_ALDER = 21;

    private final LocalDate fran;
    private final LocalDate fore;
    private final boolean ungVuxen;

    Lagrum(LocalDate fran, LocalDate fore, boolean ungVuxen) {
        this.fran = fran;
        this.fore = fore;
        this.ungVuxen = ungVuxen;
    }

    /** Whether a decision taken on the date may rest on this legal basis. */
    public boolean gallerFor(LocalDate beslutsdatum) {
        return (fran == null || !beslutsdatum.isBefore(fran)) && (fore == null || beslutsdatum.isBefore(fore));
    }

    /** Whether the basis is the one for young adults (18–20 years on the decision date). */
    public boolean ungVuxen() {
        return ungVuxen;
    }

    /** Whether a person of the age (in whole years on the decision date) may be granted an intervention on this basis. */
    public boolean gallerForAlder(int alder) {
        return alder < RUTINEN_UPPHOR_VID_ALDER && (!ungVuxen || alder >= UNG_VUXEN_FRAN_ALDER);
    }

    /** Whether the decision needs the consent of the guardians (and of the child from 15, the young person from 18). */
    public boolean kraverSamtycke() {
        return this != LVU_11;
    }

    /** Why the basis does not hold for the date, in the words of the error message. */
    String varforInteDatumet() {
        return switch (this) {
            case SOL_2001_4_1 -> "4 kap. 1 § SoL (2001:453) gäller beslut före 2025-07-01; använd 11 kap. 1 § SoL (2025:400).";
            case SOL_2025_11_1 -> "11 kap. 1 § SoL (2025:400) gäller beslut från 2025-07-01; använd 4 kap. 1 § SoL (2001:453).";
            case SOL_2001_3_6B -> "3 kap. 6 b § SoL (2001:453) gäller beslut före 2025-07-01; använd 13 kap. 7 § SoL (2025:400).";
            case SOL_2025_13_7 -> "13 kap. 7 § SoL (2025:400) gäller beslut från 2025-07-01; använd 3 kap. 6 b § SoL (2001:453).";
            case LVU_11 -> "11 § LVU gäller alla beslutsdatum.";
        };
    }
}
