package se.barnunga.assignment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.barnunga.assignment.application.Checklista;
import se.barnunga.assignment.application.UppdragVy;
import se.barnunga.assignment.application.Uppdragsakt;
import se.barnunga.assignment.domain.Barn;
import se.barnunga.assignment.domain.Handelser;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.assignment.domain.Varden.Kontaktuppgifter;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;
import se.barnunga.platform.audit.AuditedCases;
import se.barnunga.platform.identity.Personnummer;

/** Response bodies of the assignment API: what each caller may see of an assignment. */
public final class Svar {

    /** Shown instead of a protected person's contact details. */
    static final String SKYDDAD = "*** skyddade personuppgifter ***";

    private Svar() {
    }

    /** How much of the family's identity the caller sees. */
    public enum Vy {
        /** Everything (the responsible social secretary; others when the identity is not protected). */
        FULLSTANDIG,
        /** Identity shown, contact details masked (protected personal data). */
        SKYDDAD,
        /** Age, sex and needs only: the unit has not given its go-ahead or not received the assignment. */
        AVIDENTIFIERAD
    }

    /** The id of the assignment a command created or changed (audited as the case). */
    public record UppdragId(String uppdragId) implements AuditedCases {
        @Override
        public Collection<String> auditedCaseIds() {
            return List.of(uppdragId);
        }
    }

    /** The id of a created objection, with its assignment. */
    public record InvandningId(String uppdragId, String invandningId) implements AuditedCases {
        @Override
        public Collection<String> auditedCaseIds() {
            return List.of(uppdragId);
        }
    }

    /** The id of a question about the assignment, with its assignment. */
    public record FragaId(String uppdragId, String fragaId) implements AuditedCases {
        @Override
        public Collection<String> auditedCaseIds() {
            return List.of(uppdragId);
        }
    }

    @Schema(name = "BarnIdentitet")
    public record BarnSvar(String personnummer, String fornamn, String efternamn, Personnummer.Kon kon,
                           LocalDate fodelsedatum, int alder) {
        static BarnSvar of(Barn barn, LocalDate idag) {
            return new BarnSvar(barn.personnummer(), barn.fornamn(), barn.efternamn(), barn.kon(), barn.fodelsedatum(),
                    barn.alderPa(idag));
        }

        @Override
        public String toString() {
            return "BarnSvar[***]";
        }
    }

    @Schema(name = "BarnAvidentifierat")
    public record AvidentifieratBarn(Personnummer.Kon kon, int alder) {
    }

    /**
     * The consent after the decision: whether a withdrawal awaits the social secretary's action (close the intervention,
     * revoke or re-decide the decision), since when, every withdrawal and every re-decision.
     */
    @Schema(name = "SamtyckeEfterBeslut")
    public record SamtyckeEfterBeslut(boolean aterkallat, LocalDate aterkallatSedan, String atgard,
                                      List<Handelser.SamtyckeAterkallat> aterkallanden,
                                      List<Handelser.BeslutOmprovat> omprovningar) {
        static SamtyckeEfterBeslut of(Uppdragsakt a) {
            boolean vantar = a.samtyckeAterkallatSedan != null && a.insatsAvslutad == null && a.aterkallat == null;
            return new SamtyckeEfterBeslut(vantar, vantar ? a.samtyckeAterkallatSedan : null,
                    vantar ? "Insatsen kan inte fortsätta med stöd av samtycke: avsluta insatsen, återkalla beslutet eller ompröva det" : null,
                    a.samtyckenAterkallade, a.omprovningar);
        }
    }

