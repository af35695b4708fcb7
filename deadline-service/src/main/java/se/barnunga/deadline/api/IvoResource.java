package se.barnunga.deadline.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.deadline.application.IvoRapport;
import se.barnunga.deadline.application.IvoRapportering;
import se.barnunga.deadline.domain.Kvartal;
import se.barnunga.platform.api.Patterns;
import se.barnunga.platform.api.Problem;
import se.barnunga.platform.api.Rapporturval;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.security.CurrentUser;
import se.barnunga.platform.time.ClockProducer;

/**
 * IVO's quarterly report (34 kap. 1–2 §§ SoL 2025:400, old 16 kap. 6 f–h §§ SoL 2001:453) for the rapportör, as JSON
 * and as CSV, with the identifying fields fetched from the assignment-service with the rapportör's own token; marking
 * a quarter's report as submitted; the statistics for the municipal council and the auditors (no identifying data).
 */
@Path("/api/ivo")
@Tag(name = "IVO-rapportering")
@APIResponse(responseCode = "422", description = "Ogiltigt kvartal, kvartal i framtiden eller ännu inte avslutat (fältet och regeln anges)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IvoResource {

    static final String CSV = "text/csv";
    static final String CSV_UTF8 = "text/csv;charset=UTF-8";

    @Inject
    IvoRapportering rapportering;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    @GET
    @Path("rapporter/{kvartal: [^/.]+}")
    @Produces({MediaType.APPLICATION_JSON, CSV_UTF8})
    @RolesAllowed(Roll.Namn.RAPPORTOR)
    @Audited(resource = "ivo-rapport")
    @Operation(summary = "IVO-rapporten för ett kvartal (JSON, eller CSV med Accept: text/csv)",
            description = "Beslut om insats (11 kap. 1 § SoL, tidigare 4 kap. 1 §) som inte verkställts inom tre månader och "
                    + "avbrott som inte återupptagits inom tre månader – rapporteras varje kvartal tills de verkställts eller "
                    + "avslutats – samt tidigare rapporterade beslut som verkställts eller avslutats under kvartalet, med datum "
                    + "och skäl. Personkod och kön hämtas från uppdragstjänsten med din behörighet; varje läsning loggas.")
    @APIResponse(responseCode = "200", description = "Rapporten", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IvoRapport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "502", description = "Uppdragstjänsten svarar inte eller med fel", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IvoRapport rapport(@PathParam("kvartal") String kvartal, @Context HttpHeaders headers) {
        Kvartal q = kvartal(kvartal);
        return rapportering.rapport(q, headers.getHeaderString(HttpHeaders.AUTHORIZATION), clock.instant());
    }

    @GET
    @Path("rapporter/{kvartal: [^/.]+}.csv")
    @Produces(CSV_UTF8)
    @RolesAllowed(Roll.Namn.RAPPORTOR)
    @Audited(resource = "ivo-rapport")
    @Operation(summary = "IVO-rapporten för ett kvartal som CSV (semikolonseparerad, UTF-8, rubrikrad)")
    @APIResponse(responseCode = "200", description = "Rapporten som CSV", content = @Content(mediaType = CSV,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "502", description = "Uppdragstjänsten svarar inte eller med fel", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IvoRapport rapportCsv(@PathParam("kvartal") String kvartal, @Context HttpHeaders headers) {
        return rapport(kvartal, headers);
    }

    @POST
    @Path("rapporter/{kvartal: [^/.]+}/inlamning")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.RAPPORTOR)
    @Audited(resource = "ivo-rapport", action = Audited.Action.CHANGE, inCallTransaction = false)
    @Operation(summary = "Markera kvartalets IVO-rapport som inlämnad",
            description = "Registrerar att rapporten lämnats in för varje ärende i den (en gång per kvartal och ärende; att "
                    + "lämna in igen ändrar inget). Rapporten lämnas in efter kvartalets slut.")
    public IvoRapport.Inlamning inlamning(@PathParam("kvartal") String kvartal) {
        Kvartal q = kvartal(kvartal);
        if (!q.sista().isBefore(idag())) {
            throw new RuleViolation("kvartal", "KVARTAL_EJ_AVSLUTAT", "Kvartalets rapport lämnas in efter kvartalets slut.");
        }
        return rapportering.lamnaIn(q, clock.instant());
    }

    @GET
    @Path("statistik/{kvartal: [^/.]+}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.RAPPORTOR, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "ivo-rapport")
    @Operation(summary = "Statistik för kommunfullmäktige och revisorerna: ej verkställda beslut och avbrott vid kvartalets slut",
            description = "Antal per insatstyp, per tid sedan beslutet (avbrottet) och per kön, utan personuppgifter. "
                    + "Rapportören ser alla enheter (eller en, med enhet=), enhetschefen sin egen enhet.")
    public IvoRapport.Statistik statistik(@PathParam("kvartal") String kvartal,
                                          @QueryParam("enhet") @Pattern(regexp = Patterns.UNIT_CODE) String enhet) {
        Kvartal q = kvartal(kvartal);
        String urval = Rapporturval.enhet(user.actor(), enhet, "Enhetschefen ser statistiken för sin egen enhet.");
        return rapportering.statistik(q, urval, clock.instant());
    }

    private Kvartal kvartal(String text) {
        Kvartal q = Kvartal.tolka(text).orElseThrow(() -> new RuleViolation("kvartal", "KVARTAL_OGILTIGT",
                "Kvartalet anges som ÅÅÅÅ-QN, t.ex. 2027-Q1."));
        if (q.ar() < 1980 || q.compareTo(Kvartal.av(idag())) > 0) {
            throw new RuleViolation("kvartal", q.ar() < 1980 ? "KVARTAL_OGILTIGT" : "KVARTAL_I_FRAMTIDEN",
                    q.ar() < 1980 ? "Kvartalet ligger före bevakningens tid." : "Kvartalet har inte börjat.");
        }
        return q;
    }

    private LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE);
    }
}
