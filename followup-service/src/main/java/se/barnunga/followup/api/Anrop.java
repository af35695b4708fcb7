package se.barnunga.followup.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.barnunga.followup.domain.Bbicskala;
import se.barnunga.followup.domain.Bedomningsinstrument;
import se.barnunga.followup.domain.Familjemedlem;
import se.barnunga.followup.domain.Synpunktstyp;
import se.barnunga.followup.domain.Delaktighet;
import se.barnunga.followup.domain.Deltagare;
import se.barnunga.followup.domain.Justering;
import se.barnunga.followup.domain.Motesslag;
import se.barnunga.followup.domain.Riskniva;
import se.barnunga.followup.domain.Utfall;
import se.barnunga.followup.domain.Utredningsgrund;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Malarbete;

/**
 * Request bodies of the follow-up API. Bean Validation rejects malformed input (400, naming the field: sizes, enum
 * values, id formats); the aggregate enforces the routine's rules (422 naming the field and rule, 409 out of order), so
 * a required field the routine asks for is named with its rule rather than as a bare "must not be null". Records with
 * free text about the family mask their {@code toString()}.
 */
public final class Anrop {

    static final int KORT = 200;
    static final int TEXT = 8000;
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final int MAX_MAL = 50;
    static final String MOTE_ID = "M[1-9][0-9]{0,3}";

    private Anrop() {
    }

    @Schema(name = "Pakallande", description = "Påkalla ett extra uppföljningsmöte, med skäl.")
    public record PakallaAnrop(@Size(max = TEXT) String skal) {
        @Override
        public String toString() {
            return "PakallaAnrop[***]";
        }
    }

    @Schema(name = "Avbokning", description = "Avboka det bokade mötet utan nytt datum, med skäl.")
    public record AvbokaAnrop(@Size(max = TEXT) String skal) {
        @Override
        public String toString() {
            return "AvbokaAnrop[***]";
        }
    }

    @Schema(name = "Bokning", description = "Datum, eventuellt klockslag, plats och vilka som bjuds in. Ett ordinarie "
            + "uppföljningsmöte hålls senast inom 6–8 veckor: efter start eller föregående möte och senast 8 veckor (56 dagar) "
            + "därefter; ett senare datum kräver skalUtanforFonster.")
    public record BokningAnrop(
            LocalDate datum,
            LocalTime klockslag,
            @Size(max = KORT) String plats,
            @Size(max = 10) Set<@NotNull Deltagare> inbjudna,
            @Size(max = TEXT) String skalUtanforFonster) {

        Bokning bokning() {
            return new Bokning(datum, klockslag, plats, inbjudna, skalUtanforFonster);
        }

        @Override
        public String toString() {
            return "BokningAnrop[" + datum + "]";
        }
    }

    @Schema(name = "Motesbokning", description = "Boka nästa uppföljningsmöte eller avslutningsmötet; ett redan bokat möte bokas om.")
    public record BokaAnrop(
            @Schema(description = "UPPFOLJNING (standard) eller AVSLUTNING") Motesslag slag,
            @NotNull @Valid BokningAnrop bokning) {
    }

    @Schema(name = "Formote", description = "Förmötet mellan socialsekreterare och ansvarig utförare inför det bokade mötet.")
    public record FormoteAnrop(LocalDate datum, @Size(max = TEXT) String planering) {
        @Override
        public String toString() {
            return "FormoteAnrop[" + datum + "]";
        }
    }

    @Schema(name = "Malarbete", description = "Hur arbetet med ett mål har gått.")
    public record MalarbeteAnrop(@Pattern(regexp = UUID, message = "målets id (uuid)") String malId, @Size(max = TEXT) String beskrivning) {
        Malarbete malarbete() {
            return new Malarbete(malId == null ? null : malId.toLowerCase(), beskrivning);
        }

        @Override
        public String toString() {
            return "MalarbeteAnrop[" + malId + "]";
        }
    }

