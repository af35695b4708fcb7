package se.barnunga.assignment.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.core.Response;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.api.Anrop.AterkallaSamtyckeAnrop;
import se.barnunga.assignment.api.Anrop.BeslutAnrop;
import se.barnunga.assignment.api.Anrop.ForfraganAnrop;
import se.barnunga.assignment.api.Anrop.NyForfraganAnrop;
import se.barnunga.assignment.api.Anrop.OmprovningAnrop;
import se.barnunga.assignment.api.Anrop.SamtyckeAnrop;
import se.barnunga.assignment.api.Anrop.SkalAnrop;
import se.barnunga.assignment.api.Anrop.UtredningsuppdragAnrop;
import se.barnunga.assignment.api.Svar.UppdragId;
import se.barnunga.assignment.application.Kodlistor;
import se.barnunga.assignment.domain.Barn;
import se.barnunga.assignment.domain.Beslutsdokumentation;
import se.barnunga.assignment.domain.Kommandon.AterkallaSamtycke;
import se.barnunga.assignment.domain.Kommandon.AvbojForfragan;
import se.barnunga.assignment.domain.Kommandon.BeslutaUtredningsuppdrag;
import se.barnunga.assignment.domain.Kommandon.FattaBeslut;
import se.barnunga.assignment.domain.Kommandon.LamnaKlartecken;
import se.barnunga.assignment.domain.Kommandon.OmprovaBeslut;
import se.barnunga.assignment.domain.Kommandon.RegistreraSamtycke;
import se.barnunga.assignment.domain.Kommandon.SkickaForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaNyForfragan;
import se.barnunga.assignment.domain.Samtyckespart;
import se.barnunga.assignment.domain.Varden;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.security.CurrentUser;

/**
 * The assignment's first phase: the enquiry to a performing unit (which creates the assignment) and a new one after a
 * refusal or an obstacle, the unit's go-ahead or refusal, consent, the decision on intervention or on an investigation
 * assignment, and – after the decision – withdrawn consent and the reconsideration. The aggregate enforces the role,
 * unit and person of each step.
 */
@Path("/api/uppdrag")
@Tag(name = Taggar.FORFRAGAN)
@Produces(MediaType.APPLICATION_JSON)
public class UppdragForfraganResource {

