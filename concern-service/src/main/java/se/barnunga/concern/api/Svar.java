package se.barnunga.concern.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.barnunga.concern.application.Avvikelse;
import se.barnunga.concern.application.Forseningar;
import se.barnunga.concern.application.OroVy;
import se.barnunga.concern.application.Oroakt;
import se.barnunga.concern.application.Oroakt.Insyn;
import se.barnunga.concern.domain.Aterkopplingsbesked;
import se.barnunga.concern.domain.Avvikelsetyp;
import se.barnunga.concern.domain.Dirigeringsgrund;
import se.barnunga.concern.domain.Familjerelation;
import se.barnunga.concern.domain.Form;
import se.barnunga.concern.domain.Forhandsbeslut;
import se.barnunga.concern.domain.Handelser;
import se.barnunga.concern.domain.Mottagare;
import se.barnunga.concern.domain.Mottagartyp;
import se.barnunga.concern.domain.Overgreppstyp;
import se.barnunga.concern.domain.Relation;
import se.barnunga.concern.domain.Varden.Barnuppgift;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.concern.domain.Vidarebefordringsorsak;
import se.barnunga.platform.audit.AuditedCases;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.time.ClockProducer;

/**
 * Response bodies of the concern API. What a caller sees of a concern follows {@link Insyn}: the report's text and the
 * reporter's identity only for recipients (and the reporter's own report to the reporter).
 */
public final class Svar {

    private Svar() {
    }

    @Schema(name = "MottagareSvar")
    public record MottagareSvar(Mottagartyp typ, String enhet, String socialsekreterare) {
        static MottagareSvar of(Mottagare m) {
            return m == null ? null : new MottagareSvar(m.typ(), m.enhet(), m.socialsekreterare());
        }
    }

    @Schema(name = "AvvikelseKort")
    public record AvvikelseKort(String avvikelseId, Avvikelsetyp typ, String beskrivning, String falt, Instant registrerad) {
        static AvvikelseKort of(Handelser.AvvikelseRegistrerad a) {
            return new AvvikelseKort(a.avvikelseId(), a.typ(), a.typ().beskrivning(), a.falt(), a.registrerad());
        }
    }

    @Schema(name = "Varning", description = "Ett avsteg från rutinen i anmälan: oron är ändå mottagen, och avsteget är "
            + "registrerat som avvikelse")
    public record Varning(@Schema(description = "Oron (barnet) som avvikelsen gäller") String oroId,
                          @Schema(description = "Regeln, avvikelsetypen") Avvikelsetyp regel,
                          @Schema(description = "Fältet i anmälan som avsteget gäller") String falt,
                          String meddelande,
                          @Schema(description = "Rutinens ord") String rutin) {
        static Varning of(String oroId, Handelser.AvvikelseRegistrerad a) {
            return new Varning(oroId, a.typ(), a.falt(), a.typ().beskrivning(), a.typ().rutin());
        }
    }

    @Schema(name = "Dirigering", description = "Vart oron gick och varför")
    public record DirigeringSvar(MottagareSvar mottagare, Dirigeringsgrund grund, String forklaring) {
    }

    @Schema(name = "FristerSvar")
    public record FristerSvar(Instant kvitteraSenast, Instant skyddsbedomningSenast, Instant skriftligBekraftelseSenast,
                              Instant aterkopplingSenast, Instant forhandsbedomningSenast) {
    }

    @Schema(name = "InlamnadOro", description = "En oro per barn")
    public record InlamnadOro(String oroId, DirigeringSvar dirigering, List<AvvikelseKort> avvikelser, FristerSvar frister) {
        static InlamnadOro of(Oroakt akt) {
            Handelser.OroLamnad l = akt.lamnad;
            return new InlamnadOro(l.oroId(), dirigeringAv(l), akt.avvikelser.stream().map(AvvikelseKort::of).toList(),
                    new FristerSvar(l.kvitteraSenast(), l.frister().skyddsbedomningSenast(),
                            l.frister().skriftligBekraftelseSenast(), l.frister().aterkopplingSenast(),
                            l.frister().forhandsbedomningSenast()));
        }
    }

    @Schema(name = "Inlamning", description = "Anmälan är mottagen: en oro per barn, med dirigering och eventuella avvikelser, "
            + "och en varning för varje avsteg från rutinen som anmälan innehöll")
    public record InlamningSvar(String anmalanId, List<InlamnadOro> oro, List<Varning> varningar) implements AuditedCases {

        static InlamningSvar of(List<Oroakt> akter) {
            List<Varning> varningar = akter.stream().flatMap(akt -> akt.avvikelser.stream()
                    .filter(a -> a.falt() != null).map(a -> Varning.of(akt.lamnad.oroId(), a))).toList();
            return new InlamningSvar(akter.get(0).lamnad.anmalanId(), akter.stream().map(InlamnadOro::of).toList(), varningar);
        }

