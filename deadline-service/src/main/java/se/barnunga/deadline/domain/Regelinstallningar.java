package se.barnunga.deadline.domain;

/**
 * The deadlines of the rule catalogue that the municipality sets itself (the routine and the law name no time), read
 * from configuration by the application at start ({@code barnunga.bevakning.*}, see the README):
 *
 * @param samtyckeAterkallatDagar days after a withdrawal of consent within which the social secretary closes the
 *                                intervention, revokes the decision or re-decides it ({@code SAMTYCKE_ATERKALLAT};
 *                                {@code barnunga.bevakning.samtycke-aterkallat-dagar}, default 14)
 * @param efterUppfoljningDagar   days after a follow-up deciding a new investigation or rating a goal as a negative
 *                                change within which the investigation is opened or the intervention closed or adjusted
 *                                ({@code ATGARD_EFTER_UPPFOLJNING}; {@code barnunga.bevakning.efter-uppfoljning-dagar},
 *                                default 14)
 */
public record Regelinstallningar(int samtyckeAterkallatDagar, int efterUppfoljningDagar) {

    /**
     * 14 days for both: the same time the law gives for deciding whether to open an investigation on a report
     * (20 kap. 2 § SoL 2025:400) and the routine's norm for starting a decision ("bör ske inom 14 dagar") – long enough
     * to talk with the family and, for 11 § LVU, to bring the matter to the committee's delegate, short enough that a
     * child does not go on without a legal basis or with a deteriorating situation unattended.
     */
    public static final Regelinstallningar STANDARD = new Regelinstallningar(14, 14);

    public Regelinstallningar {
        kontrollera("samtyckeAterkallatDagar", samtyckeAterkallatDagar);
        kontrollera("efterUppfoljningDagar", efterUppfoljningDagar);
    }

    private static void kontrollera(String namn, int dagar) {
        if (dagar < 1 || dagar > 365) {
            throw new IllegalArgumentException(namn + " must be 1–365 days, was " + dagar);
        }
    }

    /** Days ahead of the due date a reminder is raised: 4, or fewer for a very short deadline (never before it starts). */
    static int paminnelse(int dagar) {
        return Math.min(4, dagar - 1);
    }
}