    @Inject
    CommandGateway commands;
    @Inject
    Uppdragskommandon kommandon;
    @Inject
    UppdragMapper mapper;
    @Inject
    Kodlistor kodlistor;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Skicka en förfrågan till en utförarenhet (skapar uppdraget)",
            description = "Utförarenheten ser bara avidentifierade uppgifter (ålder, kön, behov) tills den gett klartecken och uppdraget skickats.")
    @APIResponse(responseCode = "201", description = "Förfrågan är skickad")
    public Response forfragan(@NotNull @Valid ForfraganAnrop a) {
        String uppdragId = UUID.randomUUID().toString();
        Personnummer personnummer = Personnummer.parse(a.barn().personnummer(), clock);
        insatstyp("insatstyp", a.insatstyp());
        if (a.behovsomraden() != null) {
            for (int i = 0; i < a.behovsomraden().size(); i++) {
                bbicOmrade("behovsomraden[" + i + "]", a.behovsomraden().get(i));
            }
        }
        Varden.Utredning utredning = mapper.utredning(a.utredning());
        commands.sendAndWait(new SkickaForfragan(uppdragId, a.typ(), Barn.of(personnummer, a.barn().fornamn(), a.barn().efternamn()),
                utredning, a.insatstyp(), mapper.onskemal(a.onskemal()), a.behovsomraden(), a.behov(), a.utforarenhet(), user.actor(),
                clock.instant()));
        return Response.created(URI.create("/api/uppdrag/" + uppdragId)).entity(new UppdragId(uppdragId)).build();
    }

    @POST
    @Path("{uppdragId}/forfragan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Fråga en annan av stadens egna utförarenheter efter avböjande eller hinder")
    public UppdragId nyForfragan(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid NyForfraganAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new SkickaNyForfragan(id, a.utforarenhet(), mapper.onskemal(a.onskemal()), actor, t));
    }

    @POST
    @Path("{uppdragId}/klartecken")
    @RolesAllowed({Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Ge klartecken till förfrågan (metodhandledare, annars enhetschef)")
    public UppdragId klartecken(@PathParam("uppdragId") @CaseId String uppdragId) {
        return kommandon.utfor(uppdragId, LamnaKlartecken::new);
    }

    @POST
    @Path("{uppdragId}/avbojande")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Avböj förfrågan med särskilda skäl (metodhandledare, annars enhetschef)")
    public UppdragId avboj(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SkalAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new AvbojForfragan(id, a.skal(), actor, t));
    }

    @POST
    @Path("{uppdragId}/samtycke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera samtycke från en vårdnadshavare eller barnet")
    public UppdragId samtycke(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SamtyckeAnrop a) {
        Varden.Vardnadshavare vh = mapper.vardnadshavare(a.vardnadshavare());
        if (a.part() == Samtyckespart.VARDNADSHAVARE && vh == null) {
            throw new RuleViolation("vardnadshavare", "VARDNADSHAVARE_KRAVS", "Ange vilken vårdnadshavare som samtycker.");
        }
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new RegistreraSamtycke(id, a.part(), vh, a.samtycker(), a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/beslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Fatta beslut om insats (11 kap. 1 § SoL, 4 kap. 1 § äldre SoL, 13 kap. 7 § SoL / 3 kap. 6 b § äldre SoL för unga 18–20 år, eller nämndens beslut enligt 11 § LVU)",
            description = "Med beslutsdokumentation enligt SOSFS 2014:5 4 kap. 13–14 §. 11 § LVU kräver beslutet om vård enligt LVU "
                    + "(lvuVard) och nämndens beslut (namndbeslut); varje uppgift som saknas besvaras med 422 och fältets namn.")
    public UppdragId beslut(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid BeslutAnrop a) {
        for (int i = 0; i < a.mal().size(); i++) {
            bbicOmrade("mal[" + i + "].bbicOmrade", a.mal().get(i).bbicOmrade());
            List<String> ytterligare = a.mal().get(i).ytterligareBbicOmraden();
            for (int j = 0; ytterligare != null && j < ytterligare.size(); j++) {
                bbicOmrade("mal[" + i + "].ytterligareBbicOmraden[" + j + "]", ytterligare.get(j));
            }
        }
        List<Varden.Mal> mal = mapper.mal(a.mal());
        Varden.Period period = mapper.period(a.period());
        Beslutsdokumentation dokumentation = mapper.beslutsdokumentation(a);
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new FattaBeslut(id, a.beslutsdatum(), a.lagrum(), period, mal, dokumentation,
                        mapper.lvuVard(a.lvuVard()), mapper.namndbeslut(a.namndbeslut()), actor, t));
    }

    @POST
    @Path("{uppdragId}/samtycke/aterkallande")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att en vårdnadshavare, barnet (15 år) eller den unge (18 år) återkallat sitt samtycke",
            description = "Efter beslut med stöd av SoL. Till dess beslutet omprövats kan insatsen inte fortsätta (409 SAMTYCKE_ATERKALLAT "
                    + "för skicka, ny förfrågan, förmöte, planeringsmöte, start, verkställighet, återupptagande, uppskov och "
                    + "genomförandeplan); avslut av insatsen och återkallelse av beslutet är möjliga.")
    public UppdragId aterkallaSamtycke(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AterkallaSamtyckeAnrop a) {
        Varden.Vardnadshavare vh = mapper.vardnadshavare(a.vardnadshavare());
        return kommandon.utfor(uppdragId, (id, actor, t) -> new AterkallaSamtycke(id, a.part(), vh, a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/omprovning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Ompröva beslutet efter återkallat samtycke: nämndbeslut enligt 11 § LVU eller nytt samtycke")
    public UppdragId omprova(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid OmprovningAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) ->
                new OmprovaBeslut(id, a.grund(), a.beslutsdatum(), a.lagrum(), a.skal(),
                        mapper.beslutsfattare(a.beslutsfattare()), mapper.lvuVard(a.lvuVard()), mapper.namndbeslut(a.namndbeslut()), actor, t));
    }

    @POST
    @Path("{uppdragId}/utredningsuppdrag-beslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Besluta om utredningsuppdrag med detaljerade frågor")
    public UppdragId utredningsuppdrag(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UtredningsuppdragAnrop a) {
        return kommandon.utfor(uppdragId, (id, actor, t) -> new BeslutaUtredningsuppdrag(id, a.beslutsdatum(), a.fragor(),
                a.kommuniceratMedFamiljen(), actor, t));
    }


    private void insatstyp(String falt, String kod) {
        if (kod != null && !kodlistor.insatstyper().containsKey(kod)) {
            throw new RuleViolation(falt, "OKAND_INSATSTYP", "Insatstypen finns inte i kommunens katalog: " + kodlistor.insatstyper().keySet());
        }
    }

    private void bbicOmrade(String falt, String kod) {
        if (kod != null && !kodlistor.bbicOmraden().containsKey(kod)) {
            throw new RuleViolation(falt, "OKANT_BBIC_OMRADE", "Behovsområdet finns inte i BBIC-kodlistan.");
        }
    }
}
