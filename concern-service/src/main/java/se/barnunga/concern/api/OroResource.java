package se.barnunga.concern.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.concern.api.Anrop.*;
import se.barnunga.concern.api.Svar.*;
import se.barnunga.concern.application.Ansvariga;
import se.barnunga.concern.application.OroFragor;
import se.barnunga.concern.application.OroVy;
import se.barnunga.concern.application.Oroakt;
import se.barnunga.concern.application.Oroakt.Insyn;
import se.barnunga.concern.application.Oroinlamning;
import se.barnunga.concern.domain.Avvikelsetyp;
import se.barnunga.concern.domain.Kommandon.AvslutaForhandsbedomning;
import se.barnunga.concern.domain.Kommandon.AvstaFranAterkoppling;
import se.barnunga.concern.domain.Kommandon.BekraftaSkriftligt;
import se.barnunga.concern.domain.Kommandon.GorSkyddsbedomning;
import se.barnunga.concern.domain.Kommandon.LamnaAterkoppling;
import se.barnunga.concern.domain.Kommandon.TaEmotOro;
import se.barnunga.concern.domain.Kommandon.VidarebefordraOro;
import se.barnunga.concern.domain.Mottagare;
import se.barnunga.concern.domain.Mottagartyp;
import se.barnunga.concern.domain.Varden.Familjemedlem;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
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
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;
import se.barnunga.platform.security.CurrentUser;
import se.barnunga.platform.time.ClockProducer;

/**
 * Reports of concern about a child (oro, 19 kap. 1 § SoL): submitted by any staff member and never refused, routed by
 * the service, then acknowledged, forwarded, assessed (skyddsbedömning, förhandsbedömning) and answered by the
 * recipient – and the inboxes, the concern with its history, the concerns per child and the deviation register.
 */
@Path("/api/oro")
@Tag(name = "Oro")
@Produces(MediaType.APPLICATION_JSON)
public class OroResource {

    static final String FINNS_INTE = "Oron finns inte.";

    /** The queues a caller can ask for. */
    public enum Ko {
        /** The caller's own, as a social secretary. */
        EGEN, MOTTAGNING, SOCIALJOUR
    }

