package se.barnunga.assignment.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.api.Svar.AvidentifieratSvar;
import se.barnunga.assignment.api.Svar.ChecklistaSvar;
import se.barnunga.assignment.api.Svar.Listpost;
import se.barnunga.assignment.api.Svar.UppdragSvar;
import se.barnunga.assignment.api.Svar.Vy;
import se.barnunga.assignment.application.Barnpseudonym;
import se.barnunga.assignment.application.IvoLasning;
import se.barnunga.assignment.application.IvoUppgifter;
import se.barnunga.assignment.application.UppdragFragor;
import se.barnunga.assignment.application.Uppdragsakt;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.platform.api.Page;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.AuditedCases;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.axon.AggregateHistory;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.security.CurrentUser;

/**
 * The reads on assignments: the list (the owning unit's, or the performing unit's own), one assignment with its whole
 * history as the caller may see it, the routine's checklist, and the IVO data of one or many decisions on intervention
 * (rapportör and system).
 */
@Path("/api/uppdrag")
@Tag(name = Taggar.VISA)
@Produces(MediaType.APPLICATION_JSON)
public class UppdragFragorResource {

    @Inject
    UppdragFragor fragor;
    @Inject
    AggregateHistory history;
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

    /** The cases whose IVO data is asked for at once (the IVO report of a quarter, in chunks). */
    public record IvoUppgifterAnrop(
            @NotNull @Size(min = 1, max = IVO_UPPGIFTER_PER_ANROP)
            List<@NotNull @jakarta.validation.constraints.Pattern(regexp = "[0-9a-fA-F-]{36}") String> uppdragIds) {
    }

    /** The IVO data of each asked case that has a decision on intervention; the others are named in {@code saknas}. */
    public record IvoUppgifterSvar(List<IvoUppgifter> uppgifter, List<String> saknas) implements AuditedCases {
        @Override
        public java.util.Collection<String> auditedCaseIds() {
            return uppgifter.stream().map(IvoUppgifter::uppdragId).toList();
        }
    }

    static final int IVO_UPPGIFTER_PER_ANROP = 1000;

    @GET
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
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

    @GET
    @Path("{uppdragId}")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
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
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF})
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
            giltiga.putIfAbsent(id, Uppdragskommandon.id(id));
        }
        // the IVO read model in one query; a case it has not caught up with is read from its case file (IvoLasning)
        java.util.Map<String, IvoLasning.Svar> lasta = ivoLasning.las(List.copyOf(new java.util.LinkedHashSet<>(giltiga.values())));
        List<IvoUppgifter> uppgifter = new java.util.ArrayList<>();
        List<String> saknas = new java.util.ArrayList<>();
        giltiga.forEach((id, giltigt) -> lasta.get(giltigt).uppgifter().ifPresentOrElse(uppgifter::add, () -> saknas.add(id)));
        return new IvoUppgifterSvar(uppgifter, saknas);
    }


    private Uppdragsakt akt(String uppdragId) {
        return history.read(Uppdragskommandon.id(uppdragId), Uppdragsakt::av)
                .orElseThrow(() -> new NotFoundException(Uppdragskommandon.FINNS_INTE));
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
}
