package se.barnunga.assignment.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.api.Anrop.*;
import se.barnunga.assignment.api.Svar.*;
import se.barnunga.assignment.application.Barnpseudonym;
import se.barnunga.assignment.application.IvoLasning;
import se.barnunga.assignment.application.IvoUppgifter;
import se.barnunga.assignment.application.UppdragFragor;
import se.barnunga.assignment.application.Uppdragsakt;
import se.barnunga.assignment.domain.Barn;
import se.barnunga.assignment.domain.Beslutsdokumentation;
import se.barnunga.assignment.domain.Beslutsfattare;
import se.barnunga.assignment.domain.DelvisAvslag;
import se.barnunga.assignment.domain.LvuVard;
import se.barnunga.assignment.domain.Namndbeslut;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Planeringsoverenskommelser;
import se.barnunga.assignment.domain.Samtyckespart;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.assignment.domain.Varden;
import se.barnunga.assignment.application.Kodlistor;
import se.barnunga.platform.api.Page;
import se.barnunga.platform.api.Problem;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.AuditedCases;
import se.barnunga.platform.axon.Akter;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.security.CurrentUser;

/**
 * Assignments (uppdrag) through the whole routine: enquiry, go-ahead, consent, decision, sending, receipt, planning,
 * start, implementation plan, report and closure – and the queries on them. Every command is done by the role the
 * routine names; the aggregate enforces it with the unit and person.
 */