    @Inject
    CaseCommands commands;
    @Inject
    Oroinlamning inlamning;
    @Inject
    AggregateHistory history;
    @Inject
    OroFragor fragor;
    @Inject
    Ansvariga ansvariga;
    @Inject
    Ororegler regler;
    @Inject
    Pseudonymizer pseudonymizer;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    // ---- Lämna oro ------------------------------------------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
            Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Lämna information om oro för ett eller flera barn",
            description = "Tas alltid emot (19 kap. 1 § SoL). Tjänsten dirigerar oron till barnets ansvariga socialsekreterare, "
                    + "annars mottagningen, och akut oro utanför kontorstid till Socialjouren – och förklarar varför. "
                    + "Avsteg från rutinen registreras som avvikelser och returneras som varningar: vid misstanke om fysiskt, "
                    + "psykiskt eller sexuellt övergrepp, eller en förälders eller annan närståendes våld, en avvikelse för varje "
                    + "vårdnadshavare eller annan familjemedlem som informerades; annars om vårdnadshavarna (och barnet från 15 år) "
                    + "inte informerades utan angivet skäl.")
    @APIResponse(responseCode = "201", description = "Oron är mottagen; en oro per barn, med eventuella varningar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InlamningSvar.class)))
    public Response lamna(@NotNull @Valid OroAnrop a) {
        LocalDate idag = LocalDate.now(clock);
        List<Oroinlamning.Barnanmalan> barn = new ArrayList<>();
        for (int i = 0; i < a.barn().size(); i++) {
            BarnAnrop b = a.barn().get(i);
            BusinessDates.plausible("barn[" + i + "].fodelsedatum", b.fodelsedatum());
            Personnummer pnr = b.personnummer() == null || b.personnummer().isBlank() ? null : Personnummer.parse(b.personnummer(), idag);
            barn.add(new Oroinlamning.Barnanmalan(pnr, b.namn(), b.fodelsedatum(), b.relation(), b.barnetInformerat()));
        }
        var anmalan = new Oroinlamning.Anmalan(barn, a.uppdragId() == null ? null : a.uppdragId().toLowerCase(), a.akut(), a.form(),
                a.omValdEllerOvergrepp(), a.misstanktOvergrepp() == null ? List.of() : List.copyOf(a.misstanktOvergrepp()),
                a.vardnadshavareInformerade(),
                a.familjemedlemmar() == null ? null
                        : a.familjemedlemmar().stream().map(f -> new Familjemedlem(f.relation(), f.informerad())).toList(),
                a.skalAttInteInformera(), Boolean.TRUE.equals(a.arbetsledareKonsulterad()), a.beskrivning(),
                a.kontakt() == null ? null : a.kontakt().namn(), a.kontakt() == null ? null : a.kontakt().telefon());
        List<Oroakt> oro = inlamning.lamna(anmalan, user.actor());
        return Response.created(URI.create("/api/oro/" + oro.get(0).lamnad.oroId())).entity(InlamningSvar.of(oro)).build();
    }

    @POST
    @Path("{oroId}/skriftlig-bekraftelse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
            Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Bekräfta en muntlig oro skriftligt (uppgiftslämnaren)",
            description = "Senast nästa arbetsdag; senare registreras en avvikelse.")
    public OroId bekrafta(@PathParam("oroId") @CaseId String oroId, @NotNull @Valid BekraftelseAnrop a) {
        return utfor(oroId, (id, actor, t) -> new BekraftaSkriftligt(id, a.text(), actor, t));
    }

    // ---- Mottagarens steg ----------------------------------------------------------------------------------------------

    @POST
    @Path("{oroId}/mottagen")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.MOTTAGNING, Roll.Namn.SOCIALJOUR})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Kvittera att oron är mottagen (mottagaren)",
            description = "En oro som inte kvitteras i tid eskaleras till mottagningen.")
    public OroId mottagen(@PathParam("oroId") @CaseId String oroId) {
        return utfor(oroId, (id, actor, t) -> new TaEmotOro(id, actor, t));
    }

    @POST
    @Path("{oroId}/vidarebefordra")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.MOTTAGNING, Roll.Namn.SOCIALJOUR})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Vidarebefordra oron till en annan mottagare (mottagaren)")
    public OroId vidarebefordra(@PathParam("oroId") @CaseId String oroId, @NotNull @Valid VidarebefordranAnrop a) {
        Mottagare till = switch (a.till().typ()) {
            case SOCIALSEKRETERARE -> Mottagare.socialsekreterare(a.till().socialsekreterare(), a.till().enhet());
            case MOTTAGNING -> regler.mottagning();
            case SOCIALJOUR -> regler.socialjour();
        };
        return utfor(oroId, (id, actor, t) -> new VidarebefordraOro(id, till, a.skal(), regler, actor, t));
    }

    @POST
    @Path("{oroId}/skyddsbedomning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.MOTTAGNING, Roll.Namn.SOCIALJOUR})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Registrera skyddsbedömningen (genast, 20 kap. 1 § SoL)",
            description = "Bedömningen, uppgifterna den grundar sig på, när den gjordes, och namn och titel på den som gjorde den.")
    public OroId skyddsbedomning(@PathParam("oroId") @CaseId String oroId, @NotNull @Valid SkyddsbedomningAnrop a) {
        Skyddsbedomning b = new Skyddsbedomning(a.omedelbartSkyddsbehov(), a.underlag(), a.bedomd(), a.bedomdAvNamn(), a.bedomdAvTitel());
        return utfor(oroId, (id, actor, t) -> new GorSkyddsbedomning(id, b, actor, t));
    }

    @POST
    @Path("{oroId}/aterkoppling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.MOTTAGNING, Roll.Namn.SOCIALJOUR})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Återkoppla till den yrkesverksamma anmälaren (19 kap. 6 § SoL)")
    public OroId aterkoppling(@PathParam("oroId") @CaseId String oroId, @NotNull @Valid AterkopplingAnrop a) {
        return utfor(oroId, (id, actor, t) -> new LamnaAterkoppling(id, a.besked(), actor, t));
    }

    @POST
    @Path("{oroId}/ingen-aterkoppling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.MOTTAGNING, Roll.Namn.SOCIALJOUR})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Besluta att inte återkoppla till den yrkesverksamma anmälaren, av särskilda skäl (19 kap. 6 § SoL)",
            description = "Avslutar skyldigheten att återkoppla; de särskilda skälen krävs. Inte efter att återkoppling lämnats.")
    public OroId ingenAterkoppling(@PathParam("oroId") @CaseId String oroId, @NotNull @Valid AvstaAterkopplingAnrop a) {
        return utfor(oroId, (id, actor, t) -> new AvstaFranAterkoppling(id, a.sarskildaSkal(), actor, t));
    }

    @POST
    @Path("{oroId}/forhandsbedomning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.MOTTAGNING})
    @Audited(resource = "oro", action = Audited.Action.CHANGE)
    @Operation(summary = "Avsluta förhandsbedömningen (inom 14 dagar, 20 kap. 2 § SoL)",
            description = "Inled utredning, inled inte utredning, eller tillförs pågående utredning – med skäl. Om barnet fått "
                    + "komma till tals (11 kap. 10 § SoL), och annars skälen till det. Efter 14 dagar krävs synnerliga skäl.")
    public OroId forhandsbedomning(@PathParam("oroId") @CaseId String oroId, @NotNull @Valid ForhandsbedomningAnrop a) {
        return utfor(oroId, (id, actor, t) -> new AvslutaForhandsbedomning(id, a.beslut(), a.skal(), a.synnerligaSkal(),
                a.barnetKomTillTals(), a.skalBarnetInteHort(), actor, t));
    }

    // ---- Frågor --------------------------------------------------------------------------------------------------------

    @GET
    @Path("inkorg")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.MOTTAGNING, Roll.Namn.SOCIALJOUR})
    @Audited(resource = "oro")
    @Operation(summary = "Inkorg: socialsekreterarens, mottagningens eller Socialjourens kö – akut först, sedan äldst, med förseningar")
    public Page<InkorgPost> inkorg(@QueryParam("ko") Ko ko,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Actor actor = user.actor();
        OroFragor.Inkorg inkorg = inkorg(actor, ko);
        Instant nu = clock.instant();
        LocalDate idag = LocalDate.ofInstant(nu, ClockProducer.ZONE);
        List<InkorgPost> items = fragor.inkorg(inkorg, page, size).stream().map(v -> InkorgPost.of(v, nu, idag)).toList();
        return Page.ofCases(items, page, size, fragor.antalIInkorg(inkorg), InkorgPost::oroId);
    }

    @GET
    @Path("{oroId}")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
            Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "oro")
    @Operation(summary = "Visa en oro med hela historiken",
            description = "Orons text och uppgiftslämnaren syns bara för mottagare (och uppgiftslämnaren själv).")
    public OroSvar hamta(@PathParam("oroId") @CaseId String oroId) {
        Oroakt akt = akt(oroId);
        Insyn insyn = insyn(akt, user.actor());
        if (insyn == Insyn.INGEN) {
            throw new NotPermitted("Oron visas för mottagare, uppgiftslämnaren och den som får se barnet");
        }
        Instant nu = clock.instant();
        return OroSvar.of(akt, insyn, nu, LocalDate.ofInstant(nu, ClockProducer.ZONE));
    }

    @POST
    @Path("barn")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
            Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF})
    @Audited(resource = "oro")
    @Operation(summary = "Oro för ett barn (de som den som frågar får se), senaste först",
            description = "Personnumret skickas i kroppen så att det aldrig hamnar i adresser eller loggar.")
    public Page<BarnOroPost> perBarn(@NotNull @Valid BarnSokAnrop a) {
        Personnummer pnr = Personnummer.parse(a.personnummer(), clock);
        Actor actor = user.actor();
        String pseudonym = pseudonymizer.pseudonym(pnr);
        boolean ansvarig = ansvariga.arAnsvarigFor(actor.userId(), pseudonym);
        List<BarnOroPost> items = new ArrayList<>();
        for (OroVy v : fragor.perBarn(pseudonym)) {
            Oroakt akt = history.read(v.oroId, Oroakt::av).orElse(null);
            Insyn insyn = akt == null ? Insyn.INGEN : akt.insyn(actor, ansvarig, regler);
            if (insyn != Insyn.INGEN) {
                items.add(new BarnOroPost(v.oroId, v.inkom, v.akut, v.form, MottagareSvar.of(akt.mottagare), v.forhandsbeslut, insyn));
            }
        }
        return Page.ofCases(items, 0, Math.max(1, items.size()), items.size(), BarnOroPost::oroId);
    }

    @GET
    @Path("avvikelser")
    @RolesAllowed({Roll.Namn.ENHETSCHEF, Roll.Namn.RAPPORTOR})
    @Audited(resource = "oro-avvikelser")
    @Operation(summary = "Avvikelseregistret för kvalitetsarbete, per enhet och period",
            description = "Enhetschefen ser sin enhets avvikelser, rapportören alla. Inga personuppgifter.")
    public Page<AvvikelsePost> avvikelser(@QueryParam("enhet") @Pattern(regexp = Patterns.UNIT_CODE) String enhet,
                                          @QueryParam("typ") Avvikelsetyp typ,
                                          @QueryParam("fran") LocalDate fran, @QueryParam("till") LocalDate till,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = user.actor();
        String scope = Rapporturval.enhet(actor, enhet, "Enhetschefen ser sin egen enhets avvikelser");
        Rapporturval.kontrolleraPeriod(fran, till);
        var filter = new OroFragor.AvvikelseFilter(scope, typ, start(fran), till == null ? null : start(till.plusDays(1)));
        List<AvvikelsePost> items = fragor.avvikelser(filter, page, size).stream().map(AvvikelsePost::of).toList();
        // the concerns the register names, once each, so that the read is found by the concern's id
        return new Page<>(items, page, size, fragor.antalAvvikelser(filter), items.stream().map(AvvikelsePost::oroId).distinct().toList());
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------------

    /** The id of the concern a command was carried out on. */
    @Schema(name = "OroId")
    public record OroId(String oroId) {
    }

    private OroId utfor(String oroId, CaseCommands.Command kommando) {
        return new OroId(commands.send(oroId, FINNS_INTE, kommando).caseId());
    }

    private Oroakt akt(String oroId) {
        return history.read(CaseIds.uuidOr404(oroId, FINNS_INTE), Oroakt::av).orElseThrow(() -> new NotFoundException(FINNS_INTE));
    }

    private Insyn insyn(Oroakt akt, Actor actor) {
        String pseudonym = akt.lamnad.barn().pseudonym();
        return akt.insyn(actor, ansvariga.arAnsvarigFor(actor.userId(), pseudonym), regler);
    }

    private static OroFragor.Inkorg inkorg(Actor actor, Ko ko) {
        Ko vald = ko;
        if (vald == null) {
            vald = actor.has(Roll.SOCIALSEKRETERARE) ? Ko.EGEN : actor.has(Roll.MOTTAGNING) ? Ko.MOTTAGNING : Ko.SOCIALJOUR;
        }
        switch (vald) {
            case EGEN:
                actor.require(Roll.SOCIALSEKRETERARE, "Den egna inkorgen");
                return new OroFragor.Inkorg(Mottagartyp.SOCIALSEKRETERARE, actor.enhet(), actor.userId());
            case MOTTAGNING:
                actor.require(Roll.MOTTAGNING, "Mottagningens inkorg");
                return new OroFragor.Inkorg(Mottagartyp.MOTTAGNING, actor.enhet(), null);
            default:
                actor.require(Roll.SOCIALJOUR, "Socialjourens inkorg");
                return new OroFragor.Inkorg(Mottagartyp.SOCIALJOUR, actor.enhet(), null);
        }
    }

    private static Instant start(LocalDate dag) {
        return dag == null ? null : dag.atStartOfDay(ClockProducer.ZONE).toInstant();
    }
}
