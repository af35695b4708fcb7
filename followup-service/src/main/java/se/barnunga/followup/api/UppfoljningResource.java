package se.barnunga.followup.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.followup.api.Anrop.*;
import se.barnunga.followup.api.Svar.*;
import se.barnunga.followup.application.Checklistor;
import se.barnunga.followup.application.UppfoljningFragor;
import se.barnunga.followup.application.UppfoljningFragor.Omfang;
import se.barnunga.followup.application.Uppfoljningsakt;
import se.barnunga.followup.domain.Kommandon.AvbokaMote;
import se.barnunga.followup.domain.Kommandon.BokaMote;
import se.barnunga.followup.domain.Kommandon.HallForMote;
import se.barnunga.followup.domain.Kommandon.LamnaSammanfattningTillFamiljen;
import se.barnunga.followup.domain.Kommandon.LamnaUtforarsammanfattning;
import se.barnunga.followup.domain.Kommandon.PakallaUppfoljningsmote;
import se.barnunga.followup.domain.Kommandon.RegistreraAvslutningsmote;
import se.barnunga.followup.domain.Kommandon.RegistreraSynpunkt;
import se.barnunga.followup.domain.Kommandon.RegistreraSynpunktsatgard;
import se.barnunga.followup.domain.Kommandon.RegistreraUppfoljning;
import se.barnunga.followup.domain.Kommandon.RegistreraUtredningInledd;
import se.barnunga.platform.api.Patterns;
import se.barnunga.platform.api.Page;
import se.barnunga.platform.api.CaseCommands;
import se.barnunga.platform.api.CaseIds;
import se.barnunga.platform.api.Rapporturval;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.axon.AggregateHistory;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.BusinessDates;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.security.CurrentUser;

/**
 * The follow-up of an intervention (Uppföljning): calls for and bookings of follow-up meetings at the latest every 6–8
 * weeks, the pre-meeting, the performer's summary and its handing to the family, the meeting with every goal rated on the
 * BBIC scale and its outcome, the new investigation after it, the family's complaints and views, and the closing meeting
 * – and the record with its history, the routine's checklists, the upcoming meetings, the interventions without a booked
 * meeting, the outcome statistics and the register of complaints and views. The record is created from the
 * assignment-service's events; every path names it by the assignment id.
 */
@Path("/api/uppfoljning")
@Tag(name = "Uppföljning")
@Produces(MediaType.APPLICATION_JSON)
public class UppfoljningResource {

    static final String FINNS_INTE = "Ingen uppföljning finns för uppdraget.";
    static final String SYNPUNKT_ID = "S[1-9][0-9]{0,3}";

    @Inject
    CaseCommands commands;
    @Inject
    AggregateHistory history;
    @Inject
    UppfoljningFragor fragor;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    // ---- Kommandon ----------------------------------------------------------------------------------------------------

