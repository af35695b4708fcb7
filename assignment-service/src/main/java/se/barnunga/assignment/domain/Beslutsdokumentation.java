package se.barnunga.assignment.domain;

/**
 * The documentation of a decision on intervention (SOSFS 2014:5 4 kap. 13–14 §, 18 §) and what the routine says must be
 * in place before it (seed 000). Free text and staff names: stays in this service, never on Kafka; which items are
 * required for which decision is checked by the {@link Uppdrag} aggregate (field paths as in the REST body).
 *
 * @param skal                         the reasons for the decision (13 § 4), required
 * @param beslutsfattare               who took the decision: name and title, delegation level (13 § 6), required
 *                                     (for 11 § LVU the committee's decision names it: {@link Namndbeslut})
 * @param ansokanAvser                 what the individual's application or request concerned (14 § 1), required for
 *                                     a decision under a consent-based basis (bistånd)
 * @param delvisAvslag                 what was refused in part, and why (14 § 2), when anything was
 * @param enskildesOnskemalOmUtforare  the wishes about the performer the individual expressed (18 §); none when absent
 * @param beslutsunderlag              reference to the decision basis ("Det ska alltid finnas ett beslutsunderlag"),
 *                                     required
 * @param behovsbedomningKommunicerad  the assessment of need was communicated with the child and the guardians
 *                                     ("Observera: Socialsekreteraren ska innan utredningen avslutas: 1) Kommunicera
 *                                     bedömningen av behov av insats med barnet och vårdnadshavaren"), required and
 *                                     true for a granted intervention after the investigation
 * @param syfte                        the purpose of the intervention ("Formulera mål och syfte med insatsen"), required
 * @param malOverenskomnaMedFamiljen   the goals were formulated with, and are agreed by, the guardians and the child by
 *                                     age and maturity, or the young person ("ska vara överens om vilka mål som ska
 *                                     uppnås för att insatsen ska kunna beviljas med stöd av 11 kap. 1 § SoL"),
 *                                     required and true under a consent-based basis
 */
public record Beslutsdokumentation(String skal, Beslutsfattare beslutsfattare, String ansokanAvser,
                                   DelvisAvslag delvisAvslag, String enskildesOnskemalOmUtforare,
                                   String beslutsunderlag, Boolean behovsbedomningKommunicerad, String syfte,
                                   Boolean malOverenskomnaMedFamiljen) {
    @Override
    public String toString() {
        return "Beslutsdokumentation[***]";
    }
}