    /** An assignment with everything the caller may see, and its full history. */
    @Schema(name = "Uppdrag")
    public record UppdragSvar(
            String uppdragId, Vy vy, Uppdragstyp typ, Uppdragsstatus status, String insatstyp,
            String myndighetsenhet, String socialsekreterare, String utforarenhet, String ansvarigUtforare,
            Instant registrerat, BarnSvar barn, se.barnunga.assignment.domain.Varden.Utredning utredning,
            List<Uppdragsakt.Forfragan> forfragningar, List<Handelser.SamtyckeRegistrerat> samtycken,
            SamtyckeEfterBeslut samtyckeEfterBeslut, Handelser.InsatsBeviljad beslut, Handelser.UtredningsuppdragBeslutat utredningsuppdragBeslut,
            Handelser.UppdragSkickat uppdrag, Handelser.UppdragMottaget mottaget,
            List<Handelser.AnsvarigUtforareUtsedd> ansvarigaUtforare, List<Handelser.VerkstallighetHindrad> hinder,
            List<Handelser.FormoteGenomfort> formoten, Handelser.PlaneringsmoteGenomfort planeringsmote,
            List<Handelser.StartBekraftad> startbekraftelser, List<Handelser.UppskovBegart> uppskov,
            Handelser.InsatsVerkstalld verkstalld, List<Uppdragsakt.Avbrott> avbrott, Handelser.BeslutAterkallat aterkallat,
            List<Handelser.Genomforandeplan> genomforandeplaner, List<Handelser.GenomforandeplanKopiorLamnade> planKopior,
            List<Handelser.GenomforandeplanEfterfragad> planEfterfragad, List<Uppdragsakt.Invandning> invandningar,
            Handelser.RedogorelseLamnad redogorelse, Handelser.RiskbedomningGjord riskbedomning,
            Handelser.AvslutandeSammanfattningLamnad avslutandeSammanfattning, Handelser.InsatsAvslutad insatsAvslutad,
            Handelser.UppdragAvslutat uppdragAvslutat, List<Uppdragsakt.Historik> historik,
            List<Uppdragsakt.Fraga> fragorOmUppdraget, List<Handelser.NyInformationLamnad> nyInformation,
            List<Handelser.FamiljenInformeradInforAvslut> familjenInformeradInforAvslut,
            GenomforandeplanSaknas genomforandeplanSaknas) {

        static UppdragSvar of(Uppdragsakt a, Vy vy, LocalDate idag, int planDagar) {
            Handelser.UppdragSkickat skickat = a.skickat;
            if (skickat != null && vy == Vy.SKYDDAD) {
                skickat = new Handelser.UppdragSkickat(skickat.uppdragId(), skickat.typ(), skickat.barn(), skickat.utforarenhet(),
                        skickat.myndighetsenhet(), skickat.socialsekreterare(), skickat.insatstyp(), skickat.beslutsdatum(),
                        skickat.mal(), skickat.utredning(), maskerad(skickat.innehall()), skickat.skickat());
            }
            var r = a.registrerat;
            return new UppdragSvar(r.uppdragId(), vy, r.typ(), a.status, r.insatstyp(), r.myndighetsenhet(),
                    r.socialsekreterare(), a.utforarenhet(), a.ansvarigUtforare(), r.registrerat(), BarnSvar.of(r.barn(), idag),
                    r.utredning(), a.forfragningar, a.samtycken, SamtyckeEfterBeslut.of(a), a.beslut, a.utredningsuppdragBeslut, skickat, a.mottaget,
                    a.ansvarigaUtforare, a.hinder, a.formoten, a.planeringsmote, a.startbekraftelser, a.uppskov, a.verkstalld,
                    a.avbrott, a.aterkallat, a.genomforandeplaner, a.planKopior, a.planEfterfragad, a.invandningar(),
                    a.redogorelse, a.riskbedomning, a.avslutandeSammanfattning, a.insatsAvslutad, a.uppdragAvslutat, a.historik,
                    a.fragor(), a.nyInformation, a.familjenInformeradInforAvslut, GenomforandeplanSaknas.av(a, idag, planDagar));
        }

        private static Uppdragsinnehall maskerad(Uppdragsinnehall i) {
            List<Vardnadshavare> vardnadshavare = new ArrayList<>();
            if (i.vardnadshavare() != null) {
                i.vardnadshavare().forEach(v -> vardnadshavare.add(new Vardnadshavare(v.personnummer(), v.namn(), maskerad(v.kontakt()))));
            }
            return new Uppdragsinnehall(maskerad(i.barnetsKontaktuppgifter()), vardnadshavare, i.skyddadePersonuppgifter(),
                    i.tolkbehov(), i.uppdragetOmfattar(), i.bedomningAvBehovOchFormaga(), i.uppfoljningsform(),
                    i.aterrapporteringVidAvslut(), i.andraHuvudmansInsatser(), i.sipBehov(), i.socialsekreterarensKontakt(),
                    i.familjenInformerad(), i.utredningsplanBifogad(), i.sipFinns(), i.vardnadshavareInformerade(),
                    i.barnetInformerat());
        }

        private static Kontaktuppgifter maskerad(Kontaktuppgifter k) {
            return k == null ? null : new Kontaktuppgifter(SKYDDAD, SKYDDAD, SKYDDAD);
        }

        @Override
        public String toString() {
            return "UppdragSvar[" + uppdragId + "]";
        }
    }