    @POST
    @Path("{uppdragId}/pakallanden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Påkalla ett extra uppföljningsmöte (socialsekreterare eller ansvarig utförare)",
            description = "Med skäl. Nästa bokning blir ett extra möte, utan 6–8-veckorsfönstret.")
    public Kvitto pakalla(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid PakallaAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new PakallaUppfoljningsmote(id, a.skal(), actor, t));
    }

    @POST
    @Path("{uppdragId}/moten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Boka (eller boka om) nästa uppföljningsmöte eller avslutningsmötet (socialsekreterare)",
            description = "Det första uppföljningsmötet hålls senast inom 6–8 veckor efter start, varje nästa senast inom 6–8 veckor "
                    + "efter föregående möte: efter start (föregående möte) och senast 8 veckor (56 dagar) därefter; ett senare "
                    + "datum kräver skäl. Ansvarig utförare och familjen kallas.")
    public Kvitto boka(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid BokaAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new BokaMote(id, a.slag(), a.bokning().bokning(), actor, t));
    }

    @POST
    @Path("{uppdragId}/avbokning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Avboka det bokade mötet utan nytt datum (socialsekreterare)",
            description = "Med skäl. Insatsen syns sedan bland dem utan bokat möte; ett avbokat extra möte lämnar påkallandet öppet. "
                    + "Ska mötet bara flyttas: boka om det i stället.")
    public Kvitto avboka(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvbokaAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new AvbokaMote(id, a.skal(), actor, t));
    }

    @POST
    @Path("{uppdragId}/formote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera förmötet inför det bokade mötet (socialsekreterare eller ansvarig utförare)")
    public Kvitto formote(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid FormoteAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new HallForMote(id, a.datum(), a.planering(), actor, t));
    }

    @POST
    @Path("{uppdragId}/sammanfattning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Lämna sammanfattningen inför det bokade mötet (ansvarig utförare)",
            description = "Antal genomförda och planerade tillfällen, barnets och vårdnadshavarnas delaktighet och hur arbetet "
                    + "med varje mål har gått. Inför avslutningsmötet: sammanfattningen av hela insatsperioden.")
    public Kvitto sammanfattning(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SammanfattningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new LamnaUtforarsammanfattning(id, a.tillfallenGenomforda(), a.tillfallenPlanerade(),
                a.barnetsDelaktighet(), a.vardnadshavarnasDelaktighet(), a.arbete(), a.avvikelseFranPlanen(), actor, t));
    }

    @POST
    @Path("{uppdragId}/uppfoljningsmote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att det bokade uppföljningsmötet har hållits (socialsekreterare)",
            description = "Deltagare, barnets och (när de deltog) familjemedlemmarnas uppfattning, varje mål bedömt på BBIC:s "
                    + "fyrgradiga skala med vad som förändrats (och valfritt målet för kommande period), bedömningen av nya behov "
                    + "vid negativ förändring, anpassningar (eller att inga behövdes), valfritt standardiserade bedömningsinstrument, "
                    + "och utfall. Fortsätter insatsen bokas nästa möte senast inom 6–8 veckor.")
    public Kvitto uppfoljningsmote(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UppfoljningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new RegistreraUppfoljning(id, a.datum(), a.deltagare(), a.skalBarnetDeltogEj(),
                a.barnetsUppfattning(), a.familjensUppfattning(), a.bedomningarna(), a.bedomningAvNyaBehov(), a.anpassningar(),
                a.ingaAnpassningarBehovdes(), a.bedomningsinstrument(), a.annatInstrument(), a.utfall(), a.forandringar(),
                a.justering(), a.utredningsgrund(), a.genomforandeplanenRevideras(),
                a.nastaMote() == null ? null : a.nastaMote().bokning(), a.skalUtanSammanfattning(), actor, t));
    }

    @POST
    @Path("{uppdragId}/sammanfattning/overlamning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.UTFORARE)
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att sammanfattningen inför mötet har lämnats till familjen (ansvarig utförare)",
            description = "Vem i familjen som fick den, och när. Socialsekreteraren har sammanfattningen i akten.")
    public Kvitto sammanfattningTillFamiljen(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid OverlamningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new LamnaSammanfattningTillFamiljen(id, a.moteId(), a.mottagare(), a.datum(), actor, t));
    }

    @POST
    @Path("{uppdragId}/utredning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att en ny utredning enligt SoL har inletts efter uppföljningen (socialsekreterare)",
            description = "Efter ett uppföljningsmöte med utfallet NY_UTREDNING eller ett mål bedömt som negativ förändring. "
                    + "Datum inte i framtiden och inte före mötet. Publiceras som UtredningInledd.")
    public Kvitto utredning(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid UtredningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new RegistreraUtredningInledd(id, a.moteId(), a.inledd(), actor, t));
    }

    @POST
    @Path("{uppdragId}/synpunkter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppfoljning-synpunkt", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera ett klagomål eller en synpunkt från familjen på genomförandet (socialsekreterare eller ansvarig utförare)",
            description = "Från vem (barnet, vårdnadshavare, annan familjemedlem), vad det gäller, när, och de åtgärder som "
                    + "vidtagits (kan läggas till senare). Stannar i tjänsten.")
    public SynpunktKvitto synpunkt(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid SynpunktAnrop a) {
        CaseCommands.Sent sent = commands.send(uppdragId, FINNS_INTE, (id, actor, t) -> new RegistreraSynpunkt(id, a.typ(),
                a.franVem(), a.datum(), a.avser(), a.atgarder(), actor, t));
        return new SynpunktKvitto(sent.caseId(), (String) sent.result());
    }

    @POST
    @Path("{uppdragId}/synpunkter/{synpunktId}/atgarder")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.UTFORARE})
    @Audited(resource = "uppfoljning-synpunkt", action = Audited.Action.CHANGE)
    @Operation(summary = "Lägg till en åtgärd med anledning av ett klagomål eller en synpunkt (socialsekreterare eller ansvarig utförare)")
    public SynpunktKvitto atgard(@PathParam("uppdragId") @CaseId String uppdragId,
                                 @PathParam("synpunktId") @Pattern(regexp = SYNPUNKT_ID) String synpunktId,
                                 @NotNull @Valid AtgardAnrop a) {
        CaseCommands.Sent sent = commands.send(uppdragId, FINNS_INTE,
                (id, actor, t) -> new RegistreraSynpunktsatgard(id, synpunktId, a.datum(), a.atgarder(), actor, t));
        return new SynpunktKvitto(sent.caseId(), synpunktId);
    }

    @POST
    @Path("{uppdragId}/avslutningsmote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.Namn.SOCIALSEKRETERARE)
    @Audited(resource = "uppfoljning", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera att avslutningsmötet har hållits (socialsekreterare)",
            description = "Deltagare, hur barnet och övriga upplevt insatsen, varje mål bedömt på BBIC:s skala, riskbedömning och "
                    + "om utförarens avslutande sammanfattning presenterades.")
    public Kvitto avslutningsmote(@PathParam("uppdragId") @CaseId String uppdragId, @NotNull @Valid AvslutningAnrop a) {
        return utfor(uppdragId, (id, actor, t) -> new RegistreraAvslutningsmote(id, a.datum(), a.deltagare(), a.skalBarnetDeltogEj(),
                a.barnetsUpplevelse(), a.ovrigasUpplevelse(), a.bedomningarna(), a.riskbedomning(), a.slutsammanfattningPresenterad(),
                a.skalUtanSlutsammanfattning(), actor, t));
    }

    // ---- Frågor -------------------------------------------------------------------------------------------------------

    @GET
    @Path("{uppdragId}")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppfoljning")
    @Operation(summary = "En insats uppföljning med alla möten och hela historiken",
            description = "För socialsekreterare och enhetschef på den enhet som äger ärendet, och utförarenhetens personal.")
    public UppfoljningSvar hamta(@PathParam("uppdragId") @CaseId String uppdragId) {
        return UppfoljningSvar.of(akt(uppdragId));
    }

    @GET
    @Path("{uppdragId}/checklistor")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppfoljning")
    @Operation(summary = "Rutinens checklistor per möte (bilaga 2 och 3): klart eller inte, beräknat ur händelserna")
    public ChecklistorSvar checklistor(@PathParam("uppdragId") @CaseId String uppdragId) {
        Uppfoljningsakt akt = akt(uppdragId);
        return new ChecklistorSvar(akt.uppdragId, Checklistor.av(akt));
    }

    @GET
    @Path("{uppdragId}/synpunkter")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppfoljning-synpunkt")
    @Operation(summary = "Ett ärendes klagomål och synpunkter från familjen, med åtgärderna",
            description = "För dem som får läsa uppföljningen.")
    public SynpunkterSvar synpunkter(@PathParam("uppdragId") @CaseId String uppdragId) {
        Uppfoljningsakt akt = akt(uppdragId);
        return new SynpunkterSvar(akt.uppdragId, akt.synpunkter.values().stream().map(s -> SynpunktSvar.of(akt.uppdragId, s, akt)).toList());
    }

    @GET
    @Path("synpunkter")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppfoljning-synpunkt")
    @Operation(summary = "Enhetens register över klagomål och synpunkter på genomförandet, senaste först",
            description = "Socialsekreterare ser den egna enhetens ärenden, metodhandledare de ärenden enheten utför, enhetschefen "
                    + "båda. Standardperiod: innevarande år till i dag.")
    public Page<SynpunktSvar> synpunktsregister(@QueryParam("fran") LocalDate fran, @QueryParam("till") LocalDate till,
                                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        LocalDate idag = LocalDate.now(clock);
        LocalDate start = fran == null ? idag.withDayOfYear(1) : BusinessDates.plausible("fran", fran);
        LocalDate slut = till == null ? idag : BusinessDates.plausible("till", till);
        if (slut.isBefore(start)) {
            throw new RuleViolation("till", "PERIOD_OGILTIG", "Periodens slut ligger före dess början.");
        }
        Actor actor = user.actor();
        Omfang omfang = actor.has(Roll.ENHETSCHEF) ? new Omfang(null, null, actor.enhet(), null)
                : actor.has(Roll.SOCIALSEKRETERARE) ? new Omfang(actor.enhet(), null, null, null)
                : new Omfang(null, actor.enhet(), null, null);
        List<SynpunktSvar> items = fragor.synpunkter(omfang, start, slut, page, size).stream().map(SynpunktSvar::of).toList();
        return Page.ofCases(items, page, size, fragor.antalSynpunkter(omfang, start, slut), SynpunktSvar::uppdragId);
    }

    @GET
    @Path("moten")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppfoljning")
    @Operation(summary = "Kommande möten per socialsekreterare eller enhet, tidigast först",
            description = "Socialsekreterare ser sin enhets ärenden (ange socialsekreterare för en enskild, t.ex. sig själv), "
                    + "utförarenheten de ärenden den utför, enhetschefen båda. Standardperiod: från i dag och 8 veckor framåt.")
    public Page<KommandeMotePost> kommande(@QueryParam("socialsekreterare") @Pattern(regexp = Patterns.STAFF_ID) String socialsekreterare,
                                           @QueryParam("fran") LocalDate fran, @QueryParam("till") LocalDate till,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        LocalDate idag = LocalDate.now(clock);
        LocalDate start = fran == null ? idag : BusinessDates.plausible("fran", fran);
        LocalDate slut = till == null ? start.plusWeeks(8) : BusinessDates.plausible("till", till);
        if (slut.isBefore(start)) {
            throw new RuleViolation("till", "PERIOD_OGILTIG", "Periodens slut ligger före dess början.");
        }
        Omfang omfang = omfang(user.actor(), socialsekreterare);
        List<KommandeMotePost> items = fragor.kommandeMoten(omfang, start, slut, page, size).stream().map(KommandeMotePost::of).toList();
        return Page.ofCases(items, page, size, fragor.antalKommandeMoten(omfang, start, slut), KommandeMotePost::uppdragId);
    }

    @GET
    @Path("obokade")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "uppfoljning")
    @Operation(summary = "Pågående insatser utan bokat nästa möte, mest brådskande först",
            description = "Med fönstret för nästa ordinarie uppföljningsmöte och om det redan har passerat.")
    public Page<ObokadPost> obokade(@QueryParam("socialsekreterare") @Pattern(regexp = Patterns.STAFF_ID) String socialsekreterare,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        LocalDate idag = LocalDate.now(clock);
        Omfang omfang = omfang(user.actor(), socialsekreterare);
        List<ObokadPost> items = fragor.obokade(omfang, page, size).stream().map(u -> ObokadPost.of(u, idag)).toList();
        return Page.ofCases(items, page, size, fragor.antalObokade(omfang), ObokadPost::uppdragId);
    }

    @GET
    @Path("statistik")
    @RolesAllowed({Roll.Namn.ENHETSCHEF, Roll.Namn.RAPPORTOR})
    @Audited(resource = "uppfoljning-statistik")
    @Operation(summary = "Utfallsstatistik: fördelning av BBIC-bedömningar och andel möten där barnet deltog, per kön",
            description = "Per utförarenhet och insatstyp, per BBIC-område och totalt, för möten hållna under perioden (standard: "
                    + "innevarande år). Enhetschefen ser sin egen enhet; rapportören alla eller en vald enhet. Inga personuppgifter.")
    public UppfoljningFragor.Statistik statistik(@QueryParam("enhet") @Pattern(regexp = Patterns.UNIT_CODE) String enhet,
                                                @QueryParam("insatstyp") @Pattern(regexp = "[A-Z_]{1,64}") String insatstyp,
                                                @QueryParam("fran") LocalDate fran, @QueryParam("till") LocalDate till) {
        Rapporturval urval = Rapporturval.av(user.actor(), enhet, fran, till, clock,
                "Enhetschefen ser statistiken för sin egen enhet.");
        return fragor.statistik(new UppfoljningFragor.Urval(urval.enhet(), insatstyp, urval.fran(), urval.till()));
    }

    // ---- Helpers ------------------------------------------------------------------------------------------------------

    /** The acknowledgement names the meeting a command created or acted on, where it did. */
    private Kvitto utfor(String uppdragId, CaseCommands.Command kommando) {
        CaseCommands.Sent sent = commands.send(uppdragId, FINNS_INTE, kommando);
        return new Kvitto(sent.caseId(), sent.result() instanceof String moteId ? moteId : null);
    }

    private Uppfoljningsakt akt(String uppdragId) {
        Uppfoljningsakt akt = history.read(CaseIds.uuidOr404(uppdragId, FINNS_INTE), Uppfoljningsakt::av)
                .orElseThrow(() -> new NotFoundException(FINNS_INTE));
        if (!akt.far(user.actor())) {
            throw new NotPermitted("Uppföljningen läses av ärendets enhet och den utförarenhet som har uppdraget.");
        }
        return akt;
    }

    /** The cases a caller's lists cover: by role, always within the caller's own unit. */
    private static Omfang omfang(Actor actor, String socialsekreterare) {
        if (actor.has(Roll.ENHETSCHEF)) {
            return new Omfang(null, null, actor.enhet(), socialsekreterare);
        }
        if (actor.has(Roll.SOCIALSEKRETERARE)) {
            return new Omfang(actor.enhet(), null, null, socialsekreterare);
        }
        return new Omfang(null, actor.enhet(), null, socialsekreterare);
    }
}
