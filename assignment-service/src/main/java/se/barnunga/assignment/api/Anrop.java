package se.barnunga.assignment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.barnunga.assignment.domain.Avbrottsorsak;
import se.barnunga.assignment.domain.Avslutsskal;
import se.barnunga.assignment.domain.Bbicskala;
import se.barnunga.assignment.domain.Delegationsniva;
import se.barnunga.assignment.domain.Deltagare;
import se.barnunga.assignment.domain.FysiskaHandlingar;
import se.barnunga.assignment.domain.Hinder;
import se.barnunga.assignment.domain.Lagrum;
import se.barnunga.assignment.domain.Motesledning;
import se.barnunga.assignment.domain.Mottagare;
import se.barnunga.assignment.domain.Omprovningsgrund;
import se.barnunga.assignment.domain.Revideringsanledning;
import se.barnunga.assignment.domain.Riskniva;
import se.barnunga.assignment.domain.Samtyckespart;
import se.barnunga.assignment.domain.Skyddsmarkering;
import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.platform.api.Patterns;
import se.barnunga.platform.identity.ValidPersonnummer;

/**
 * Request bodies of the assignment API. Bean Validation rejects malformed input (400, naming the field); the
 * aggregate enforces the routine's rules (422 naming the field and rule, 409 for a step out of order). Records with
 * personal data or free text mask their {@code toString()}.
 */
public final class Anrop {

    private static final int KORT = 200;
    private static final int TEXT = 4000;

    private Anrop() {
    }

    @Schema(name = "Barn")
    public record BarnAnrop(
            @NotBlank @ValidPersonnummer @Schema(example = "20150412-2381") String personnummer,
            @NotBlank @Size(max = KORT) String fornamn,
            @NotBlank @Size(max = KORT) String efternamn) {
        @Override
        public String toString() {
            return "BarnAnrop[***]";
        }
    }

    @Schema(name = "Utredning")
    public record UtredningAnrop(@NotBlank @Size(max = KORT) String referens, @NotNull LocalDate start,
                                 @NotNull LocalDate planeratSlut) {
    }

    @Schema(name = "Onskemal", description = "Önskad metod, tidsomfattning och intensitet (avidentifierat)")
    public record OnskemalAnrop(@Size(max = TEXT) String metod, @Size(max = TEXT) String tidsomfattning,
                                @Size(max = TEXT) String intensitet) {
        @Override
        public String toString() {
            return "OnskemalAnrop[***]";
        }
    }

    @Schema(name = "Forfragan", description = "Förfrågan till en utförarenhet. Behov beskrivs avidentifierat.")
    public record ForfraganAnrop(
            @NotNull Uppdragstyp typ,
            @NotNull @Valid BarnAnrop barn,
            @Valid UtredningAnrop utredning,
            @Size(max = 64) String insatstyp,
            @Valid OnskemalAnrop onskemal,
            @Size(max = 30) List<@NotBlank @Size(max = 64) String> behovsomraden,
            @Size(max = TEXT) String behov,
            @NotBlank @Pattern(regexp = Patterns.UNIT_CODE, message = Patterns.UNIT_CODE_MESSAGE) String utforarenhet) {
        @Override
        public String toString() {
            return "ForfraganAnrop[" + typ + "]";
        }
    }

    @Schema(name = "NyForfragan")
    public record NyForfraganAnrop(
            @NotBlank @Pattern(regexp = Patterns.UNIT_CODE, message = Patterns.UNIT_CODE_MESSAGE) String utforarenhet,
            @Valid OnskemalAnrop onskemal) {
    }

    @Schema(name = "Skal")
    public record SkalAnrop(@NotBlank @Size(max = TEXT) String skal) {
        @Override
        public String toString() {
            return "SkalAnrop[***]";
        }
    }

    @Schema(name = "Person")
    public record PersonAnrop(@NotBlank @ValidPersonnummer String personnummer, @NotBlank @Size(max = KORT) String namn) {
        @Override
        public String toString() {
            return "PersonAnrop[***]";
        }
    }

    @Schema(name = "Samtycke")
    public record SamtyckeAnrop(@NotNull Samtyckespart part, @Valid PersonAnrop vardnadshavare,
                                @NotNull Boolean samtycker, @NotNull LocalDate datum) {
    }

    @Schema(name = "Period")
    public record PeriodAnrop(@NotNull LocalDate from, LocalDate tom) {
    }

