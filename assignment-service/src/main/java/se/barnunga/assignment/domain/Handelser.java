package se.barnunga.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Varden.Aktivitet;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.assignment.domain.Varden.Onskemal;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;

/**
 * Every internal event of the {@link Uppdrag} aggregate. They may carry personal data and stay in this service's event
 * store; the public events on {@code barnunga.uppdrag.v1} are derived from them without identifiers. Who did it (user,
 * role, unit) is in each event's metadata ({@link se.barnunga.platform.domain.PerformedBy}). Events that become public are
 * self-contained, so the contract mapping needs nothing but the event.
 */
public final class Handelser {

    private Handelser() {
    }

    /**
     * Every internal event of one {@link Uppdrag}: the closed set the aggregate applies, and the only events its case
     * file ({@code Uppdragsakt}), list projection ({@code UppdragProjektion}) and status transition
     * ({@link Uppdragsstatus#efter}) read. A new event joins it here; code that reads an event of an Axon message casts
     * the payload to this type once, where it takes it from the message.
     */
    public sealed interface UppdragHandelse permits UppdragRegistrerat, ForfraganSkickad, KlarteckenLamnat,
            ForfraganAvbojd, SamtyckeRegistrerat, InsatsBeviljad, SamtyckeAterkallat, BeslutOmprovat,
            UtredningsuppdragBeslutat, UppdragSkickat, UppdragMottaget, AnsvarigUtforareUtsedd, VerkstallighetHindrad,
            FormoteGenomfort, PlaneringsmoteGenomfort, StartBekraftad, InsatsVerkstalld, VerkstallighetAvbruten,
            VerkstallighetAterupptagen, UppskovBegart, BeslutAterkallat, GenomforandeplanUpprattad,
            GenomforandeplanReviderad, GenomforandeplanKopiorLamnade, GenomforandeplanEfterfragad, InvandningRegistrerad,
            InvandningHanterad, RedogorelseLamnad, RiskbedomningGjord, AvslutandeSammanfattningLamnad, InsatsAvslutad,
            UppdragAvslutat, FragaOmUppdragetStalld, FragaOmUppdragetBesvarad, NyInformationLamnad,
            FamiljenInformeradInforAvslut {

        /** The assignment the event belongs to (the aggregate's identifier). */
        String uppdragId();
    }

    /** A version of the implementation plan: the first one established, or a revision. */
    public sealed interface Genomforandeplan permits GenomforandeplanUpprattad, GenomforandeplanReviderad {

        /** The plan's version, 1 for the plan as established. */
        int version();

        /** The date of this version. */
        LocalDate datum();
    }

    /**
     * The events a case's record for the IVO report is made from: the decision, the enquiries and their answers, the
     * delays, the start, the interruptions, the closure and the withdrawal ({@code IvoUppgifter} reads the sections of
     * the case file these make; the IVO read model keeps exactly these per case). An event that a new rule of the IVO
     * report reads joins them here (and the read model {@code ivo-vy} is rebuilt).
     */
    public sealed interface IvoUnderlag permits InsatsBeviljad, ForfraganSkickad, KlarteckenLamnat, ForfraganAvbojd,
            VerkstallighetHindrad, UppskovBegart, StartBekraftad, InsatsVerkstalld, VerkstallighetAvbruten,
            VerkstallighetAterupptagen, InsatsAvslutad, BeslutAterkallat {
    }

    public record UppdragRegistrerat(String uppdragId, Uppdragstyp typ, Barn barn, Utredning utredning, String insatstyp,
                                     String myndighetsenhet, String socialsekreterare, Instant registrerat) implements UppdragHandelse {
    }

    public record ForfraganSkickad(String uppdragId, int forfraganNr, String utforarenhet, String insatstyp,
                                   Onskemal onskemal, List<String> behovsomraden, String behov, Instant skickad) implements UppdragHandelse, IvoUnderlag {
    }

    public record KlarteckenLamnat(String uppdragId, int forfraganNr, String utforarenhet, String metodhandledare,
                                   Instant lamnat) implements UppdragHandelse, IvoUnderlag {
    }

    public record ForfraganAvbojd(String uppdragId, int forfraganNr, String utforarenhet, String skal, Instant avbojd) implements UppdragHandelse, IvoUnderlag {
    }

    public record SamtyckeRegistrerat(String uppdragId, Samtyckespart part, Vardnadshavare vardnadshavare,
                                      boolean samtycker, LocalDate datum, Instant registrerat) implements UppdragHandelse {
    }

