package se.barnunga.deadline.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.deadline.api.Svar.RegelSvar;
import se.barnunga.deadline.domain.Regelkatalog;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.time.ClockProducer;

/** The rule catalogue: every deadline the service watches, as data (no personal data, so not audited). */
@Path("/api/bevakningsregler")
@Tag(name = "Bevakningsregler")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.MOTTAGNING,
        Roll.Namn.SOCIALJOUR, Roll.Namn.ENHETSCHEF, Roll.Namn.RAPPORTOR, Roll.Namn.DRIFT, Roll.Namn.SYSTEM})
public class RegelResource {

    static final String RAKNING = "En bevakning räknas från ett datum; förfallodagen är den sista dag fristen är uppfylld, och "
            + "bevakningen passerar vid början av nästa dag (Europe/Stockholm, även över sommartidens skiften). Kalendermånader "
            + "räknas enligt lag (1930:173) 2 §: fristen går ut den dag i sista månaden som har samma nummer som startdagen, och "
            + "saknas en sådan dag den månadens sista dag – ett beslut den 30 november ska vara verkställt senast den 28 februari "
            + "(29 februari under skottår), ett beslut den 31 augusti senast den 30 november. Ingen förlängning över helger: "
            + "skyldigheten att verkställa och rapportera är nämndens egen. Arbetsdagar är måndag–fredag utom helgdagar och "
            + "helgaftnar (midsommar-, jul- och nyårsafton). En regels version väljs efter bevakningens startdatum.";

    @GET
    @Operation(summary = "Alla bevakningsregler: källa, start-, uppfyllande och avbrytande händelser, frist, påminnelse, giltighet")
    public Svar.Regelkatalog katalog() {
        return new Svar.Regelkatalog(ClockProducer.ZONE.getId(), RAKNING, Regelkatalog.regler().stream().map(RegelSvar::of).toList());
    }

    @GET
    @Path("{regelId}")
    @Operation(summary = "En bevakningsregels versioner")
    public List<RegelSvar> regel(@PathParam("regelId") String regelId) {
        List<RegelSvar> versioner = Regelkatalog.versioner(regelId).stream().map(RegelSvar::of).toList();
        if (versioner.isEmpty()) {
            throw new NotFoundException("Ingen bevakningsregel " + regelId + ".");
        }
        return versioner;
    }
}