    @Schema(name = "Mal")
    public record MalAnrop(@NotBlank @Size(max = TEXT) String beskrivning, @NotBlank @Size(max = 64) String bbicOmrade,
                           @Schema(description = "Ytterligare BBIC-behovsområden som målet berör (stannar i tjänsten)")
                           @Size(max = 10) List<@NotBlank @Size(max = 64) String> ytterligareBbicOmraden) {
        @Override
        public String toString() {
            return "MalAnrop[" + bbicOmrade + "]";
        }
    }

    @Schema(name = "Beslutsfattare", description = "Vem som fattat beslutet: namn och befattning eller titel (eller nämndens organ, "
            + "t.ex. Sociala utskottet) och nivå i delegationsordningen. Stannar i tjänsten.")
    public record BeslutsfattareAnrop(@Size(max = KORT) String namn, @Size(max = KORT) String titel,
                                      Delegationsniva delegationsniva) {
        @Override
        public String toString() {
            return "BeslutsfattareAnrop[" + delegationsniva + "]";
        }
    }

    @Schema(name = "DelvisAvslag", description = "Vad som avslogs delvis och varför (SOSFS 2014:5 4 kap. 14 §)")
    public record DelvisAvslagAnrop(@Size(max = TEXT) String vad, @Size(max = TEXT) String skal) {
        @Override
        public String toString() {
            return "DelvisAvslagAnrop[***]";
        }
    }

    @Schema(name = "LvuVard", description = "Beslutet om vård enligt LVU som ett beslut enligt 11 § LVU vilar på")
    public record LvuVardAnrop(@Size(max = KORT) String beslutsreferens, LocalDate beslutsdatum) {
        @Override
        public String toString() {
            return "LvuVardAnrop[***]";
        }
    }

    @Schema(name = "Namndbeslut", description = "Nämndens (eller dess delegats) beslut att insatsen ges med stöd av 11 § LVU")
    public record NamndbeslutAnrop(@Size(max = KORT) String referens, LocalDate datum, @Valid BeslutsfattareAnrop beslutsfattare) {
        @Override
        public String toString() {
            return "NamndbeslutAnrop[***]";
        }
    }

    @Schema(name = "Beslut", description = "Beslut om insats med dokumentation enligt SOSFS 2014:5 4 kap. 13–14 §. Krävs: skal, "
            + "beslutsfattare (utom vid 11 § LVU, där namndbeslut anger den), beslutsunderlag, syfte; vid SoL även ansokanAvser och "
            + "malOverenskomnaMedFamiljen = true; för beviljad insats efter utredning behovsbedomningKommunicerad = true. "
            + "Vid 11 § LVU krävs lvuVard och namndbeslut.")
    public record BeslutAnrop(@NotNull LocalDate beslutsdatum, @NotNull Lagrum lagrum, @Valid PeriodAnrop period,
                              @NotEmpty @Size(max = 20) List<@NotNull @Valid MalAnrop> mal,
                              @Size(max = TEXT) String skal,
                              @Valid BeslutsfattareAnrop beslutsfattare,
                              @Size(max = TEXT) String ansokanAvser,
                              @Valid DelvisAvslagAnrop delvisAvslag,
                              @Size(max = TEXT) String enskildesOnskemalOmUtforare,
                              @Size(max = KORT) String beslutsunderlag,
                              Boolean behovsbedomningKommunicerad,
                              @Size(max = TEXT) String syfte,
                              Boolean malOverenskomnaMedFamiljen,
                              @Valid LvuVardAnrop lvuVard,
                              @Valid NamndbeslutAnrop namndbeslut) {
        @Override
        public String toString() {
            return "BeslutAnrop[" + lagrum + "]";
        }
    }

    @Schema(name = "AterkallatSamtycke", description = "Vem som återkallat samtycket (en vårdnadshavare, barnet från 15 år, "
            + "den unge från 18 år) och när")
    public record AterkallaSamtyckeAnrop(@NotNull Samtyckespart part, @Valid PersonAnrop vardnadshavare,
                                         @NotNull LocalDate datum) {
    }

