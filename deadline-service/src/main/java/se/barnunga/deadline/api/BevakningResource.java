package se.barnunga.deadline.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.deadline.api.Svar.Arendebevakningar;
import se.barnunga.deadline.api.Svar.BevakningPost;
import se.barnunga.deadline.api.Svar.Kvittering;
import se.barnunga.deadline.application.BevakningFragor;
import se.barnunga.deadline.application.BevakningFragor.Urval;
import se.barnunga.deadline.application.BevakningVy;
import se.barnunga.deadline.application.Bevakningshistorik;
import se.barnunga.deadline.domain.Kommandon.KvitteraLarm;
import se.barnunga.deadline.domain.Regelkatalog;
import se.barnunga.platform.api.Patterns;
import se.barnunga.platform.api.Page;
import se.barnunga.platform.api.CaseIds;
import se.barnunga.platform.api.Rapporturval;
import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.audit.CaseId;
import se.barnunga.platform.axon.AggregateHistory;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.security.CurrentUser;

/**
 * The watches (bevakningar): the open and overdue ones of the caller's unit (or, for the rapportör, of every unit),
 * filterable and most urgent first; one case's watches with their history; acknowledging an alert. Staff see the
 * watches of cases whose owning or performing unit is their own.
 */
@Path("/api/bevakningar")
@Tag(name = "Bevakningar")
@Produces(MediaType.APPLICATION_JSON)
public class BevakningResource {

    static final String INGA_BEVAKNINGAR = "Ärendet har inga bevakningar.";

    @Inject
    BevakningFragor fragor;
    @Inject
    CommandGateway commands;
    @Inject
    AggregateHistory history;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** The body of an acknowledgement. */
    public record KvitteringAnrop(@Size(max = 1000) String kommentar) {
    }

    @GET
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
            Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF, Roll.Namn.RAPPORTOR})
    @Audited(resource = "bevakning")
    @Operation(summary = "Öppna och passerade bevakningar, mest brådskande först",
            description = "Filtrera på enhet, socialsekreterare, regel, barnets pseudonym och förfalloperiod (fran–till); "
                    + "passerade=true visar bara de som passerat. Personalen ser sin enhets ärenden (som myndighets- eller "
                    + "utförarenhet), rapportören alla.")
    public Page<BevakningPost> lista(@QueryParam("enhet") @Pattern(regexp = Patterns.UNIT_CODE) String enhet,
                                     @QueryParam("socialsekreterare") @Pattern(regexp = Patterns.STAFF_ID) String socialsekreterare,
                                     @QueryParam("regel") @Pattern(regexp = "[A-Z_]{1,64}") String regel,
                                     @QueryParam("barn") @Pattern(regexp = "[0-9a-f]{64}") String barn,
                                     @QueryParam("fran") LocalDate fran, @QueryParam("till") LocalDate till,
                                     @QueryParam("passerade") @DefaultValue("false") boolean passerade,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Actor actor = user.actor();
        String urvalsenhet = Rapporturval.enhet(actor, enhet, "Personalen ser bevakningarna för sin egen enhets ärenden.");
        if (regel != null && Regelkatalog.versioner(regel).isEmpty()) {
            throw new RuleViolation("regel", "OKAND_REGEL", "Ingen bevakningsregel " + regel + " (se /api/bevakningsregler).");
        }
        Rapporturval.kontrolleraPeriod(fran, till);
        Instant nu = clock.instant();
        LocalDate idag = LocalDate.now(clock);
        Urval urval = new Urval(urvalsenhet, socialsekreterare, regel, barn, fran, till, passerade);
        List<BevakningPost> items = fragor.oppna(urval, nu, page, size).stream().map(v -> BevakningPost.of(v, nu, idag)).toList();
        return Page.ofCases(items, page, size, fragor.antalOppna(urval, nu), BevakningPost::arendeId);
    }

    @GET
    @Path("arenden/{arendeId}")
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
            Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF, Roll.Namn.RAPPORTOR})
    @Audited(resource = "bevakning")
    @Operation(summary = "Ett ärendes bevakningar med historik (uppdrag eller oro)",
            description = "Alla bevakningar, öppna och avslutade, och historiken: mottagna fakta, start, påminnelser, passerade "
                    + "frister, IVO-kvartal, uppfyllda och avbrutna bevakningar, kvitteringar (vem, när, kommentar).")
    public Arendebevakningar arende(@PathParam("arendeId") @CaseId String arendeId) {
        String id = CaseIds.uuidOr404(arendeId, INGA_BEVAKNINGAR);
        List<BevakningVy> vyer = fragor.arendets(id);
        if (vyer.isEmpty()) {
            throw new NotFoundException(INGA_BEVAKNINGAR);
        }
        Actor actor = user.actor();
        if (!actor.has(Roll.RAPPORTOR) && vyer.stream().noneMatch(v -> actor.enhet().equals(v.myndighetsenhet)
                || actor.enhet().equals(v.utforarenhet))) {
            throw new NotPermitted("Bevakningarna läses av ärendets enhet och den utförarenhet som har uppdraget.");
        }
        Instant nu = clock.instant();
        LocalDate idag = LocalDate.now(clock);
        List<Bevakningshistorik.Post> historik = history.read(id, Bevakningshistorik::av).orElse(List.of());
        return new Arendebevakningar(id, vyer.get(0).arendetyp, vyer.stream().map(v -> BevakningPost.of(v, nu, idag)).toList(),
                historik);
    }

    @POST
    @Path("{bevakningId}/kvittering")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
            Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF, Roll.Namn.RAPPORTOR})
    @Audited(resource = "bevakning", action = Audited.Action.CHANGE)
    @Operation(summary = "Kvittera en bevaknings senaste larm (vem och när registreras, kommentar valfri)",
            description = "Handläggare och chefer vid ärendets enhet; IVO-bevakningar även rapportören. Ett larm kvitteras en gång; "
                    + "ett nytt larm (t.ex. passerad efter påminnelse) kvitteras på nytt.")
    public Kvittering kvittera(@PathParam("bevakningId") @Pattern(regexp = "[A-Z_]{1,64}:[0-9a-f-]{36}(:[0-9A-Za-z-]{1,64})?") String bevakningId,
                               @Valid KvitteringAnrop anrop) {
        BevakningVy vy = BevakningVy.findById(bevakningId);
        if (vy == null) {
            throw new NotFoundException("Ingen bevakning " + bevakningId + ".");
        }
        Actor actor = user.actor();
        Instant nu = clock.instant();
        commands.sendAndWait(new KvitteraLarm(vy.arendeId, bevakningId, anrop == null ? null : anrop.kommentar(), actor, nu));
        return new Kvittering(bevakningId, vy.arendeId, actor.userId(), nu);
    }
}
