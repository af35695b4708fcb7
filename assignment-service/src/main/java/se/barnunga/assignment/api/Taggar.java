package se.barnunga.assignment.api;

/**
 * The names of the assignment-service's OpenAPI tags, one per phase of the routine; their order and descriptions are
 * declared on the package ({@code package-info.java}).
 */
public final class Taggar {

    public static final String FORFRAGAN = "Uppdrag: förfrågan, samtycke och beslut";
    public static final String PLANERING = "Uppdrag: mottagande och planering";
    public static final String GENOMFORANDE = "Uppdrag: genomförande";
    public static final String AVSLUT = "Uppdrag: avslut";
    public static final String VISA = "Uppdrag: visa och lista";
    public static final String KODLISTOR = "Kodlistor";
    /** The platform's tags ({@code AuditResource}, {@code OperationsResource}), last. */
    public static final String GRANSKNINGSLOGG = "Granskningslogg";
    public static final String DRIFT = "Drift";

    private Taggar() {
    }
}