    @Schema(name = "Omprovning", description = "Omprövning efter återkallat samtycke: nämndbeslut enligt 11 § LVU (lvuVard och "
            + "namndbeslut krävs) eller nytt samtycke från alla vars samtycke krävs (beslutsfattare krävs)")
    public record OmprovningAnrop(@NotNull Omprovningsgrund grund, @NotNull LocalDate beslutsdatum, Lagrum lagrum,
                                  @Size(max = TEXT) String skal, @Valid BeslutsfattareAnrop beslutsfattare,
                                  @Valid LvuVardAnrop lvuVard, @Valid NamndbeslutAnrop namndbeslut) {
        @Override
        public String toString() {
            return "OmprovningAnrop[" + grund + "]";
        }
    }

    @Schema(name = "BeslutOmUtredningsuppdrag")
    public record UtredningsuppdragAnrop(@NotNull LocalDate beslutsdatum,
                                         @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = TEXT) String> fragor,
                                         @NotNull Boolean kommuniceratMedFamiljen) {
        @Override
        public String toString() {
            return "UtredningsuppdragAnrop[***]";
        }
    }

    @Schema(name = "Kontaktuppgifter")
    public record KontaktAnrop(@Size(max = 400) String adress, @Size(max = 40) String telefon, @Size(max = KORT) String epost) {
        @Override
        public String toString() {
            return "KontaktAnrop[***]";
        }
    }

    @Schema(name = "Vardnadshavare")
    public record VardnadshavareAnrop(@NotBlank @ValidPersonnummer String personnummer, @NotBlank @Size(max = KORT) String namn,
                                      @Valid KontaktAnrop kontakt) {
        @Override
        public String toString() {
            return "VardnadshavareAnrop[***]";
        }
    }

    @Schema(name = "Tolkbehov")
    public record TolkAnrop(@NotNull Boolean tolk, @Size(max = 100) String sprak, @Size(max = TEXT) String kommunikationsstod) {
    }

    @Schema(name = "Uppdragsinnehall", description = "Uppdragets innehåll enligt SOSFS 2014:5")
    public record InnehallAnrop(
            @Valid KontaktAnrop barnetsKontaktuppgifter,
            @Size(max = 10) List<@NotNull @Valid VardnadshavareAnrop> vardnadshavare,
            Skyddsmarkering skyddadePersonuppgifter,
            @Valid TolkAnrop tolkbehov,
            @Size(max = TEXT) String uppdragetOmfattar,
            @Size(max = TEXT) String bedomningAvBehovOchFormaga,
            @Size(max = TEXT) String uppfoljningsform,
            @Size(max = TEXT) String aterrapporteringVidAvslut,
            @Size(max = TEXT) String andraHuvudmansInsatser,
            Boolean sipBehov,
            @Valid KontaktAnrop socialsekreterarensKontakt,
            Boolean familjenInformerad,
            Boolean utredningsplanBifogad,
            Boolean sipFinns,
            Boolean vardnadshavareInformerade,
            Boolean barnetInformerat) {
        @Override
        public String toString() {
            return "InnehallAnrop[***]";
        }
    }

    @Schema(name = "SkickaUppdrag")
    public record SkickaAnrop(@NotNull @Valid InnehallAnrop innehall) {
    }

    @Schema(name = "UtseAnsvarigUtforare")
    public record UtseAnrop(@NotBlank @Size(max = 128) String ansvarigUtforare) {
    }

    @Schema(name = "Hinder")
    public record HinderAnrop(@NotNull Hinder hinder, @NotBlank @Size(max = TEXT) String skal,
                              @NotNull Boolean enhetschefInformerad, @Size(max = TEXT) String erbjudetUnderTiden) {
        @Override
        public String toString() {
            return "HinderAnrop[" + hinder + "]";
        }
    }

    @Schema(name = "Formote", description = "Förmötet bestämmer tid och plats för planeringsmötet och familjen kallas till det. "
            + "Anger uppdraget behov av tolk eller annat stöd krävs tolkOchStod.")
    public record FormoteAnrop(@NotNull LocalDate datum, @NotEmpty Set<@NotNull Deltagare> deltagare,
                               LocalDate planeringsmoteDatum, @Size(max = KORT) String planeringsmotePlats,
                               @Size(max = TEXT) String tolkOchStod, @Size(max = TEXT) String barnetsDelaktighet,
                               @NotNull Motesledning ledning, Boolean familjenKallad) {
        @Override
        public String toString() {
            return "FormoteAnrop[***]";
        }
    }

    @Schema(name = "Planeringsoverenskommelser", description = "Punkterna i Checklista Planeringsmöte (bilaga 1); alla krävs, "
            + "tolkOchStodTillgodosett när uppdraget anger behov av tolk eller annat stöd")
    public record OverenskommelserAnrop(
            Boolean syfteForklarat,
            Boolean familjenDelarMalen,
            @Size(max = TEXT) String familjensSynPaMalen,
            @Size(max = 20) List<@NotBlank @Size(max = 64) String> prioriteradeMal,
            LocalDate beraknatAvslut,
            Boolean familjenInformeradOmAvslut,
            @Size(max = TEXT) String omInsatsenInteFungerar,
            @Size(max = TEXT) String kontaktHur,
            @Size(max = KORT) String kontaktHurOfta,
            Boolean utforarenhetenPresenterad,
            Boolean informationsskyldighetInformerad,
            Boolean planprocessenBeskriven,
            @Size(max = TEXT) String familjensMalResurserOchStyrkor,
            Boolean tolkOchStodTillgodosett) {
        @Override
        public String toString() {
            return "OverenskommelserAnrop[***]";
        }
    }

    @Schema(name = "Planeringsmote", description = "Första uppföljningsmötet: vilken dag som helst efter planerat startdatum; "
            + "senare än 8 veckor (56 dagar) efter start kräver skalForSenUppfoljning.")
    public record PlaneringsmoteAnrop(@NotNull LocalDate datum, @NotEmpty Set<@NotNull Deltagare> deltagare,
                                      @NotNull Boolean barnetDeltog, @Size(max = TEXT) String orsakBarnetDeltogEj,
                                      @NotNull Boolean sekretessInformerad, @NotNull Boolean malGenomgangna,
                                      @NotNull LocalDate planeratStartdatum, @Size(max = TEXT) String skalForSenStart,
                                      @NotNull LocalDate forstaUppfoljningsmote,
                                      @Size(max = TEXT) String skalForSenUppfoljning,
                                      @Valid OverenskommelserAnrop overenskommelser) {
        @Override
        public String toString() {
            return "PlaneringsmoteAnrop[***]";
        }
    }

    @Schema(name = "Startbekraftelse")
    public record StartAnrop(@NotNull Boolean startade, @Size(max = TEXT) String orsak) {
    }

    @Schema(name = "Verkstallighet")
    public record VerkstallighetAnrop(@NotNull LocalDate verkstallighetsdatum) {
    }

    @Schema(name = "Avbrott")
    public record AvbrottAnrop(@NotNull LocalDate avbrottsdatum, @NotNull Avbrottsorsak orsak, @Size(max = TEXT) String beskrivning) {
        @Override
        public String toString() {
            return "AvbrottAnrop[" + orsak + "]";
        }
    }

    @Schema(name = "Datum")
    public record DatumAnrop(@NotNull LocalDate datum) {
    }

    @Schema(name = "Uppskov")
    public record UppskovAnrop(@NotNull Samtyckespart begartAv, @NotNull LocalDate onskatStartdatum,
                               @NotBlank @Size(max = TEXT) String skal) {
        @Override
        public String toString() {
            return "UppskovAnrop[***]";
        }
    }

    @Schema(name = "Aterkallelse")
    public record AterkallaAnrop(@NotNull LocalDate datum, @NotBlank @Size(max = TEXT) String skal,
                                 @Valid BeslutsfattareAnrop beslutsfattare) {
        @Override
        public String toString() {
            return "AterkallaAnrop[***]";
        }
    }

    @Schema(name = "Aktivitet")
    public record AktivitetAnrop(@NotBlank @Size(max = 64) String malId, @NotBlank @Size(max = TEXT) String beskrivning,
                                 @NotBlank @Size(max = KORT) String ansvarig, @NotBlank @Size(max = KORT) String nar,
                                 @NotBlank @Size(max = TEXT) String hur) {
        @Override
        public String toString() {
            return "AktivitetAnrop[" + malId + "]";
        }
    }

    @Schema(name = "Genomforandeplan", description = "samverkan (med andra huvudmän) krävs när uppdraget anger behov av SIP")
    public record GenomforandeplanAnrop(@NotNull LocalDate datum, @NotEmpty Set<@NotNull Deltagare> deltagare,
                                        @NotBlank @Size(max = TEXT) String barnetsDelaktighet,
                                        @NotEmpty @Size(max = 50) List<@NotNull @Valid AktivitetAnrop> aktiviteter,
                                        @Size(max = TEXT) String samverkan, @Size(max = TEXT) String uppfoljningAvPlanen,
                                        @Size(max = TEXT) String vardnadshavarnasSynpunkter) {
        @Override
        public String toString() {
            return "GenomforandeplanAnrop[***]";
        }
    }

    @Schema(name = "GenomforandeplanRevision", description = "samverkan (med andra huvudmän) krävs när uppdraget anger behov av SIP")
    public record RevisionAnrop(@NotNull LocalDate datum, @NotNull Revideringsanledning anledning,
                                @NotBlank @Size(max = TEXT) String barnetsDelaktighet,
                                @NotEmpty @Size(max = 50) List<@NotNull @Valid AktivitetAnrop> aktiviteter,
                                @Size(max = TEXT) String samverkan, @Size(max = TEXT) String uppfoljningAvPlanen,
                                @Size(max = TEXT) String vardnadshavarnasSynpunkter) {
        @Override
        public String toString() {
            return "RevisionAnrop[***]";
        }
    }

    @Schema(name = "Kopior")
    public record KopiorAnrop(@NotEmpty Set<@NotNull Mottagare> mottagare, @NotNull LocalDate datum) {
    }

    @Schema(name = "Invandning")
    public record InvandningAnrop(@NotNull Mottagare fran, @NotBlank @Size(max = TEXT) String invandning) {
        @Override
        public String toString() {
            return "InvandningAnrop[***]";
        }
    }

    @Schema(name = "InvandningHanterad")
    public record HanteraInvandningAnrop(@NotBlank @Size(max = TEXT) String atgard) {
        @Override
        public String toString() {
            return "HanteraInvandningAnrop[***]";
        }
    }

    @Schema(name = "Redogorelse")
    public record RedogorelseAnrop(@NotNull LocalDate datum, @NotNull Boolean genomgangenMedFamiljen,
                                   @Size(max = TEXT) String familjensSynpunkter, @Size(max = 20000) String sammanfattning) {
        @Override
        public String toString() {
            return "RedogorelseAnrop[***]";
        }
    }

    @Schema(name = "Riskbedomning")
    public record RiskbedomningAnrop(@NotNull Riskniva riskniva, @NotNull Boolean kvarstaendeBehov, @NotNull LocalDate datum) {
    }

    @Schema(name = "MalUppfyllelse")
    public record MalUppfyllelseAnrop(@NotBlank @Size(max = 64) String malId, @NotNull Bbicskala bedomning,
                                      @NotBlank @Size(max = TEXT) String sammanfattning) {
        @Override
        public String toString() {
            return "MalUppfyllelseAnrop[" + malId + "]";
        }
    }

    @Schema(name = "AvslutandeSammanfattning")
    public record AvslutandeSammanfattningAnrop(@NotNull LocalDate datum,
                                                @NotEmpty @Size(max = 20) List<@NotNull @Valid MalUppfyllelseAnrop> malUppfyllelse,
                                                @NotEmpty Set<@NotNull Mottagare> overlamnadTill) {
    }

    @Schema(name = "AvslutaInsats")
    public record AvslutaInsatsAnrop(@NotNull LocalDate datum, @NotNull Avslutsskal skal, @NotNull Boolean nyUtredningInleds,
                                     @Size(max = TEXT) String motivering) {
        @Override
        public String toString() {
            return "AvslutaInsatsAnrop[" + skal + "]";
        }
    }

    @Schema(name = "AvslutaUppdrag")
    public record AvslutaUppdragAnrop(@NotNull LocalDate datum, @NotNull FysiskaHandlingar fysiskaHandlingar) {
    }

    @Schema(name = "FragaOmUppdraget")
    public record FragaAnrop(@NotBlank @Size(max = TEXT) String fraga) {
        @Override
        public String toString() {
            return "FragaAnrop[***]";
        }
    }

    @Schema(name = "SvarPaFraga")
    public record SvarAnrop(@NotBlank @Size(max = TEXT) String svar) {
        @Override
        public String toString() {
            return "SvarAnrop[***]";
        }
    }

    @Schema(name = "NyInformation")
    public record NyInformationAnrop(@NotBlank @Size(max = TEXT) String information) {
        @Override
        public String toString() {
            return "NyInformationAnrop[***]";
        }
    }

    @Schema(name = "FamiljenInformeradInforAvslut", description = "Barnet och (under 18 år) vårdnadshavarna ska ha informerats")
    public record InformeradInforAvslutAnrop(@NotNull LocalDate datum, @NotEmpty Set<@NotNull Mottagare> informerade) {
    }
}