    /**
     * The implementation plan is missing although the intervention started more than the configured number of days
     * ago ({@code barnunga.uppdrag.genomforandeplan-dagar-efter-start}): the day it should have been there by, and how
     * many days have passed since.
     */
    @Schema(name = "GenomforandeplanSaknas")
    public record GenomforandeplanSaknas(LocalDate senast, long dagarSedan) {
        static GenomforandeplanSaknas av(Uppdragsakt a, LocalDate idag, int dagar) {
            LocalDate senast = a.genomforandeplanSaknasSedan(dagar, idag);
            return senast == null ? null : new GenomforandeplanSaknas(senast, java.time.temporal.ChronoUnit.DAYS.between(senast, idag));
        }
    }

    /** What the performing unit sees before it has given its go-ahead and received the assignment. */
    @Schema(name = "UppdragAvidentifierat")
    public record AvidentifieratSvar(String uppdragId, Vy vy, Uppdragstyp typ, Uppdragsstatus status, String insatstyp,
                                     String myndighetsenhet, String socialsekreterare, String utforarenhet,
                                     AvidentifieratBarn barn, Handelser.ForfraganSkickad forfragan) {
        static AvidentifieratSvar of(Uppdragsakt a, LocalDate idag) {
            var r = a.registrerat;
            Handelser.ForfraganSkickad forfragan = a.forfragningar.get(a.forfragningar.size() - 1).forfragan();
            return new AvidentifieratSvar(r.uppdragId(), Vy.AVIDENTIFIERAD, r.typ(), a.status, r.insatstyp(),
                    r.myndighetsenhet(), r.socialsekreterare(), a.utforarenhet(),
                    new AvidentifieratBarn(r.barn().kon(), r.barn().alderPa(idag)), forfragan);
        }
    }

    /** One assignment in a list; the child is de-identified for a unit that may not yet see who it is. */
    @Schema(name = "UppdragIListan")
    public record Listpost(String uppdragId, Uppdragstyp typ, Uppdragsstatus status, String insatstyp,
                           String myndighetsenhet, String socialsekreterare, String utforarenhet, String ansvarigUtforare,
                           BarnSvar barn, AvidentifieratBarn avidentifieratBarn, LocalDate beslutsdatum,
                           LocalDate verkstallighetsdatum, Instant registrerat, Instant senastAndrad) {
        static Listpost of(UppdragVy v, boolean identifierad, LocalDate idag) {
            Barn barn = new Barn(v.barnPersonnummer, v.barnFornamn, v.barnEfternamn, v.barnKon, v.barnFodelsedatum.getYear(),
                    v.barnFodelsedatum);
            return new Listpost(v.uppdragId, v.typ, v.status, v.insatstyp, v.myndighetsenhet, v.socialsekreterare,
                    v.utforarenhet, v.ansvarigUtforare, identifierad ? BarnSvar.of(barn, idag) : null,
                    identifierad ? null : new AvidentifieratBarn(v.barnKon, barn.alderPa(idag)), v.beslutsdatum,
                    v.verkstallighetsdatum, v.registrerat, v.senastAndrad);
        }
    }

    /** The routine checklist of an assignment. */
    @Schema(name = "Checklista")
    public record ChecklistaSvar(String uppdragId, Uppdragstyp typ, Uppdragsstatus status, int klara, int vantar,
                                 List<Checklista.Punkt> punkter) implements AuditedCases {
        static ChecklistaSvar of(Uppdragsakt a) {
            List<Checklista.Punkt> punkter = Checklista.for_(a);
            return new ChecklistaSvar(a.registrerat.uppdragId(), a.registrerat.typ(), a.status,
                    (int) punkter.stream().filter(p -> p.status() == Checklista.Status.KLAR).count(),
                    (int) punkter.stream().filter(p -> p.status() == Checklista.Status.VANTAR).count(), punkter);
        }

        @Override
        public Collection<String> auditedCaseIds() {
            return List.of(uppdragId);
        }
    }
}