@Path("/api/uppdrag")
@Tag(name = "Uppdrag")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Ogiltig begäran", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Inloggning krävs", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Otillåten åtgärd för rollen eller enheten", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Uppdraget finns inte", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Steget passar inte uppdragets läge, eller uppdraget ändrades samtidigt", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Innehållet bryter mot en regel i rutinen (fältet och regeln anges)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UppdragResource {

    private static final String SS = Roll.Namn.SOCIALSEKRETERARE;
    private static final String MH = Roll.Namn.METODHANDLEDARE;
    private static final String UTF = Roll.Namn.UTFORARE;
    private static final String CHEF = Roll.Namn.ENHETSCHEF;

    @Inject
    CommandGateway commands;
    @Inject
    UppdragFragor fragor;
    @Inject
    Akter akter;
    @Inject
    Kodlistor kodlistor;
    @Inject
    Barnpseudonym barnpseudonym;
    @Inject
    IvoLasning ivoLasning;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    /**
     * Days after the start (verkställighet) by which the implementation plan should be established; the case shows a
     * plan missing after that. The routine sets no number ("Säkerställ att en genomförandeplan är upprättad"): a local
     * setting.
     */
    @ConfigProperty(name = "barnunga.uppdrag.genomforandeplan-dagar-efter-start", defaultValue = "14")
    int genomforandeplanDagar;

    /** A command built from the assignment id, the caller and the time. */
    private interface Kommando {
        Object skapa(String uppdragId, Actor actor, Instant tidpunkt);
    }

    private UppdragId utfor(String uppdragId, Kommando kommando) {
        String id = validId(uppdragId);
        commands.sendAndWait(kommando.skapa(id, user.actor(), clock.instant()));
        return new UppdragId(id);
    }

    // ---- Förfrågan, klartecken, samtycke, beslut, skicka -----------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
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
        Varden.Utredning utredning = a.utredning() == null ? null
                : new Varden.Utredning(a.utredning().referens(), a.utredning().start(), a.utredning().planeratSlut());
        commands.sendAndWait(new SkickaForfragan(uppdragId, a.typ(), Barn.of(personnummer, a.barn().fornamn(), a.barn().efternamn()),
                utredning, a.insatstyp(), onskemal(a.onskemal()), a.behovsomraden(), a.behov(), a.utforarenhet(), user.actor(),
                clock.instant()));
        return Response.created(URI.create("/api/uppdrag/" + uppdragId)).entity(new UppdragId(uppdragId)).build();
    }

    @POST
    @Path("{uppdragId}/forfragan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Fråga en annan av stadens egna utförarenheter efter avböjande eller hinder")
    public UppdragId nyForfragan(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid NyForfraganAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new SkickaNyForfragan(id, a.utforarenhet(), onskemal(a.onskemal()), actor, t));
    }

    @POST
    @Path("{uppdragId}/klartecken")
    @RolesAllowed({MH, CHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Ge klartecken till förfrågan (metodhandledare, annars enhetschef)")
    public UppdragId klartecken(@PathParam("uppdragId") @CaseId String uppdragId) {
        return utfor(uppdragId, LamnaKlartecken::new);
    }

    @POST
    @Path("{uppdragId}/avbojande")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MH, CHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Avböj förfrågan med särskilda skäl (metodhandledare, annars enhetschef)")
    public UppdragId avboj(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SkalAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new AvbojForfragan(id, a.skal(), actor, t));
    }

    @POST
    @Path("{uppdragId}/samtycke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera samtycke från en vårdnadshavare eller barnet")
    public UppdragId samtycke(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SamtyckeAnrop a) {
        Varden.Vardnadshavare vh = a.vardnadshavare() == null ? null : new Varden.Vardnadshavare(
                Personnummer.parse(a.vardnadshavare().personnummer(), clock).normalized(), a.vardnadshavare().namn(), null);
        if (a.part() == Samtyckespart.VARDNADSHAVARE && vh == null) {
            throw new RuleViolation("vardnadshavare", "VARDNADSHAVARE_KRAVS", "Ange vilken vårdnadshavare som samtycker.");
        }
        return utfor(uppdragId, (id, actor, t) -> new RegistreraSamtycke(id, a.part(), vh, a.samtycker(), a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/beslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
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
        List<Varden.Mal> mal = a.mal().stream()
                .map(m -> new Varden.Mal(UUID.randomUUID().toString(), m.beskrivning(), m.bbicOmrade(), m.ytterligareBbicOmraden()))
                .toList();
        Varden.Period period = a.period() == null ? null : new Varden.Period(a.period().from(), a.period().tom());
        Beslutsdokumentation dokumentation = new Beslutsdokumentation(a.skal(), beslutsfattare(a.beslutsfattare()),
                a.ansokanAvser(), a.delvisAvslag() == null ? null : new DelvisAvslag(a.delvisAvslag().vad(), a.delvisAvslag().skal()),
                a.enskildesOnskemalOmUtforare(), a.beslutsunderlag(), a.behovsbedomningKommunicerad(), a.syfte(),
                a.malOverenskomnaMedFamiljen());
        return utfor(uppdragId, (id, actor, t) -> new FattaBeslut(id, a.beslutsdatum(), a.lagrum(), period, mal, dokumentation,
                lvuVard(a.lvuVard()), namndbeslut(a.namndbeslut()), actor, t));
    }

    // ---- Återkallat samtycke och omprövning (after the decision) -----------------------------------------------------

    @POST
    @Path("{uppdragId}/samtycke/aterkallande")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att en vårdnadshavare, barnet (15 år) eller den unge (18 år) återkallat sitt samtycke",
            description = "Efter beslut med stöd av SoL. Till dess beslutet omprövats kan insatsen inte fortsätta (409 SAMTYCKE_ATERKALLAT "
                    + "för skicka, ny förfrågan, förmöte, planeringsmöte, start, verkställighet, återupptagande, uppskov och "
                    + "genomförandeplan); avslut av insatsen och återkallelse av beslutet är möjliga.")
    public UppdragId aterkallaSamtycke(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AterkallaSamtyckeAnrop a) {
        Varden.Vardnadshavare vh = a.vardnadshavare() == null ? null : new Varden.Vardnadshavare(
                Personnummer.parse(a.vardnadshavare().personnummer(), clock).normalized(), a.vardnadshavare().namn(), null);
        return utfor(uppdragId, (id, actor, t) -> new AterkallaSamtycke(id, a.part(), vh, a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/omprovning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Ompröva beslutet efter återkallat samtycke: nämndbeslut enligt 11 § LVU eller nytt samtycke")
    public UppdragId omprova(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid OmprovningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new OmprovaBeslut(id, a.grund(), a.beslutsdatum(), a.lagrum(), a.skal(),
                beslutsfattare(a.beslutsfattare()), lvuVard(a.lvuVard()), namndbeslut(a.namndbeslut()), actor, t));
    }

    private static Beslutsfattare beslutsfattare(BeslutsfattareAnrop b) {
        return b == null ? null : new Beslutsfattare(b.namn(), b.titel(), b.delegationsniva());
    }

    private static LvuVard lvuVard(LvuVardAnrop l) {
        return l == null ? null : new LvuVard(l.beslutsreferens(), l.beslutsdatum());
    }

    private static Namndbeslut namndbeslut(NamndbeslutAnrop n) {
        return n == null ? null : new Namndbeslut(n.referens(), n.datum(), beslutsfattare(n.beslutsfattare()));
    }

    @POST
    @Path("{uppdragId}/utredningsuppdrag-beslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Besluta om utredningsuppdrag med detaljerade frågor")
    public UppdragId utredningsuppdrag(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UtredningsuppdragAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new BeslutaUtredningsuppdrag(id, a.beslutsdatum(), a.fragor(),
                a.kommuniceratMedFamiljen(), actor, t));
    }

    @POST
    @Path("{uppdragId}/skicka")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Skicka uppdraget till utförarenhetens metodhandledare",
            description = "Innehållet följer SOSFS 2014:5; varje uppgift som saknas besvaras med 422 och fältets namn.")
    public UppdragId skicka(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SkickaAnrop a) {
        Varden.Uppdragsinnehall innehall = innehall(a.innehall());
        return utfor(uppdragId, (id, actor, t) -> new SkickaUppdrag(id, innehall, actor, t));
    }

    // ---- Mottagande ------------------------------------------------------------------------------------------------

    @POST
    @Path("{uppdragId}/mottagande")
    @RolesAllowed({MH, CHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Bekräfta att uppdraget är mottaget (metodhandledare, annars enhetschef)")
    public UppdragId mottagande(@PathParam("uppdragId") @CaseId String uppdragId) {
        return utfor(uppdragId, BekraftaMottagande::new);
    }

    @POST
    @Path("{uppdragId}/ansvarig-utforare")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MH, CHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Utse ansvarig utförare (metodhandledare, annars enhetschef)")
    public UppdragId ansvarigUtforare(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UtseAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new UtseAnsvarigUtforare(id, a.ansvarigUtforare(), actor, t));
    }

    @POST
    @Path("{uppdragId}/hinder")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MH, CHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Rapportera att enheten inte kan ta sig an uppdraget eller inte kan verkställa det inom skälig tid (metodhandledare, annars enhetschef)")
    public UppdragId hinder(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid HinderAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new RapporteraHinder(id, a.hinder(), a.skal(), a.enhetschefInformerad(),
                a.erbjudetUnderTiden(), actor, t));
    }

    // ---- Förmöte, planeringsmöte, verkställighet -------------------------------------------------------------------

    @POST
    @Path("{uppdragId}/formote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SS, UTF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera förmötet: tid och plats för planeringsmötet, familjen kallad (socialsekreterare eller ansvarig utförare)")
    public UppdragId formote(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid FormoteAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new RegistreraFormote(id, a.datum(), a.deltagare(), a.planeringsmoteDatum(),
                a.planeringsmotePlats(), a.tolkOchStod(), a.barnetsDelaktighet(), a.ledning(), a.familjenKallad(), actor, t));
    }

    @POST
    @Path("{uppdragId}/planeringsmote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SS, UTF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera planeringsmötet: checklistans överenskommelser, startdatum och första uppföljningsmöte senast inom 6–8 veckor")
    public UppdragId planeringsmote(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid PlaneringsmoteAnrop a) {
        Planeringsoverenskommelser overenskommelser = overenskommelser(a.overenskommelser());
        return utfor(uppdragId, (id, actor, t) -> new RegistreraPlaneringsmote(id, a.datum(), a.deltagare(), a.barnetDeltog(),
                a.orsakBarnetDeltogEj(), a.sekretessInformerad(), a.malGenomgangna(), a.planeratStartdatum(), a.skalForSenStart(),
                a.forstaUppfoljningsmote(), a.skalForSenUppfoljning(), overenskommelser, actor, t));
    }

    @POST
    @Path("{uppdragId}/startbekraftelse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(UTF)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Bekräfta om insatsen startade på avtalat datum (ansvarig utförare)")
    public UppdragId startbekraftelse(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid StartAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new BekraftaStart(id, a.startade(), a.orsak(), actor, t));
    }

    @POST
    @Path("{uppdragId}/verkstallighet")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Dokumentera datum för verkställighet, då insatsen verkligen startade")
    public UppdragId verkstallighet(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid VerkstallighetAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new DokumenteraVerkstallighet(id, a.verkstallighetsdatum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/avbrott")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SS, UTF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera ett avbrott i verkställigheten")
    public UppdragId avbrott(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvbrottAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new AvbrytVerkstallighet(id, a.avbrottsdatum(), a.orsak(), a.beskrivning(), actor, t));
    }

    @POST
    @Path("{uppdragId}/aterupptagande")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SS, UTF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att den avbrutna insatsen återupptagits")
    public UppdragId aterupptagande(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid DatumAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new AterupptaVerkstallighet(id, a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/uppskov")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera den enskildes begäran om uppskov med starten")
    public UppdragId uppskov(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UppskovAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new RegistreraUppskov(id, a.begartAv(), a.onskatStartdatum(), a.skal(), actor, t));
    }

    @POST
    @Path("{uppdragId}/aterkallelse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Återkalla beslutet om insats")
    public UppdragId aterkallelse(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AterkallaAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new AterkallaBeslut(id, a.datum(), a.skal(), beslutsfattare(a.beslutsfattare()),
                actor, t));
    }

    // ---- Genomförandeplan -------------------------------------------------------------------------------------------

    @POST
    @Path("{uppdragId}/genomforandeplan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(UTF)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Upprätta genomförandeplanen med familjen (ansvarig utförare); socialsekreteraren informeras")
    public UppdragId genomforandeplan(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid GenomforandeplanAnrop a) {
        List<Varden.Aktivitet> aktiviteter = aktiviteter(a.aktiviteter());
        return utfor(uppdragId, (id, actor, t) -> new UpprattaGenomforandeplan(id, a.datum(), a.deltagare(), a.barnetsDelaktighet(),
                aktiviteter, a.samverkan(), a.uppfoljningAvPlanen(), a.vardnadshavarnasSynpunkter(), actor, t));
    }

    @POST
    @Path("{uppdragId}/genomforandeplan/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(UTF)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Revidera genomförandeplanen (ansvarig utförare)")
    public UppdragId revision(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid RevisionAnrop a) {
        List<Varden.Aktivitet> aktiviteter = aktiviteter(a.aktiviteter());
        return utfor(uppdragId, (id, actor, t) -> new ReviderGenomforandeplan(id, a.datum(), a.anledning(), a.barnetsDelaktighet(),
                aktiviteter, a.samverkan(), a.uppfoljningAvPlanen(), a.vardnadshavarnasSynpunkter(), actor, t));
    }

    @POST
    @Path("{uppdragId}/genomforandeplan/kopior")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(UTF)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att kopior av genomförandeplanen lämnats till familjen (barnet från 15 år)")
    public UppdragId kopior(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid KopiorAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new LamnaKopiorAvGenomforandeplan(id, a.mottagare(), a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/genomforandeplan/efterfragan")
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Efterfråga en saknad genomförandeplan")
    public UppdragId efterfraga(@PathParam("uppdragId") @CaseId String uppdragId) {
        return utfor(uppdragId, EfterfragaGenomforandeplan::new);
    }

    @POST
    @Path("{uppdragId}/invandningar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(UTF)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "För familjens invändningar mot genomförandeplanen vidare till socialsekreteraren")
    @APIResponse(responseCode = "201", description = "Invändningen är registrerad")
    public Response invandning(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid InvandningAnrop a) {
        String invandningId = UUID.randomUUID().toString();
        UppdragId id = utfor(uppdragId, (u, actor, t) -> new RegistreraInvandning(u, invandningId, a.fran(), a.invandning(), actor, t));
        return Response.created(URI.create("/api/uppdrag/" + id.uppdragId() + "/invandningar/" + invandningId))
                .entity(new InvandningId(id.uppdragId(), invandningId)).build();
    }

    @POST
    @Path("{uppdragId}/invandningar/{invandningId}/hantering")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Stäm av en invändning mot genomförandeplanen (socialsekreterare)")
    public UppdragId hanteraInvandning(@PathParam("uppdragId") @CaseId String uppdragId,
                                       @PathParam("invandningId") @Size(max = 64) String invandningId,
                                       @NotNull @Valid HanteraInvandningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new HanteraInvandning(id, invandningId, a.atgard(), actor, t));
    }

    // ---- Redogörelse och avslut -------------------------------------------------------------------------------------

    @POST
    @Path("{uppdragId}/redogorelse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(UTF)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Lämna redogörelse eller avslutande sammanfattning under pågående utredning (sen markeras)")
    public UppdragId redogorelse(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid RedogorelseAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new LamnaRedogorelse(id, a.datum(), a.genomgangenMedFamiljen(),
                a.familjensSynpunkter(), a.sammanfattning(), actor, t));
    }

    @POST
    @Path("{uppdragId}/riskbedomning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Gör riskbedömningen inför avslut")
    public UppdragId riskbedomning(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid RiskbedomningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new GoraRiskbedomning(id, a.riskniva(), a.kvarstaendeBehov(), a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/avslutande-sammanfattning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(UTF)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Lämna den avslutande sammanfattningen per mål (ansvarig utförare)")
    public UppdragId avslutandeSammanfattning(@PathParam("uppdragId") @CaseId String uppdragId,
                                              @NotNull @Valid AvslutandeSammanfattningAnrop a) {
        List<Varden.MalUppfyllelse> bedomningar = a.malUppfyllelse().stream()
                .map(m -> new Varden.MalUppfyllelse(m.malId(), m.bedomning(), m.sammanfattning())).toList();
        return utfor(uppdragId, (id, actor, t) -> new LamnaAvslutandeSammanfattning(id, a.datum(), bedomningar, a.overlamnadTill(), actor, t));
    }

    @POST
    @Path("{uppdragId}/insatsavslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Avsluta insatsen (ny utredning krävs om risken kvarstår eller ökat med kvarstående behov)")
    public UppdragId avslutaInsats(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvslutaInsatsAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new AvslutaInsats(id, a.datum(), a.skal(), a.nyUtredningInleds(), a.motivering(), actor, t));
    }

    @POST
    @Path("{uppdragId}/avslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({UTF, MH, CHEF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Avsluta uppdraget och överlämna fysiska handlingar (ansvarig utförare; metodhandledare eller enhetschef om ingen utsetts)")
    public UppdragId avslutaUppdrag(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvslutaUppdragAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new AvslutaUppdrag(id, a.datum(), a.fysiskaHandlingar(), actor, t));
    }

    // ---- Queries ------------------------------------------------------------------------------------------------------

    @GET
    @Path("{uppdragId}")
    @RolesAllowed({SS, MH, UTF, CHEF})
    @Audited(resource = "uppdrag")
    @Operation(summary = "Visa ett uppdrag med hela dess händelsehistorik",
            description = "Utförarenheten ser avidentifierade uppgifter tills den gett klartecken och uppdraget skickats. "
                    + "Vid skyddade personuppgifter maskeras kontaktuppgifter för alla utom ansvarig socialsekreterare.")
    @APIResponse(responseCode = "200", description = "Uppdraget", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {UppdragSvar.class, AvidentifieratSvar.class})))
    public Object hamta(@PathParam("uppdragId") @CaseId String uppdragId) {
        Uppdragsakt akt = akt(uppdragId);
        LocalDate idag = LocalDate.now(clock);
        Vy vy = vy(akt);
        return vy == Vy.AVIDENTIFIERAD ? AvidentifieratSvar.of(akt, idag) : UppdragSvar.of(akt, vy, idag, genomforandeplanDagar);
    }

    @GET
    @Path("{uppdragId}/checklista")
    @RolesAllowed({SS, MH, UTF, CHEF})
    @Audited(resource = "uppdrag")
    @Operation(summary = "Rutinens checklista för uppdraget: varje aktivitet, ansvarig roll, klar eller väntar")
    public ChecklistaSvar checklista(@PathParam("uppdragId") @CaseId String uppdragId) {
        Uppdragsakt akt = akt(uppdragId);
        vy(akt);
        return ChecklistaSvar.of(akt);
    }

    /**
     * One case's IVO data, from its case file (always current): one fold of about 2 ms per call is no cost worth a read
     * model's lag here; the bulk read below uses the IVO read model, {@link IvoLasning}.
     */
    @GET
    @Path("{uppdragId}/ivo-uppgifter")
    @RolesAllowed({Roll.Namn.RAPPORTOR, Roll.Namn.SYSTEM})
    @Audited(resource = "uppdrag-ivo")
    @Operation(summary = "Uppgifter för IVO-rapportering av ett beslut om insats (rapportör och system)")
    public IvoUppgifter ivoUppgifter(@PathParam("uppdragId") @CaseId String uppdragId) {
        Uppdragsakt akt = akt(uppdragId);
        if (akt.beslut == null) {
            throw new StateConflict("INGET_BESLUT_OM_INSATS", "Uppdraget har inget beslut om insats.");
        }
        return IvoUppgifter.av(akt, barnpseudonym.av(akt.registrerat.barn()));
    }

    /** The cases whose IVO data is asked for at once (the IVO report of a quarter, in chunks). */
    public record IvoUppgifterAnrop(@NotNull @Size(min = 1, max = IVO_UPPGIFTER_PER_ANROP) List<@NotNull @jakarta.validation.constraints.Pattern(regexp = "[0-9a-fA-F-]{36}") String> uppdragIds) {
    }

    /** The IVO data of each asked case that has a decision on intervention; the others are named in {@code saknas}. */
    public record IvoUppgifterSvar(List<IvoUppgifter> uppgifter, List<String> saknas) implements AuditedCases {
        @Override
        public java.util.Collection<String> auditedCaseIds() {
            return uppgifter.stream().map(IvoUppgifter::uppdragId).toList();
        }
    }

    static final int IVO_UPPGIFTER_PER_ANROP = 1000;

    @POST
    @Path("ivo-uppgifter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.RAPPORTOR, Roll.Namn.SYSTEM})
    @Audited(resource = "uppdrag-ivo")
    @Operation(summary = "Uppgifter för IVO-rapportering av många beslut om insats på en gång (rapportör och system)",
            description = "Samma uppgifter som GET /api/uppdrag/{uppdragId}/ivo-uppgifter för upp till 1000 uppdrag per anrop, "
                    + "så att kvartalsrapporten inte behöver ett anrop per beslut. Uppdrag som inte finns eller saknar beslut "
                    + "om insats anges i saknas. Varje uppdrag i svaret loggas som läst.")
    public IvoUppgifterSvar ivoUppgifterForManga(@NotNull @Valid IvoUppgifterAnrop a) {
        java.util.Map<String, String> giltiga = new java.util.LinkedHashMap<>();
        for (String id : a.uppdragIds()) {
            giltiga.putIfAbsent(id, validId(id));
        }
        // the IVO read model in one query; a case it has not caught up with is read from its case file (IvoLasning)
        java.util.Map<String, IvoLasning.Svar> lasta = ivoLasning.las(List.copyOf(new java.util.LinkedHashSet<>(giltiga.values())));
        List<IvoUppgifter> uppgifter = new java.util.ArrayList<>();
        List<String> saknas = new java.util.ArrayList<>();
        giltiga.forEach((id, giltigt) -> lasta.get(giltigt).uppgifter().ifPresentOrElse(uppgifter::add, () -> saknas.add(id)));
        return new IvoUppgifterSvar(uppgifter, saknas);
    }

    @GET
    @RolesAllowed({SS, MH, UTF, CHEF})
    @Audited(resource = "uppdrag")
    @Operation(summary = "Lista uppdrag: socialsekreterare ser sin enhets, utförarenheten sina egna; senast registrerade först")
    public Page<Listpost> lista(@QueryParam("status") Uppdragsstatus status, @QueryParam("typ") Uppdragstyp typ,
                                @QueryParam("utforarenhet") @Size(max = 64) String utforarenhet,
                                @QueryParam("myndighetsenhet") @Size(max = 64) String myndighetsenhet,
                                @QueryParam("socialsekreterare") @Size(max = 128) String socialsekreterare,
                                @QueryParam("ansvarigUtforare") @Size(max = 128) String ansvarigUtforare,
                                @QueryParam("insatstyp") @Size(max = 64) String insatstyp,
                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Actor actor = user.actor();
        UppdragFragor.Omfang omfang = actor.has(Roll.SOCIALSEKRETERARE) ? UppdragFragor.Omfang.MYNDIGHETSENHET
                : UppdragFragor.Omfang.UTFORARENHET;
        var filter = new UppdragFragor.Filter(status, typ, utforarenhet, myndighetsenhet, socialsekreterare, ansvarigUtforare, insatstyp);
        LocalDate idag = LocalDate.now(clock);
        List<Listpost> items = fragor.lista(omfang, actor.enhet(), filter, page, size).stream()
                .map(v -> Listpost.of(v, omfang == UppdragFragor.Omfang.MYNDIGHETSENHET || v.identifieradForEnhet, idag)).toList();
        return Page.ofCases(items, page, size, fragor.antal(omfang, actor.enhet(), filter), Listpost::uppdragId);
    }

    // ---- Frågor om uppdraget, ny information, familjen informerad inför avslut --------------------------------------

    @POST
    @Path("{uppdragId}/fragor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MH, CHEF, UTF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Fråga socialsekreteraren om oklarheter i uppdraget (metodhandledare, enhetschef eller ansvarig utförare)")
    @APIResponse(responseCode = "201", description = "Frågan är ställd")
    public Response fraga(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid FragaAnrop a) {
        String fragaId = UUID.randomUUID().toString();
        UppdragId id = utfor(uppdragId, (u, actor, t) -> new StallFragaOmUppdraget(u, fragaId, a.fraga(), actor, t));
        return Response.created(URI.create("/api/uppdrag/" + id.uppdragId() + "/fragor/" + fragaId))
                .entity(new FragaId(id.uppdragId(), fragaId)).build();
    }

    @POST
    @Path("{uppdragId}/fragor/{fragaId}/svar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Besvara utförarenhetens fråga om uppdraget (socialsekreterare)")
    public UppdragId svaraPaFraga(@PathParam("uppdragId") @CaseId String uppdragId,
                                  @PathParam("fragaId") @Size(max = 64) String fragaId, @NotNull @Valid SvarAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new BesvaraFragaOmUppdraget(id, fragaId, a.svar(), actor, t));
    }

    @POST
    @Path("{uppdragId}/ny-information")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SS)
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Uppdatera ansvarig utförare på ny information (socialsekreterare)")
    public UppdragId nyInformation(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid NyInformationAnrop a) {
        String informationId = UUID.randomUUID().toString();
        return utfor(uppdragId, (id, actor, t) -> new LamnaNyInformation(id, informationId, a.information(), actor, t));
    }

    @POST
    @Path("{uppdragId}/familjen-informerad-infor-avslut")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SS, UTF})
    @Audited(resource = "uppdrag", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att barnet och vårdnadshavarna informerats i god tid inför att beslutsperioden går ut")
    public UppdragId familjenInformeradInforAvslut(@PathParam("uppdragId") @CaseId String uppdragId,
                                                   @NotNull @Valid InformeradInforAvslutAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new InformeraFamiljenInforAvslut(id, a.datum(), a.informerade(), actor, t));
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------------

    private Uppdragsakt akt(String uppdragId) {
        return akter.las(validId(uppdragId), Uppdragsakt::av).orElseThrow(() -> new NotFoundException("Uppdraget finns inte."));
    }

    /** What the caller may see of the assignment; 403 when it is neither the owning unit's nor the performing unit's. */
    private Vy vy(Uppdragsakt akt) {
        Actor actor = user.actor();
        if (actor.has(Roll.SOCIALSEKRETERARE) && actor.enhet().equals(akt.registrerat.myndighetsenhet())) {
            boolean ansvarig = actor.userId().equals(akt.registrerat.socialsekreterare());
            return akt.skyddadIdentitet() && !ansvarig ? Vy.SKYDDAD : Vy.FULLSTANDIG;
        }
        boolean enhetensRoll = actor.has(Roll.METODHANDLEDARE) || actor.has(Roll.UTFORARE) || actor.has(Roll.ENHETSCHEF);
        if (enhetensRoll && actor.enhet().equals(akt.utforarenhet())) {
            if (!akt.identifieradForEnhet()) {
                return Vy.AVIDENTIFIERAD;
            }
            return akt.skyddadIdentitet() ? Vy.SKYDDAD : Vy.FULLSTANDIG;
        }
        throw new NotPermitted("Uppdraget tillhör en annan enhet.");
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

    private static Planeringsoverenskommelser overenskommelser(OverenskommelserAnrop o) {
        return o == null ? null : new Planeringsoverenskommelser(o.syfteForklarat(), o.familjenDelarMalen(),
                o.familjensSynPaMalen(), o.prioriteradeMal(), o.beraknatAvslut(), o.familjenInformeradOmAvslut(),
                o.omInsatsenInteFungerar(), o.kontaktHur(), o.kontaktHurOfta(), o.utforarenhetenPresenterad(),
                o.informationsskyldighetInformerad(), o.planprocessenBeskriven(), o.familjensMalResurserOchStyrkor(),
                o.tolkOchStodTillgodosett());
    }

    private static Varden.Onskemal onskemal(OnskemalAnrop o) {
        return o == null ? null : new Varden.Onskemal(o.metod(), o.tidsomfattning(), o.intensitet());
    }

    private static List<Varden.Aktivitet> aktiviteter(List<AktivitetAnrop> a) {
        return a.stream().map(x -> new Varden.Aktivitet(x.malId(), x.beskrivning(), x.ansvarig(), x.nar(), x.hur())).toList();
    }

    private Varden.Uppdragsinnehall innehall(InnehallAnrop i) {
        List<Varden.Vardnadshavare> vardnadshavare = i.vardnadshavare() == null ? null : i.vardnadshavare().stream()
                .map(v -> new Varden.Vardnadshavare(Personnummer.parse(v.personnummer(), clock).normalized(), v.namn(), kontakt(v.kontakt())))
                .toList();
        Varden.Tolkbehov tolk = i.tolkbehov() == null ? null
                : new Varden.Tolkbehov(i.tolkbehov().tolk(), i.tolkbehov().sprak(), i.tolkbehov().kommunikationsstod());
        return new Varden.Uppdragsinnehall(kontakt(i.barnetsKontaktuppgifter()), vardnadshavare, i.skyddadePersonuppgifter(), tolk,
                i.uppdragetOmfattar(), i.bedomningAvBehovOchFormaga(), i.uppfoljningsform(), i.aterrapporteringVidAvslut(),
                i.andraHuvudmansInsatser(), i.sipBehov(), kontakt(i.socialsekreterarensKontakt()), i.familjenInformerad(),
                i.utredningsplanBifogad(), i.sipFinns(), i.vardnadshavareInformerade(), i.barnetInformerat());
    }

    private static Varden.Kontaktuppgifter kontakt(KontaktAnrop k) {
        return k == null ? null : new Varden.Kontaktuppgifter(k.adress(), k.telefon(), k.epost());
    }

    private static String validId(String uppdragId) {
        try {
            return UUID.fromString(uppdragId).toString();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Uppdraget finns inte.");
        }
    }
}
