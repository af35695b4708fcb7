package se.barnunga.concern.domain;

/**
 * Deviations from the routine that are recorded – never used to refuse a report (19 kap. 1 § SoL: the duty to pass on a
 * concern can not be blocked). Each is registered at most once per concern.
 */
public enum Avvikelsetyp {
    /** Guardians were told although the concern is violence or abuse by a parent or other close person. */
    VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP("Vårdnadshavare informerades trots misstanke om våld eller övergrepp av närstående."),
    /** Guardians (or the child, 15+) were not told before the concern was passed on, and no reason was given. */
    INTE_INFORMERAT_UTAN_SKAL("Vårdnadshavare eller barnet (15 år eller äldre) informerades inte innan oron lämnades, utan angivet skäl."),
    /** The oral report was confirmed in writing after the end of the next working day. */
    SKRIFTLIG_BEKRAFTELSE_SEN("Den muntliga oron bekräftades skriftligt efter fristen (nästa arbetsdag)."),
    /** The oral report was not confirmed in writing by the end of the next working day. */
    SKRIFTLIG_BEKRAFTELSE_SAKNAS("Den muntliga oron hade inte bekräftats skriftligt vid fristens slut (nästa arbetsdag)."),
    /** The protection assessment was not made on the day the concern came in. */
    SKYDDSBEDOMNING_INTE_SAMMA_DAG("Skyddsbedömningen gjordes inte samma dag som oron kom in."),
    /** The preliminary assessment was not closed within 14 days. */
    FORHANDSBEDOMNING_EFTER_14_DAGAR("Förhandsbedömningen avslutades inte inom 14 dagar.");

    private final String beskrivning;

    Avvikelsetyp(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    public String beskrivning() {
        return beskrivning;
    }
}
