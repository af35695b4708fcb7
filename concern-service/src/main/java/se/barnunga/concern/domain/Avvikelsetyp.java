package se.barnunga.concern.domain;

/**
 * Deviations from the routine that are recorded – never used to refuse a report (19 kap. 1 § SoL: the duty to pass on a
 * concern can not be blocked). Each is registered at most once per concern, except the two about telling the family
 * when abuse is suspected, which are registered once per family member told.
 */
public enum Avvikelsetyp {
    /** A guardian was told although abuse is suspected (one deviation per guardian told). */
    VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP(
            "Vårdnadshavare informerades trots misstanke om övergrepp eller närståendes våld.",
            "Observera att vid misstanke om fysiskt, psykiskt eller sexuellt övergrepp ska inte vårdnadshavare eller annan "
                    + "familjemedlem informeras. (Checklistan: under förutsättning att oron inte gäller en förälders eller "
                    + "annan närståendes våld eller annat övergrepp mot barnet ska vårdnadshavaren informeras.)"),
    /** Another family member was told although abuse is suspected (one deviation per family member told). */
    FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP(
            "Annan familjemedlem informerades trots misstanke om övergrepp eller närståendes våld.",
            "Observera att vid misstanke om fysiskt, psykiskt eller sexuellt övergrepp ska inte vårdnadshavare eller annan "
                    + "familjemedlem informeras."),
    /** Guardians (or the child, 15+) were not told before the concern was passed on, and no reason was given. */
    INTE_INFORMERAT_UTAN_SKAL(
            "Vårdnadshavare eller barnet (15 år eller äldre) informerades inte innan oron lämnades, utan angivet skäl.",
            "Under förutsättning att oron inte gäller en förälders eller annan närståendes våld eller annat övergrepp mot "
                    + "barnet, ska vårdnadshavaren, och barnet om hen fyllt 15 år eller utifrån barnets ålder och mognad "
                    + "informeras om oron och att den kommer att lämnas till ansvarig socialsekreterare, innan oron lämnas vidare."),
    /** The oral report was confirmed in writing after the end of the next working day. */
    SKRIFTLIG_BEKRAFTELSE_SEN("Den muntliga oron bekräftades skriftligt efter fristen (nästa arbetsdag).",
            "Om situationen är akut, lämna muntlig information om vad oron gäller och bekräfta den sedan skriftligt."),
    /** The oral report was not confirmed in writing by the end of the next working day. */
    SKRIFTLIG_BEKRAFTELSE_SAKNAS("Den muntliga oron hade inte bekräftats skriftligt vid fristens slut (nästa arbetsdag).",
            "Om situationen är akut, lämna muntlig information om vad oron gäller och bekräfta den sedan skriftligt."),
    /** The protection assessment was not made on the day the concern came in. */
    SKYDDSBEDOMNING_INTE_SAMMA_DAG("Skyddsbedömningen gjordes inte samma dag som oron kom in.",
            "20 kap. 1 § SoL: skyddsbedömning genast."),
    /** The preliminary assessment was not closed within 14 days. */
    FORHANDSBEDOMNING_EFTER_14_DAGAR("Förhandsbedömningen avslutades inte inom 14 dagar.",
            "20 kap. 2 § SoL: förhandsbedömning inom 14 dagar.");

    private final String beskrivning;
    private final String rutin;

    Avvikelsetyp(String beskrivning, String rutin) {
        this.beskrivning = beskrivning;
        this.rutin = rutin;
    }

    public String beskrivning() {
        return beskrivning;
    }

    /** The routine's (or the law's) words the deviation breaks. */
    public String rutin() {
        return rutin;
    }
}