    @Schema(name = "Utforarsammanfattning", description = "Ansvarig utförares sammanfattning inför mötet: antal tillfällen, "
            + "delaktighet och hur arbetet med varje mål har gått.")
    public record SammanfattningAnrop(
            @Min(0) @Max(10_000) Integer tillfallenGenomforda,
            @Min(0) @Max(10_000) Integer tillfallenPlanerade,
            Delaktighet barnetsDelaktighet,
            Delaktighet vardnadshavarnasDelaktighet,
            @Size(max = MAX_MAL) List<@NotNull @Valid MalarbeteAnrop> malarbete,
            @Size(max = TEXT) @Schema(description = "Krävs när färre tillfällen än planerat har genomförts: vad som gjorde att "
                    + "insatsen helt eller delvis inte kunde genomföras som planerat (SOSFS 2014:5 5 kap. 3 §)")
            String avvikelseFranPlanen) {

        List<Malarbete> arbete() {
            return malarbete == null ? null : malarbete.stream().map(MalarbeteAnrop::malarbete).toList();
        }
    }

    @Schema(name = "Malbedomning", description = "Ett måls bedömning på BBIC:s fyrgradiga skala, vad som har förändrats och "
            + "eventuellt målet för kommande period.")
    public record BedomningAnrop(@Pattern(regexp = UUID, message = "målets id (uuid)") String malId, Bbicskala skala,
                                 @Size(max = TEXT) String forandring,
                                 @Size(max = TEXT) @Schema(description = "Valfritt: mål för kommande period – vad som återstår att "
                                         + "göra, vid behov nedbrutet i delmål (BBIC)") String malForKommandePeriod) {
        Bedomning bedomning() {
            return new Bedomning(malId == null ? null : malId.toLowerCase(), skala, forandring, malForKommandePeriod);
        }

        @Override
        public String toString() {
            return "BedomningAnrop[" + malId + ", " + skala + "]";
        }
    }

    @Schema(name = "Uppfoljningsmote", description = "Det bokade uppföljningsmötet har hållits (rutinens bilaga 2).")
    public record UppfoljningAnrop(
            LocalDate datum,
            @Size(max = 10) Set<@NotNull Deltagare> deltagare,
            @Size(max = TEXT) String skalBarnetDeltogEj,
            @Size(max = TEXT) String barnetsUppfattning,
            @Size(max = TEXT) @Schema(description = "Hur familjemedlemmarna som deltog uppfattar insatsen och vad de berättade om "
                    + "arbetet med målen; krävs när vårdnadshavare eller annan närstående deltog") String familjensUppfattning,
            @Size(max = MAX_MAL) List<@NotNull @Valid BedomningAnrop> bedomningar,
            @Size(max = TEXT) @Schema(description = "Bedömningen av om barnet har nya behov som behöver utredas; krävs när ett mål "
                    + "bedömts som NEGATIV_FORANDRING och utfallet inte är NY_UTREDNING") String bedomningAvNyaBehov,
            @Size(max = TEXT) @Schema(description = "Vilka åtgärder som gjorts för att anpassa insatsen utifrån barnets behov; "
                    + "krävs om inte ingaAnpassningarBehovdes är true") String anpassningar,
            @Schema(description = "true: inga anpassningar behövdes (i stället för anpassningar)") Boolean ingaAnpassningarBehovdes,
            @Size(max = 6) @Schema(description = "Valfritt: standardiserade bedömningsinstrument som använts") Set<@NotNull Bedomningsinstrument> bedomningsinstrument,
            @Size(max = KORT) @Schema(description = "Namnet på instrumentet, när bedomningsinstrument innehåller ANNAT") String annatInstrument,
            Utfall utfall,
            @Size(max = TEXT) @Schema(description = "Förändringar som behöver ske för att målen ska nås") String forandringar,
            Justering justering,
            Utredningsgrund utredningsgrund,
            @Schema(description = "Genomförandeplanen behöver revideras (sätts alltid vid JUSTERA och vid FORTSATTA med förändringar)") Boolean genomforandeplanenRevideras,
            @Valid @Schema(description = "Nästa möte, bokat vid mötet: krävs när insatsen fortsätter (FORTSATTA, JUSTERA); "
                    + "vid AVSLUTA bokas avslutningsmötet") BokningAnrop nastaMote,
            @Size(max = TEXT) String skalUtanSammanfattning) {

        List<Bedomning> bedomningarna() {
            return bedomningar == null ? null : bedomningar.stream().map(BedomningAnrop::bedomning).toList();
        }

        @Override
        public String toString() {
            return "UppfoljningAnrop[" + datum + ", " + utfall + "]";
        }
    }

