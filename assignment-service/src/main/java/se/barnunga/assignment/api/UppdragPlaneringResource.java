package se.barnunga.assignment.api;

import java.net.URI;
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

import se.barnunga.assignment.api.Anrop.FormoteAnrop;
import se.barnunga.assignment.api.Anrop.FragaAnrop;
import se.barnunga.assignment.api.Anrop.HinderAnrop;
import se.barnunga.assignment.api.Anrop.PlaneringsmoteAnrop;
import se.barnunga.assignment.api.Anrop.SkickaAnrop;
import se.barnunga.assignment.api.Anrop.SvarAnrop;
import se.barnunga.assignment.api.Anrop.UtseAnrop;
import se.barnunga.assignment.api.Svar.FragaId;
import se.barnunga.assignment.api.Svar.UppdragId;
import se.barnunga.assignment.domain.Kommandon.BekraftaMottagande;
import se.barnunga.assignment.domain.Kommandon.BesvaraFragaOmUppdraget;
import se.barnunga.assignment.domain.Kommandon.RapporteraHinder;
import se.barnunga.assignment.domain.Kommandon.RegistreraFormote;
import se.barnunga.assignment.domain.Kommandon.RegistreraPlaneringsmote;
import se.barnunga.assignment.domain.Kommandon.SkickaUppdrag;
import se.barnunga.assignment.domain.Kommandon.StallFragaOmUppdraget;
import se.barnunga.assignment.domain.Kommandon.UtseAnsvarigUtforare;
import se.barnunga.assignment.domain.Planeringsoverenskommelser;
import se.barnunga.assignment.domain.Varden;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.domain.Roll;

/**
 * The assignment sent to the performing unit and received there: the written assignment (SOSFS 2014:5), receipt and the
 * responsible performer appointed, an obstacle reported, the unit's questions about the assignment and their answers,
 * the pre-meeting and the planning meeting.
 */
@Path("/api/uppdrag")
@Tag(name = Taggar.PLANERING)
@Produces(MediaType.APPLICATION_JSON)
public class UppdragPlaneringResource {

    @Inject
    Uppdragskommandon kommandon;
    @Inject
    UppdragMapper mapper;

    @POST
    @Path("{uppdragId}/skicka")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Skicka uppdraget till utförarenhetens metodhandledare",
            description = "Innehållet följer SOSFS 2014:5; varje uppgift som saknas besvaras med 422 och fältets namn.")
    public UppdragId skicka(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SkickaAnrop a) {
        Varden.Uppdragsinnehall innehall = mapper.innehall(a.innehall());
        return kommandon.utfor(uppdragId, (id, actor, t) -> new SkickaUppdrag(id, innehall, actor, t));
    }

    @POST
    @Path("{uppdragId}/mottagande")
    @RolesAllowed({Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Bekräfta att uppdraget är mottaget (metodhandledare, annars enhetschef)")
    public UppdragId mottagande(@PathParam("uppdragId") @CaseId String uppdragId) {
        return kommandon.utfor(uppdragId, BekraftaMottagande::new);
    }

    @POST
    @Path("{uppdragId}/ansvarig-utforare")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Utse ansvarig utförare (metodhandledare, annars enhetschef)")
    public UppdragId ansvarigUtforare(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UtseAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new UtseAnsvarigUtforare(id, a.ansvarigUtforare(), actor, t));
    }

    @POST
    @Path("{uppdragId}/hinder")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Rapportera att enheten inte kan ta sig an uppdraget eller inte kan verkställa det inom skälig tid (metodhandledare, annars enhetschef)")
    public UppdragId hinder(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid HinderAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new RapporteraHinder(id, a.hinder(), a.skal(), a.enhetschefInformerad(),
                        a.erbjudetUnderTiden(), actor, t));
    }

    @POST
    @Path("{uppdragId}/fragor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF, Roll.Namn.UTFORARE})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Fråga socialsekreteraren om oklarheter i uppdraget (metodhandledare, enhetschef eller ansvarig utförare)")
    @APIResponse(responseCode = "201", description = "Frågan är ställd")
    public Response fraga(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid FragaAnrop a) {
        String fragaId = UUID.randomUUID().toString();
        UppdragId id = kommandon.utfor(uppdragId, (u, actor, t) -> new StallFragaOmUppdraget(u, fragaId, a.fraga(), actor, t));
        return Response.created(URI.create("/api/uppdrag/" + id.uppdragId() + "/fragor/" + fragaId))
                .entity(new FragaId(id.uppdragId(), fragaId)).build();
    }

    @POST
    @Path("{uppdragId}/fragor/{fragaId}/svar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Besvara utförarenhetens fråga om uppdraget (socialsekreterare)")
    public UppdragId svaraPaFraga(@PathParam("uppdragId") @CaseId String uppdragId,
                                  @PathParam("fragaId") @Size(max = 64) String fragaId, @NotNull @Valid SvarAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new BesvaraFragaOmUppdraget(id, fragaId, a.svar(), actor, t));
    }

    @POST
    @Path("{uppdragId}/formote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera förmötet: tid och plats för planeringsmötet, familjen kallad (socialsekreterare eller ansvarig utförare)")
    public UppdragId formote(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid FormoteAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new RegistreraFormote(id, a.datum(), a.deltagare(), a.planeringsmoteDatum(),
                        a.planeringsmotePlats(), a.tolkOchStod(), a.barnetsDelaktighet(), a.ledning(), a.familjenKallad(), actor, t));
    }

    @POST
    @Path("{uppdragId}/planeringsmote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera planeringsmötet: checklistans överenskommelser, startdatum och första uppföljningsmöte senast inom 6–8 veckor")
    public UppdragId planeringsmote(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid PlaneringsmoteAnrop a) {
        Planeringsoverenskommelser overenskommelser = mapper.overenskommelser(a.overenskommelser());
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new RegistreraPlaneringsmote(id, a.datum(), a.deltagare(), a.barnetDeltog(),
                        a.orsakBarnetDeltogEj(), a.sekretessInformerad(), a.malGenomgangna(), a.planeratStartdatum(), a.skalForSenStart(),
                        a.forstaUppfoljningsmote(), a.skalForSenUppfoljning(), overenskommelser, actor, t));
    }
}