    /** {@code dokumentation}, {@code lvuVard} and {@code namndbeslut} are {@code null} on events from before they existed. */
    public record InsatsBeviljad(String uppdragId, Uppdragstyp typ, Barn barn, String insatstyp, LocalDate beslutsdatum,
                                 Lagrum lagrum, Period period, List<Mal> mal, String utforarenhet,
                                 String myndighetsenhet, String socialsekreterare, Instant registrerat,
                                 Beslutsdokumentation dokumentation, LvuVard lvuVard, Namndbeslut namndbeslut) implements UppdragHandelse, IvoUnderlag {
    }

    /** {@code aterkallatAv} as published; {@code vardnadshavare} names the guardian (personal data, internal only). */
    public record SamtyckeAterkallat(String uppdragId, Barn barn, Samtyckespart part, Aterkallare aterkallatAv,
                                     Vardnadshavare vardnadshavare, LocalDate datum, Lagrum lagrum,
                                     String myndighetsenhet, String socialsekreterare, Instant registrerat) implements UppdragHandelse {
    }

    public record BeslutOmprovat(String uppdragId, Barn barn, Omprovningsgrund grund, LocalDate beslutsdatum,
                                 Lagrum lagrum, String skal, Beslutsfattare beslutsfattare, LvuVard lvuVard,
                                 Namndbeslut namndbeslut, String myndighetsenhet, String socialsekreterare,
                                 Instant registrerat) implements UppdragHandelse {
        @Override
        public String toString() {
            return "BeslutOmprovat[" + uppdragId + ", " + grund + ", " + lagrum + ", " + beslutsdatum + "]";
        }
    }

    public record UtredningsuppdragBeslutat(String uppdragId, LocalDate beslutsdatum, List<String> fragor,
                                            Instant registrerat) implements UppdragHandelse {
    }

    public record UppdragSkickat(String uppdragId, Uppdragstyp typ, Barn barn, String utforarenhet,
                                 String myndighetsenhet, String socialsekreterare, String insatstyp,
                                 LocalDate beslutsdatum, List<Mal> mal, Utredning utredning, Uppdragsinnehall innehall,
                                 Instant skickat) implements UppdragHandelse {
    }

    public record UppdragMottaget(String uppdragId, String utforarenhet, String mottagetAv, Instant mottaget) implements UppdragHandelse {
    }

    public record AnsvarigUtforareUtsedd(String uppdragId, String utforarenhet, String ansvarigUtforare, String utseddAv,
                                         Instant utsedd) implements UppdragHandelse {
    }

    public record VerkstallighetHindrad(String uppdragId, String utforarenhet, Hinder hinder, String skal,
                                        String erbjudetUnderTiden, String rapporteradAv, Instant rapporterad) implements UppdragHandelse, IvoUnderlag {
    }

    public record FormoteGenomfort(String uppdragId, LocalDate datum, Set<Deltagare> deltagare,
                                   LocalDate planeringsmoteDatum, String planeringsmotePlats, String tolkOchStod,
                                   String barnetsDelaktighet, Motesledning ledning, Boolean familjenKallad,
                                   Instant registrerat) implements UppdragHandelse {
    }

    public record PlaneringsmoteGenomfort(String uppdragId, LocalDate datum, Set<Deltagare> deltagare,
                                          boolean barnetDeltog, String orsakBarnetDeltogEj, boolean sekretessInformerad,
                                          LocalDate planeratStartdatum, String skalForSenStart,
                                          LocalDate forstaUppfoljningsmote, String skalForSenUppfoljning,
                                          Planeringsoverenskommelser overenskommelser, String ansvarigUtforare,
                                          String socialsekreterare, Instant registrerat) implements UppdragHandelse {
    }

    public record StartBekraftad(String uppdragId, LocalDate avtalatStartdatum, boolean startade, String orsak,
                                 Instant registrerat) implements UppdragHandelse, IvoUnderlag {
    }

    public record InsatsVerkstalld(String uppdragId, Uppdragstyp typ, Barn barn, String insatstyp, LocalDate beslutsdatum,
                                   LocalDate verkstallighetsdatum, String utforarenhet, String myndighetsenhet,
                                   String socialsekreterare, String ansvarigUtforare, Instant registrerat) implements UppdragHandelse, IvoUnderlag {
    }

    public record VerkstallighetAvbruten(String uppdragId, LocalDate avbrottsdatum, Avbrottsorsak orsak,
                                         String beskrivning, String registreradAv, Instant registrerat) implements UppdragHandelse, IvoUnderlag {
    }