        /** The report and each of its concerns, so that the audit entry is found by either id. */
        @Override
        public Collection<String> auditedCaseIds() {
            List<String> ids = new ArrayList<>();
            ids.add(anmalanId);
            oro.forEach(o -> ids.add(o.oroId()));
            return ids;
        }
    }

    @Schema(name = "OroBarnSvar")
    public record BarnSvar(String personnummer, String namn, LocalDate fodelsedatum, Personnummer.Kon kon, Integer alder) {
        static BarnSvar of(Barnuppgift b, LocalDate idag) {
            return new BarnSvar(b.personnummer(), b.namn(), b.fodelsedatum(), b.kon(), b.alderPa(idag));
        }

        @Override
        public String toString() {
            return "BarnSvar[***]";
        }
    }

    /** On what ground the child was told: from 15 it shall be, a younger child by age and maturity. */
    public enum BarnetsInformeringsgrund {
        FYLLT_15, ALDER_OCH_MOGNAD
    }

    @Schema(name = "FamiljemedlemSvar")
    public record FamiljemedlemSvar(Familjerelation relation, boolean informerad) {
    }

    @Schema(name = "Informering")
    public record InformeringSvar(boolean vardnadshavareInformerade, Boolean barnetInformerat,
                                  @Schema(description = "När barnet informerades: för att det fyllt 15 år, eller yngre utifrån ålder och mognad")
                                  BarnetsInformeringsgrund barnetInformeratGrund,
                                  String skalAttInteInformera, List<FamiljemedlemSvar> familjemedlemmar) {
        static InformeringSvar of(Handelser.OroLamnad l, boolean text) {
            Informering i = l.informering();
            BarnetsInformeringsgrund grund = !Boolean.TRUE.equals(i.barnetInformerat()) ? null
                    : l.barn().alderPa(LocalDate.ofInstant(l.inkom(), ClockProducer.ZONE)) >= 15
                    ? BarnetsInformeringsgrund.FYLLT_15 : BarnetsInformeringsgrund.ALDER_OCH_MOGNAD;
            return new InformeringSvar(i.vardnadshavareInformerade(), i.barnetInformerat(), grund,
                    text ? i.skalAttInteInformera() : null,
                    i.familjen().stream().map(f -> new FamiljemedlemSvar(f.relation(), f.informerad())).toList());
        }
    }

    @Schema(name = "Uppgiftslamnare", description = "Syns bara för mottagaren och uppgiftslämnaren själv")
    public record UppgiftslamnareSvar(String userId, String roll, String enhet, String namn, String telefon) {
    }

    @Schema(name = "SkriftligBekraftelseSvar")
    public record BekraftelseSvar(String text, Instant bekraftad, boolean inomFrist) {
    }

    @Schema(name = "MottagenSvar")
    public record MottagenSvar(MottagareSvar mottagare, String mottagetAv, Instant mottagen) {
    }

    @Schema(name = "VidarebefordranSvar")
    public record VidarebefordranSvar(MottagareSvar fran, MottagareSvar till, Vidarebefordringsorsak orsak, String skal,
                                      Instant vidarebefordrad) {
    }

    @Schema(name = "SkyddsbedomningSvar")
    public record SkyddsbedomningSvar(boolean omedelbartSkyddsbehov, String underlag, Instant bedomd, String bedomdAvNamn,
                                      String bedomdAvTitel, boolean sammaDag, Instant registrerad) {
    }

    @Schema(name = "AterkopplingSvar")
    public record AterkopplingSvar(Aterkopplingsbesked besked, Instant lamnad) {
    }

    @Schema(name = "AterkopplingAvstaddSvar", description = "Beslut att inte återkoppla, av särskilda skäl")
    public record AterkopplingAvstaddSvar(String sarskildaSkal, Instant beslutad) {
    }

    @Schema(name = "ForhandsbedomningSvar")
    public record ForhandsbedomningSvar(Forhandsbeslut beslut, String skal, String synnerligaSkal, Instant avslutad,
                                        int dagarSedanInkom, boolean inomFrist, Boolean barnetKomTillTals,
                                        String skalBarnetInteHort) {
    }

    @Schema(name = "OroHistorik")
    public record HistorikSvar(long sekvens, String handelse, Instant tidpunkt, String utfordAv, String roll, String enhet) {
    }