    @Schema(name = "Avslutningsmote", description = "Avslutningsmötet har hållits (rutinens bilaga 3). Riskbedömningen görs i "
            + "uppdraget (uppdragstjänsten) och följer med hit; den måste ha gjorts innan avslutningsmötet registreras.")
    public record AvslutningAnrop(
            LocalDate datum,
            @Size(max = 10) Set<@NotNull Deltagare> deltagare,
            @Size(max = TEXT) String skalBarnetDeltogEj,
            @Size(max = TEXT) String barnetsUpplevelse,
            @Size(max = TEXT) String ovrigasUpplevelse,
            @Size(max = MAX_MAL) List<@NotNull @Valid BedomningAnrop> bedomningar,
            @Schema(description = "Utelämnas: uppdragets riskbedömning gäller. Anges den ska den vara densamma som uppdragets.",
                    deprecated = true) Riskniva riskbedomning,
            @NotNull Boolean slutsammanfattningPresenterad,
            @Size(max = TEXT) String skalUtanSlutsammanfattning) {

        List<Bedomning> bedomningarna() {
            return bedomningar == null ? null : bedomningar.stream().map(BedomningAnrop::bedomning).toList();
        }

        @Override
        public String toString() {
            return "AvslutningAnrop[" + datum + "]";
        }
    }

    @Schema(name = "SammanfattningTillFamiljen", description = "Ansvarig utförare har lämnat sammanfattningen inför mötet till "
            + "familjen (socialsekreteraren har den i akten).")
    public record OverlamningAnrop(
            @Pattern(regexp = MOTE_ID) @Schema(description = "Mötet; utelämnat: det senaste med en sammanfattning som inte lämnats") String moteId,
            @Size(max = 3) Set<@NotNull Familjemedlem> mottagare,
            LocalDate datum) {
    }

    @Schema(name = "NyUtredning", description = "En ny utredning enligt SoL har inletts efter ett uppföljningsmöte med "
            + "utfallet NY_UTREDNING eller ett mål bedömt som negativ förändring.")
    public record UtredningAnrop(
            @Pattern(regexp = MOTE_ID) @Schema(description = "Uppföljningsmötet; utelämnat: det senaste som krävde en utredning "
                    + "som ännu inte registrerats") String moteId,
            LocalDate inledd) {
    }

    @Schema(name = "NySynpunkt", description = "Ett klagomål eller en synpunkt från familjen på genomförandet av insatsen.")
    public record SynpunktAnrop(
            Synpunktstyp typ,
            Familjemedlem franVem,
            @Schema(description = "När det framfördes") LocalDate datum,
            @Size(max = TEXT) @Schema(description = "Vad det gäller") String avser,
            @Size(max = TEXT) @Schema(description = "Vilka åtgärder som vidtagits (kan också läggas till senare)") String atgarder) {
        @Override
        public String toString() {
            return "SynpunktAnrop[" + typ + ", " + franVem + ", " + datum + "]";
        }
    }

    @Schema(name = "NySynpunktsatgard", description = "En åtgärd som vidtagits med anledning av ett klagomål eller en synpunkt.")
    public record AtgardAnrop(LocalDate datum, @Size(max = TEXT) String atgarder) {
        @Override
        public String toString() {
            return "AtgardAnrop[" + datum + "]";
        }
    }
}