    public record VerkstallighetAterupptagen(String uppdragId, LocalDate avbrottsdatum, LocalDate aterupptagenDatum,
                                             String registreradAv, Instant registrerat) implements UppdragHandelse, IvoUnderlag {
    }

    public record UppskovBegart(String uppdragId, Samtyckespart begartAv, LocalDate onskatStartdatum, String skal,
                                Instant registrerat) implements UppdragHandelse, IvoUnderlag {
    }

    /** {@code beslutsfattare} is {@code null} on events from before it existed. */
    public record BeslutAterkallat(String uppdragId, LocalDate datum, String skal, String socialsekreterare,
                                   Instant registrerat, Beslutsfattare beslutsfattare) implements UppdragHandelse, IvoUnderlag {
    }

    public record GenomforandeplanUpprattad(String uppdragId, int version, LocalDate datum, Set<Deltagare> deltagare,
                                            String barnetsDelaktighet, List<Aktivitet> aktiviteter, String samverkan,
                                            String uppfoljningAvPlanen, String vardnadshavarnasSynpunkter,
                                            String ansvarigUtforare, Instant registrerat) implements UppdragHandelse, Genomforandeplan {
    }

    public record GenomforandeplanReviderad(String uppdragId, int version, LocalDate datum,
                                            Revideringsanledning anledning, String barnetsDelaktighet,
                                            List<Aktivitet> aktiviteter, String samverkan, String uppfoljningAvPlanen,
                                            String vardnadshavarnasSynpunkter, String ansvarigUtforare,
                                            Instant registrerat) implements UppdragHandelse, Genomforandeplan {
    }

    public record GenomforandeplanKopiorLamnade(String uppdragId, int version, Set<Mottagare> mottagare, LocalDate datum,
                                                Instant registrerat) implements UppdragHandelse {
    }

    public record GenomforandeplanEfterfragad(String uppdragId, Instant registrerat) implements UppdragHandelse {
    }

    public record InvandningRegistrerad(String uppdragId, String invandningId, Mottagare fran, String invandning,
                                        Instant registrerat) implements UppdragHandelse {
    }

    public record InvandningHanterad(String uppdragId, String invandningId, String atgard, Instant registrerat) implements UppdragHandelse {
    }

    public record RedogorelseLamnad(String uppdragId, Uppdragstyp typ, Redogorelseslag slag, LocalDate datum,
                                    LocalDate utredningensSlutdatum, boolean sen, boolean genomgangenMedFamiljen,
                                    String familjensSynpunkter, String sammanfattning, String ansvarigUtforare,
                                    Instant registrerat) implements UppdragHandelse {
    }

    public record RiskbedomningGjord(String uppdragId, Riskniva riskniva, boolean kvarstaendeBehov, LocalDate datum,
                                     Instant registrerat, Barn barn, String myndighetsenhet, String socialsekreterare) implements UppdragHandelse {
    }

    public record AvslutandeSammanfattningLamnad(String uppdragId, LocalDate datum, List<MalUppfyllelse> malUppfyllelse,
                                                 Set<Mottagare> overlamnadTill, Instant registrerat) implements UppdragHandelse {
    }

    public record InsatsAvslutad(String uppdragId, LocalDate datum, Avslutsskal skal, Riskniva riskniva,
                                 boolean nyUtredning, String motivering, String socialsekreterare, Instant registrerat) implements UppdragHandelse, IvoUnderlag {
    }

    public record UppdragAvslutat(String uppdragId, String utforarenhet, LocalDate datum,
                                  FysiskaHandlingar fysiskaHandlingar, String avslutatAv, Instant registrerat) implements UppdragHandelse {
    }

    /** The performing unit asked about an unclear point of the assignment (internal: the question is free text). */
    public record FragaOmUppdragetStalld(String uppdragId, String fragaId, String fraga, String utforarenhet,
                                         String stalldAv, Instant registrerat) implements UppdragHandelse {
    }

    /** The social secretary answered the performing unit's question (internal). */
    public record FragaOmUppdragetBesvarad(String uppdragId, String fragaId, String svar, String besvaradAv,
                                           Instant registrerat) implements UppdragHandelse {
    }

    /** The social secretary passed new information to the ansvarig utförare (internal). */
    public record NyInformationLamnad(String uppdragId, String informationId, String information, String ansvarigUtforare,
                                      String lamnadAv, Instant registrerat) implements UppdragHandelse {
    }

    /** The child and the guardians were told in good time before the end of the decision period. */
    public record FamiljenInformeradInforAvslut(String uppdragId, LocalDate datum, Set<Mottagare> informerade,
                                                String registreradAv, Instant registrerat) implements UppdragHandelse {
    }
}
