package se.barnunga.assignment.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.api.Anrop.AvbrottAnrop;
import se.barnunga.assignment.api.Anrop.DatumAnrop;
import se.barnunga.assignment.api.Anrop.GenomforandeplanAnrop;
import se.barnunga.assignment.api.Anrop.HanteraInvandningAnrop;
import se.barnunga.assignment.api.Anrop.InvandningAnrop;
import se.barnunga.assignment.api.Anrop.KopiorAnrop;
import se.barnunga.assignment.api.Anrop.NyInformationAnrop;
import se.barnunga.assignment.api.Anrop.RevisionAnrop;
import se.barnunga.assignment.api.Anrop.StartAnrop;
import se.barnunga.assignment.api.Anrop.UppskovAnrop;
import se.barnunga.assignment.api.Anrop.VerkstallighetAnrop;
import se.barnunga.assignment.api.Svar.InvandningId;
import se.barnunga.assignment.api.Svar.UppdragId;
import se.barnunga.assignment.domain.Kommandon.AterupptaVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.AvbrytVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.BekraftaStart;
import se.barnunga.assignment.domain.Kommandon.DokumenteraVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.EfterfragaGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.HanteraInvandning;
import se.barnunga.assignment.domain.Kommandon.LamnaKopiorAvGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.LamnaNyInformation;
import se.barnunga.assignment.domain.Kommandon.RegistreraInvandning;
import se.barnunga.assignment.domain.Kommandon.RegistreraUppskov;
import se.barnunga.assignment.domain.Kommandon.ReviderGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.UpprattaGenomforandeplan;
import se.barnunga.assignment.domain.Varden;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.domain.Roll;

/**
 * The intervention carried out: the start confirmed and the date of implementation (verkställighet) documented, a
 * postponement asked for, interruptions and resumption, the implementation plan with its revisions, copies and the
 * family's objections, and new information to the responsible performer.
 */
@Path("/api/uppdrag")
@Tag(name = Taggar.GENOMFORANDE)
@Produces(MediaType.APPLICATION_JSON)
public class UppdragGenomforandeResource {

    @Inject
    Uppdragskommandon kommandon;
    @Inject
    UppdragMapper mapper;

    @POST
    @Path("{uppdragId}/startbekraftelse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Bekräfta om insatsen startade på avtalat datum (ansvarig utförare)")
    public UppdragId startbekraftelse(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid StartAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new BekraftaStart(id, a.startade(), a.orsak(), actor, t));
    }

    @POST
    @Path("{uppdragId}/verkstallighet")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Dokumentera datum för verkställighet, då insatsen verkligen startade")
    public UppdragId verkstallighet(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid VerkstallighetAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new DokumenteraVerkstallighet(id, a.verkstallighetsdatum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/uppskov")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera den enskildes begäran om uppskov med starten")
    public UppdragId uppskov(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UppskovAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new RegistreraUppskov(id, a.begartAv(), a.onskatStartdatum(), a.skal(), actor, t));
    }

    @POST
    @Path("{uppdragId}/avbrott")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera ett avbrott i verkställigheten")
    public UppdragId avbrott(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvbrottAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new AvbrytVerkstallighet(id, a.avbrottsdatum(), a.orsak(), a.beskrivning(), actor, t));
    }

    @POST
    @Path("{uppdragId}/aterupptagande")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att den avbrutna insatsen återupptagits")
    public UppdragId aterupptagande(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid DatumAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new AterupptaVerkstallighet(id, a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/genomforandeplan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Upprätta genomförandeplanen med familjen (ansvarig utförare); socialsekreteraren informeras")
    public UppdragId genomforandeplan(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid GenomforandeplanAnrop a) {
        List<Varden.Aktivitet> aktiviteter = mapper.aktiviteter(a.aktiviteter());
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new UpprattaGenomforandeplan(id, a.datum(), a.deltagare(), a.barnetsDelaktighet(),
                        aktiviteter, a.samverkan(), a.uppfoljningAvPlanen(), a.vardnadshavarnasSynpunkter(), actor, t));
    }

    @POST
    @Path("{uppdragId}/genomforandeplan/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Revidera genomförandeplanen (ansvarig utförare)")
    public UppdragId revision(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid RevisionAnrop a) {
        List<Varden.Aktivitet> aktiviteter = mapper.aktiviteter(a.aktiviteter());
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new ReviderGenomforandeplan(id, a.datum(), a.anledning(), a.barnetsDelaktighet(),
                        aktiviteter, a.samverkan(), a.uppfoljningAvPlanen(), a.vardnadshavarnasSynpunkter(), actor, t));
    }

    @POST
    @Path("{uppdragId}/genomforandeplan/kopior")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att kopior av genomförandeplanen lämnats till familjen (barnet från 15 år)")
    public UppdragId kopior(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid KopiorAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new LamnaKopiorAvGenomforandeplan(id, a.mottagare(), a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/genomforandeplan/efterfragan")
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Efterfråga en saknad genomförandeplan")
    public UppdragId efterfraga(@PathParam("uppdragId") @CaseId String uppdragId) {
        return kommandon.utfor(uppdragId, EfterfragaGenomforandeplan::new);
    }

    @POST
    @Path("{uppdragId}/invandningar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "För familjens invändningar mot genomförandeplanen vidare till socialsekreteraren")
    @APIResponse(responseCode = "201", description = "Invändningen är registrerad")
    public Response invandning(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid InvandningAnrop a) {
        String invandningId = UUID.randomUUID().toString();
        UppdragId id = kommandon.utfor(uppdragId, (u, actor, t) ->
                new RegistreraInvandning(u, invandningId, a.fran(), a.invandning(), actor, t));
        return Response.created(URI.create("/api/uppdrag/" + id.uppdragId() + "/invandningar/" + invandningId))
                .entity(new InvandningId(id.uppdragId(), invandningId)).build();
    }

    @POST
    @Path("{uppdragId}/invandningar/{invandningId}/hantering")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Stäm av en invändning mot genomförandeplanen (socialsekreterare)")
    public UppdragId hanteraInvandning(@PathParam("uppdragId") @CaseId String uppdragId,
                                       @PathParam("invandningId") @Size(max = 64) String invandningId,
                                       @NotNull @Valid HanteraInvandningAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new HanteraInvandning(id, invandningId, a.atgard(), actor, t));
    }

    @POST
    @Path("{uppdragId}/ny-information")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Uppdatera ansvarig utförare på ny information (socialsekreterare)")
    public UppdragId nyInformation(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid NyInformationAnrop a) {
        String informationId = UUID.randomUUID().toString();
        return kommandon.utfor(uppdragId, (id, actor, t) -> new LamnaNyInformation(id, informationId, a.information(), actor, t));
    }
}
