package se.barnunga.deadline.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.deadline.application.Kvalitetsindikatorer;
import se.barnunga.deadline.application.Kvalitetsindikatorer.Rapport;
import se.barnunga.deadline.application.Kvalitetsindikatorer.Urval;
import se.barnunga.platform.api.Patterns;
import se.barnunga.platform.api.Problem;
import se.barnunga.platform.api.Rapporturval;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.security.CurrentUser;

/**
 * The quality indicators of the follow-up plan (seed 004: B.4.1, A.2.2, B 2.1, B 2.4, D.1.1, H.3.1) and the service's
 * own measures ({@code BU.BESLUT_TILL_START}, {@code BU.SKYDDSBEDOMNING_SAMMA_DAG}) for a period, per unit and in all, by
 * sex; every report carries each indicator's definition (the seed quoted) and the reading chosen, see
 * {@link Kvalitetsindikatorer#DEFINITIONER}. The unit manager sees their own unit, the rapportör any unit or all. No
 * personal data: counts, shares and days only.
 */
@Path("/api/kvalitetsindikatorer")
@Tag(name = "Kvalitetsindikatorer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Ogiltig begäran (t.ex. ett datum som inte är ÅÅÅÅ-MM-DD)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Ogiltig period (fältet och regeln anges)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class KvalitetsindikatorResource {

    @Inject
    Kvalitetsindikatorer kvalitetsindikatorer;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roll.Namn.ENHETSCHEF, Roll.Namn.RAPPORTOR})
    @Audited(resource = "kvalitetsindikatorer")
    @Operation(summary = "Kvalitetsindikatorer enligt uppföljningsplanen per enhet och period, per kön: aktuell genomförandeplan "
            + "(B.4.1) och SIP (A.2.2) 1 april och 1 november, förhandsbedömningar där barnets hörande inte är dokumenterat "
            + "(B 2.1), barn som inte kommit till tals vid uppföljning (B 2.4), dokumenterad skyddsbedömning (D.1.1), tid för "
            + "förhandsbedömning (H.3.1), samt egna mått: dagar från beslut till verkställighet och skyddsbedömning samma dag",
            description = "Period fran–till (standard: innevarande år till och med i dag). Per myndighetsenhet (för oro: "
                    + "mottagande enhet) och totalt, var och en för pojkar (MAN), flickor (KVINNA), okänt kön (OKANT, när "
                    + "det finns) och totalt. Varje indikator bär sitt id: uppföljningsplanens (seed 004) när den mäter det "
                    + "planen definierar, annars ett eget id (BU.…). 'definitioner' citerar planens definition och anger hur "
                    + "indikatorn läses ur händelserna. Seed 004:s D.3.1 (dagar i utredningar) redovisas inte: utredningarna "
                    + "ligger utanför systemet. Enhetschefen ser sin egen enhet; rapportören alla eller en vald enhet. Inga "
                    + "personuppgifter.")
    public Rapport kvalitetsindikatorer(@QueryParam("enhet") @Pattern(regexp = Patterns.UNIT_CODE) String enhet,
                                        @QueryParam("fran") LocalDate fran, @QueryParam("till") LocalDate till) {
        Rapporturval urval = Rapporturval.av(user.actor(), enhet, fran, till, clock,
                "Enhetschefen ser kvalitetsindikatorerna för sin egen enhet.");
        return kvalitetsindikatorer.rapport(new Urval(urval.enhet(), urval.fran(), urval.till()));
    }
}
