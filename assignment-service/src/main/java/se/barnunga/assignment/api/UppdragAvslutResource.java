package se.barnunga.assignment.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.api.Anrop.AterkallaAnrop;
import se.barnunga.assignment.api.Anrop.AvslutaInsatsAnrop;
import se.barnunga.assignment.api.Anrop.AvslutaUppdragAnrop;
import se.barnunga.assignment.api.Anrop.AvslutandeSammanfattningAnrop;
import se.barnunga.assignment.api.Anrop.InformeradInforAvslutAnrop;
import se.barnunga.assignment.api.Anrop.RedogorelseAnrop;
import se.barnunga.assignment.api.Anrop.RiskbedomningAnrop;
import se.barnunga.assignment.api.Svar.UppdragId;
import se.barnunga.assignment.domain.Kommandon.AterkallaBeslut;
import se.barnunga.assignment.domain.Kommandon.AvslutaInsats;
import se.barnunga.assignment.domain.Kommandon.AvslutaUppdrag;
import se.barnunga.assignment.domain.Kommandon.GoraRiskbedomning;
import se.barnunga.assignment.domain.Kommandon.InformeraFamiljenInforAvslut;
import se.barnunga.assignment.domain.Kommandon.LamnaAvslutandeSammanfattning;
import se.barnunga.assignment.domain.Kommandon.LamnaRedogorelse;
import se.barnunga.assignment.domain.Varden;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.domain.Roll;

/**
 * The assignment closed: the report during an investigation, the family informed before the decision's period ends, the
 * risk assessment, the closing summary per goal, the intervention and the assignment closed – or the decision withdrawn.
 */
@Path("/api/uppdrag")
@Tag(name = Taggar.AVSLUT)
@Produces(MediaType.APPLICATION_JSON)
public class UppdragAvslutResource {

    @Inject
    Uppdragskommandon kommandon;
    @Inject
    UppdragMapper mapper;

    @POST
    @Path("{uppdragId}/redogorelse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Lämna redogörelse eller avslutande sammanfattning under pågående utredning (sen markeras)")
    public UppdragId redogorelse(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid RedogorelseAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new LamnaRedogorelse(id, a.datum(), a.genomgangenMedFamiljen(),
                a.familjensSynpunkter(), a.sammanfattning(), actor, t));
    }

    @POST
    @Path("{uppdragId}/familjen-informerad-infor-avslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att barnet och vårdnadshavarna informerats i god tid inför att beslutsperioden går ut")
    public UppdragId familjenInformeradInforAvslut(@PathParam("uppdragId") @CaseId String uppdragId,
                                                   @NotNull @Valid InformeradInforAvslutAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new InformeraFamiljenInforAvslut(id, a.datum(), a.informerade(), actor, t));
    }

    @POST
    @Path("{uppdragId}/riskbedomning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Gör riskbedömningen inför avslut")
    public UppdragId riskbedomning(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid RiskbedomningAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new GoraRiskbedomning(id, a.riskniva(), a.kvarstaendeBehov(), a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/avslutande-sammanfattning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Lämna den avslutande sammanfattningen per mål (ansvarig utförare)")
    public UppdragId avslutandeSammanfattning(@PathParam("uppdragId") @CaseId String uppdragId,
                                              @NotNull @Valid AvslutandeSammanfattningAnrop a) {
        List<Varden.MalUppfyllelse> bedomningar = mapper.malUppfyllelse(a.malUppfyllelse());
        return kommandon.utfor(uppdragId, (id, actor, t) -> new LamnaAvslutandeSammanfattning(id, a.datum(), bedomningar,
                a.overlamnadTill(), actor, t));
    }

    @POST
    @Path("{uppdragId}/insatsavslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Avsluta insatsen (ny utredning krävs om risken kvarstår eller ökat med kvarstående behov)")
    public UppdragId avslutaInsats(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvslutaInsatsAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new AvslutaInsats(id, a.datum(), a.skal(), a.nyUtredningInleds(), a.motivering(), actor, t));
    }

    @POST
    @Path("{uppdragId}/avslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.UTFORARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Avsluta uppdraget och överlämna fysiska handlingar (ansvarig utförare; metodhandledare eller enhetschef om ingen utsetts)")
    public UppdragId avslutaUppdrag(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvslutaUppdragAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new AvslutaUppdrag(id, a.datum(), a.fysiskaHandlingar(), actor, t));
    }

    @POST
    @Path("{uppdragId}/aterkallelse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Återkalla beslutet om insats")
    public UppdragId aterkallelse(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AterkallaAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new AterkallaBeslut(id, a.datum(), a.skal(), mapper.beslutsfattare(a.beslutsfattare()),
                        actor, t));
    }
}