    @Schema(name = "Oro", description = "En oro med hela historiken. Text och uppgiftslämnare syns bara för mottagare.")
    public record OroSvar(String oroId, String anmalanId, List<String> lankadeOroIds, Insyn insyn, BarnSvar barn,
                          String uppdragId, Relation relation, boolean akut, Form form, boolean omValdEllerOvergrepp,
                          List<Overgreppstyp> misstanktOvergrepp, InformeringSvar informering, boolean arbetsledareKonsulterad, Instant inkom,
                          DirigeringSvar dirigering, MottagareSvar mottagare, MottagenSvar mottagen, String beskrivning,
                          UppgiftslamnareSvar uppgiftslamnare, BekraftelseSvar skriftligBekraftelse,
                          List<VidarebefordranSvar> vidarebefordringar, SkyddsbedomningSvar skyddsbedomning,
                          List<AterkopplingSvar> aterkopplingar, AterkopplingAvstaddSvar aterkopplingAvstadd,
                          ForhandsbedomningSvar forhandsbedomning,
                          List<AvvikelseKort> avvikelser, FristerSvar frister, List<Forseningar.Frist> forsenat,
                          List<HistorikSvar> historik) {

        static OroSvar of(Oroakt akt, Insyn insyn, Instant nu, LocalDate idag) {
            Handelser.OroLamnad l = akt.lamnad;
            boolean text = insyn == Insyn.MOTTAGARE || insyn == Insyn.UPPGIFTSLAMNARE;
            boolean myndighet = insyn == Insyn.MOTTAGARE || insyn == Insyn.BARNET;
            var b = akt.bekraftelse;
            var s = akt.skyddsbedomning;
            var f = akt.forhandsbedomning;
            Instant aterkoppling = !akt.aterkopplingar.isEmpty() ? akt.aterkopplingar.get(0).lamnad()
                    : akt.aterkopplingAvstadd != null ? akt.aterkopplingAvstadd.beslutad() : null;
            Instant kvitteraSenast = akt.vidarebefordringar.isEmpty() ? l.kvitteraSenast()
                    : akt.vidarebefordringar.get(akt.vidarebefordringar.size() - 1).kvitteraSenast();
            var frister = new FristerSvar(kvitteraSenast, l.frister().skyddsbedomningSenast(),
                    l.frister().skriftligBekraftelseSenast(), l.frister().aterkopplingSenast(), l.frister().forhandsbedomningSenast());
            List<Forseningar.Frist> forsenat = Forseningar.vid(nu, kvitteraSenast, akt.mottagen == null ? null : akt.mottagen.mottagen(),
                    l.frister().skyddsbedomningSenast(), s == null ? null : s.registrerad(), l.frister().skriftligBekraftelseSenast(),
                    b == null ? null : b.bekraftad(), l.frister().aterkopplingSenast(), aterkoppling,
                    l.frister().forhandsbedomningSenast(), f == null ? null : f.avslutad());
            String reporter = l.uppgiftslamnare().userId();
            return new OroSvar(l.oroId(), l.anmalanId(), l.lankadeOroIds(), insyn, BarnSvar.of(l.barn(), idag), l.uppdragId(),
                    l.relation(), l.akut(), l.form(), l.omValdEllerOvergrepp(),
                    l.misstanktOvergrepp() == null ? List.of() : l.misstanktOvergrepp(), InformeringSvar.of(l, text),
                    l.arbetsledareKonsulterad(), l.inkom(), dirigeringAv(l), MottagareSvar.of(akt.mottagare),
                    akt.mottagen == null ? null : new MottagenSvar(MottagareSvar.of(akt.mottagen.mottagare()),
                            myndighet ? akt.mottagen.mottagetAv() : null, akt.mottagen.mottagen()),
                    text ? l.beskrivning() : null,
                    text ? new UppgiftslamnareSvar(reporter, l.uppgiftslamnare().roll(), l.uppgiftslamnare().enhet(),
                            l.uppgiftslamnare().namn(), l.uppgiftslamnare().telefon()) : null,
                    b == null ? null : new BekraftelseSvar(text ? b.text() : null, b.bekraftad(), b.inomFrist()),
                    akt.vidarebefordringar.stream().map(v -> new VidarebefordranSvar(MottagareSvar.of(v.fran()),
                            MottagareSvar.of(v.till()), v.orsak(), myndighet ? v.skal() : null, v.vidarebefordrad())).toList(),
                    s == null ? null : myndighet
                            ? new SkyddsbedomningSvar(s.bedomning().omedelbartSkyddsbehov(), s.bedomning().underlag(),
                            s.bedomning().bedomd(), s.bedomning().bedomdAvNamn(), s.bedomning().bedomdAvTitel(), s.sammaDag(), s.registrerad())
                            : new SkyddsbedomningSvar(s.bedomning().omedelbartSkyddsbehov(), null, s.bedomning().bedomd(), null, null,
                            s.sammaDag(), s.registrerad()),
                    akt.aterkopplingar.stream().map(a -> new AterkopplingSvar(a.besked(), a.lamnad())).toList(),
                    akt.aterkopplingAvstadd == null ? null : new AterkopplingAvstaddSvar(
                            myndighet ? akt.aterkopplingAvstadd.sarskildaSkal() : null, akt.aterkopplingAvstadd.beslutad()),
                    f == null ? null : new ForhandsbedomningSvar(f.beslut(), myndighet ? f.skal() : null,
                            myndighet ? f.synnerligaSkal() : null, f.avslutad(), f.dagarSedanInkom(), f.inomFrist(),
                            f.barnetKomTillTals(), myndighet ? f.skalBarnetInteHort() : null),
                    akt.avvikelser.stream().map(AvvikelseKort::of).toList(), frister, forsenat,
                    akt.historik.stream().map(h -> new HistorikSvar(h.sekvens(), h.handelse(), h.tidpunkt(),
                            synligAnvandare(h.utfordAv(), reporter, text, myndighet), h.roll(), h.enhet())).toList());
        }

        /** The reporter's identity only to those who may see it; the receiving side's staff only to the authority. */
        private static String synligAnvandare(String utfordAv, String reporter, boolean text, boolean myndighet) {
            if (utfordAv == null) {
                return null;
            }
            if (utfordAv.equals(reporter)) {
                return text ? utfordAv : null;
            }
            return myndighet ? utfordAv : null;
        }

        @Override
        public String toString() {
            return "OroSvar[" + oroId + "]";
        }
    }

