package se.barnunga.assignment.api;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.application.UppdragFragor;
import se.barnunga.assignment.application.UppdragVy;
import se.barnunga.assignment.domain.Barn;
import se.barnunga.assignment.domain.BekraftaMottagande;
import se.barnunga.assignment.domain.RegistreraUppdrag;
import se.barnunga.assignment.domain.SkickaUppdrag;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.platform.api.Page;
import se.barnunga.platform.api.Problem;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.AuditedCases;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.security.CurrentUser;

/** Assignments (uppdrag): register, send, confirm receipt, read. */
@Path("/api/uppdrag")
@Tag(name = "Uppdrag")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Ogiltig begäran", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Inloggning krävs", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Otillåten åtgärd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UppdragResource {

    @Inject
    CommandGateway commands;
    @Inject
    UppdragFragor fragor;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** The id of the assignment a command created or changed (audited as the case). */
    public record UppdragId(String uppdragId) implements AuditedCases {
        @Override
        public java.util.Collection<String> auditedCaseIds() {
            return java.util.List.of(uppdragId);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera ett uppdrag till en utförarenhet")
    @APIResponse(responseCode = "201", description = "Uppdraget är registrerat")
    public Response registrera(@NotNull @Valid RegistreraUppdragRequest request) {
        String uppdragId = UUID.randomUUID().toString();
        Personnummer personnummer = Personnummer.parse(request.barn().personnummer(), clock);
        commands.sendAndWait(new RegistreraUppdrag(uppdragId, request.typ(),
                Barn.of(personnummer, request.barn().fornamn(), request.barn().efternamn()),
                request.utforarenhet(), user.actor(), clock.instant()));
        return Response.created(URI.create("/api/uppdrag/" + uppdragId)).entity(new UppdragId(uppdragId)).build();
    }

    @POST
    @Path("{uppdragId}/skicka")
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Skicka uppdraget till utförarenhetens metodhandledare")
    @APIResponse(responseCode = "200", description = "Uppdraget är skickat")
    @APIResponse(responseCode = "404", description = "Uppdraget finns inte", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Uppdraget är redan skickat eller ändrades samtidigt", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UppdragId skicka(@PathParam("uppdragId") @CaseId String uppdragId) {
        commands.sendAndWait(new SkickaUppdrag(validId(uppdragId), user.actor(), clock.instant()));
        return new UppdragId(uppdragId);
    }

    @POST
    @Path("{uppdragId}/mottagande")
    @RolesAllowed(Roll.Namn.METODHANDLEDARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Bekräfta att uppdraget är mottaget (metodhandledare på utförarenheten)")
    @APIResponse(responseCode = "200", description = "Mottagandet är bekräftat")
    @APIResponse(responseCode = "404", description = "Uppdraget finns inte", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Uppdraget är inte skickat, eller redan mottaget", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UppdragId bekraftaMottagande(@PathParam("uppdragId") @CaseId String uppdragId) {
        commands.sendAndWait(new BekraftaMottagande(validId(uppdragId), user.actor(), clock.instant()));
        return new UppdragId(uppdragId);
    }

    @GET
    @Path("{uppdragId}")
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag")
    @Operation(summary = "Visa ett uppdrag")
    @APIResponse(responseCode = "404", description = "Uppdraget finns inte", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UppdragResponse hamta(@PathParam("uppdragId") @CaseId String uppdragId) {
        UppdragVy vy = fragor.hitta(validId(uppdragId)).orElseThrow(() -> new NotFoundException("Uppdraget finns inte."));
        Actor actor = user.actor();
        if (!actor.enhet().equals(vy.myndighetsenhet)) {
            throw new NotPermitted("Uppdraget tillhör en annan enhet.");
        }
        return UppdragResponse.of(vy);
    }

    @GET
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag")
    @Operation(summary = "Lista uppdrag på min enhet, senast registrerade först")
    public Page<UppdragResponse> lista(@QueryParam("status") Uppdragsstatus status,
                                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        String enhet = user.enhet();
        return Page.ofCases(fragor.lista(enhet, status, page, size).stream().map(UppdragResponse::of).toList(),
                page, size, fragor.antal(enhet, status), UppdragResponse::uppdragId);
    }

    private static String validId(String uppdragId) {
        try {
            return UUID.fromString(uppdragId).toString();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Uppdraget finns inte.");
        }
    }
}
