package se.barnunga.concern.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.concern.api.Anrop.FranvaroAnrop;
import se.barnunga.concern.api.Svar.FranvaroSvar;
import se.barnunga.concern.application.FranvaroRegister;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.security.CurrentUser;

/** Social secretaries' absences: while absent, concerns about their children go to the reception unit. */
@Path("/api/franvaro")
@Tag(name = "Frånvaro")
@Produces(MediaType.APPLICATION_JSON)
public class FranvaroResource {

    @Inject
    FranvaroRegister register;
    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "franvaro", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera frånvaro (egen, eller enhetschefen för någon i enheten)",
            description = "Under frånvaron går oro om socialsekreterarens barn till mottagningen.")
    public Response registrera(@NotNull @Valid FranvaroAnrop a) {
        return Response.status(201).entity(FranvaroSvar.of(register.registrera(user.actor(), a.socialsekreterare(), a.fran(), a.tom()))).build();
    }

    @GET
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.ENHETSCHEF, Roll.Namn.MOTTAGNING})
    @Operation(summary = "Aktuell och kommande frånvaro i den egna enheten")
    public List<FranvaroSvar> lista() {
        return register.aktuella(user.actor()).stream().map(FranvaroSvar::of).toList();
    }

    @DELETE
    @Path("{franvaroId}")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "franvaro", action = Audited.Action.CHANGE)
    @Operation(summary = "Ta bort en frånvaro (egen, eller enhetschefen i enheten)")
    public Response taBort(@PathParam("franvaroId") String franvaroId) {
        if (!register.taBort(user.actor(), franvaroId)) {
            throw new NotFoundException("Frånvaron finns inte.");
        }
        return Response.noContent().build();
    }
}