    @Schema(name = "Inkorgspost", description = "En oro i en inkorg: mest brådskande först, med det som är försenat")
    public record InkorgPost(String oroId, String anmalanId, BarnSvar barn, boolean akut, Form form,
                             boolean omValdEllerOvergrepp, Instant inkom, long vantatMinuter, Instant mottagen, boolean eskalerad,
                             Instant kvitteraSenast, Instant forhandsbedomningSenast, List<Forseningar.Frist> forsenat) {
        static InkorgPost of(OroVy v, Instant nu, LocalDate idag) {
            Barnuppgift barn = new Barnuppgift(v.barnPersonnummer, v.barnNamn, v.barnFodelsedatum, null, v.barnPseudonym);
            BarnSvar b = new BarnSvar(v.barnPersonnummer, v.barnNamn, v.barnFodelsedatum,
                    v.barnPersonnummer == null ? null : Personnummer.parse(v.barnPersonnummer, idag).sex(), barn.alderPa(idag));
            return new InkorgPost(v.oroId, v.anmalanId, b, v.akut, v.form, v.omValdEllerOvergrepp, v.inkom,
                    Math.max(0, Duration.between(v.inkom, nu).toMinutes()), v.mottagen, v.eskalerad, v.kvitteraSenast,
                    v.forhandsbedomningSenast, Forseningar.vid(nu, v));
        }

        @Override
        public String toString() {
            return "InkorgPost[" + oroId + "]";
        }
    }

    @Schema(name = "BarnetsOro", description = "En oro om barnet, med vad den som frågar får se")
    public record BarnOroPost(String oroId, Instant inkom, boolean akut, Form form, MottagareSvar mottagare,
                              Forhandsbeslut forhandsbeslut, Insyn insyn) {
    }

    @Schema(name = "AvvikelsePost", description = "En post i avvikelseregistret (inga personuppgifter)")
    public record AvvikelsePost(String avvikelseId, String oroId, Avvikelsetyp typ, String beskrivning, String enhet,
                                Instant registrerad, boolean akut, Mottagartyp mottagartyp) {
        static AvvikelsePost of(Avvikelse a) {
            return new AvvikelsePost(a.avvikelseId, a.oroId, a.typ, a.typ.beskrivning(), a.enhet, a.registrerad, a.akut, a.mottagartyp);
        }
    }

    @Schema(name = "FranvaroSvar")
    public record FranvaroSvar(String franvaroId, String socialsekreterare, String enhet, LocalDate fran, LocalDate tom,
                               String registreradAv, Instant registrerad) {
        static FranvaroSvar of(se.barnunga.concern.application.Franvaro f) {
            return new FranvaroSvar(f.franvaroId, f.socialsekreterare, f.enhet, f.fran, f.tom, f.registreradAv, f.registrerad);
        }
    }

    static DirigeringSvar dirigeringAv(Handelser.OroLamnad l) {
        return new DirigeringSvar(MottagareSvar.of(l.mottagare()), l.dirigering(), l.dirigering().forklaring());
    }
}
