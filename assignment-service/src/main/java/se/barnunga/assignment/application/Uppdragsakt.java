package se.barnunga.assignment.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;

import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.PerformedBy;
import se.barnunga.assignment.domain.Handelser.AnsvarigUtforareUtsedd;
import se.barnunga.assignment.domain.Handelser.AvslutandeSammanfattningLamnad;
import se.barnunga.assignment.domain.Handelser.BeslutAterkallat;
import se.barnunga.assignment.domain.Handelser.BeslutOmprovat;
import se.barnunga.assignment.domain.Handelser.FamiljenInformeradInforAvslut;
import se.barnunga.assignment.domain.Handelser.ForfraganAvbojd;
import se.barnunga.assignment.domain.Handelser.ForfraganSkickad;
import se.barnunga.assignment.domain.Handelser.FormoteGenomfort;
import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetBesvarad;
import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetStalld;
import se.barnunga.assignment.domain.Handelser.Genomforandeplan;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanEfterfragad;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanKopiorLamnade;
import se.barnunga.assignment.domain.Handelser.InsatsAvslutad;
import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Handelser.InsatsVerkstalld;
import se.barnunga.assignment.domain.Handelser.InvandningHanterad;
import se.barnunga.assignment.domain.Handelser.InvandningRegistrerad;
import se.barnunga.assignment.domain.Handelser.KlarteckenLamnat;
import se.barnunga.assignment.domain.Handelser.NyInformationLamnad;
import se.barnunga.assignment.domain.Handelser.PlaneringsmoteGenomfort;
import se.barnunga.assignment.domain.Handelser.RedogorelseLamnad;
import se.barnunga.assignment.domain.Handelser.RiskbedomningGjord;
import se.barnunga.assignment.domain.Handelser.SamtyckeAterkallat;
import se.barnunga.assignment.domain.Handelser.SamtyckeRegistrerat;
import se.barnunga.assignment.domain.Handelser.StartBekraftad;
import se.barnunga.assignment.domain.Handelser.UppdragAvslutat;
import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.assignment.domain.Handelser.UppdragMottaget;
import se.barnunga.assignment.domain.Handelser.UppdragRegistrerat;
import se.barnunga.assignment.domain.Handelser.UppdragSkickat;
import se.barnunga.assignment.domain.Handelser.UppskovBegart;
import se.barnunga.assignment.domain.Handelser.UtredningsuppdragBeslutat;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAterupptagen;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAvbruten;
import se.barnunga.assignment.domain.Handelser.VerkstallighetHindrad;
import se.barnunga.assignment.domain.Uppdrag;
import se.barnunga.assignment.domain.Uppdragsstatus;

/**
 * One assignment's case file, folded from all its events in the event store (so it is always current: no projection
 * lag). Holds personal data: the API decides what a caller may see of it. The sections are the internal events
 * themselves, in the order they happened.
 */
public final class Uppdragsakt {

    /**
     * One entry of the history: what happened, when, by whom, in which role and unit; {@code iStalletFor} names the
     * role an enhetschef stood in for (footnote 1 of the routine: "Vanligtvis metodhandledare, annars enhetschef").
     */
    public record Historik(long sekvens, String handelse, Instant tidpunkt, String utfordAv, String roll, String enhet,
                           String iStalletFor) {
    }

    /** A question of the performing unit about the assignment, and the social secretary's answer. */
    public record Fraga(FragaOmUppdragetStalld fraga, FragaOmUppdragetBesvarad svar) {
    }

    /** An enquiry to a unit and the unit's answer. */
    public record Forfragan(ForfraganSkickad forfragan, KlarteckenLamnat klartecken, ForfraganAvbojd avbojd) {
    }

    /** An objection to the implementation plan and how it was handled. */
    public record Invandning(InvandningRegistrerad invandning, InvandningHanterad hanterad) {
    }

    /** An interruption and its resumption. */
    public record Avbrott(VerkstallighetAvbruten avbrott, VerkstallighetAterupptagen aterupptagen) {
    }

    public UppdragRegistrerat registrerat;
    public Uppdragsstatus status;
    public final List<Forfragan> forfragningar = new ArrayList<>();
    public final List<SamtyckeRegistrerat> samtycken = new ArrayList<>();
    public InsatsBeviljad beslut;
    /** Every withdrawal of consent after the decision, in order. */
    public final List<SamtyckeAterkallat> samtyckenAterkallade = new ArrayList<>();
    /** Every re-decision after a withdrawal, in order. */
    public final List<BeslutOmprovat> omprovningar = new ArrayList<>();
    /** The date of the first withdrawal of consent not yet followed by a re-decision, or {@code null}. */
    public java.time.LocalDate samtyckeAterkallatSedan;
    public UtredningsuppdragBeslutat utredningsuppdragBeslut;
    public UppdragSkickat skickat;
    public UppdragMottaget mottaget;
    public final List<AnsvarigUtforareUtsedd> ansvarigaUtforare = new ArrayList<>();
    public final List<VerkstallighetHindrad> hinder = new ArrayList<>();
    public final List<FormoteGenomfort> formoten = new ArrayList<>();
    public PlaneringsmoteGenomfort planeringsmote;
    public final List<StartBekraftad> startbekraftelser = new ArrayList<>();
    public final List<UppskovBegart> uppskov = new ArrayList<>();
    public InsatsVerkstalld verkstalld;
    public final List<Avbrott> avbrott = new ArrayList<>();
    public BeslutAterkallat aterkallat;
    /** The implementation plan as established and each revision, in order. */
    public final List<Genomforandeplan> genomforandeplaner = new ArrayList<>();
    public final List<GenomforandeplanKopiorLamnade> planKopior = new ArrayList<>();
    public final List<GenomforandeplanEfterfragad> planEfterfragad = new ArrayList<>();
    private final Map<String, Invandning> invandningar = new LinkedHashMap<>();
    public RedogorelseLamnad redogorelse;
    public RiskbedomningGjord riskbedomning;
    public AvslutandeSammanfattningLamnad avslutandeSammanfattning;
    public InsatsAvslutad insatsAvslutad;
    public UppdragAvslutat uppdragAvslutat;
    public final List<Historik> historik = new ArrayList<>();
    private final Map<String, Fraga> fragor = new LinkedHashMap<>();
    public final List<NyInformationLamnad> nyInformation = new ArrayList<>();
    public final List<FamiljenInformeradInforAvslut> familjenInformeradInforAvslut = new ArrayList<>();
    /** Every event with its message, for the checklist. */
    final List<DomainEventMessage<?>> meddelanden = new ArrayList<>();

    /** The steps of the metodhandledare an enhetschef may do in her stead. */
    private static final java.util.Set<Class<? extends UppdragHandelse>> STALLFORETRADANDE = java.util.Set.of(
            KlarteckenLamnat.class, ForfraganAvbojd.class, UppdragMottaget.class, AnsvarigUtforareUtsedd.class,
            VerkstallighetHindrad.class, UppdragAvslutat.class, FragaOmUppdragetStalld.class);

    /** A Swedish business date of an instant. */
    public static java.time.LocalDate datum(Instant tidpunkt) {
        return java.time.LocalDate.ofInstant(tidpunkt, se.barnunga.platform.time.ClockProducer.ZONE);
    }

    public static Uppdragsakt av(List<? extends DomainEventMessage<?>> events) {
        Uppdragsakt akt = new Uppdragsakt();
        events.forEach(akt::on);
        return akt;
    }

    public List<Invandning> invandningar() {
        return List.copyOf(invandningar.values());
    }

    /**
     * The day by which the implementation plan should have been established, when it is missing past that day: the
     * intervention started {@code dagar} days before and is still going on without a plan (routine, Genomförandet:
     * "Säkerställ att en genomförandeplan är upprättad, och efterfråga en om den saknas"); otherwise {@code null}.
     */
    public java.time.LocalDate genomforandeplanSaknasSedan(int dagar, java.time.LocalDate idag) {
        if (verkstalld == null || !genomforandeplaner.isEmpty() || insatsAvslutad != null || aterkallat != null) {
            return null;
        }
        java.time.LocalDate senast = verkstalld.verkstallighetsdatum().plusDays(dagar);
        return idag.isAfter(senast) ? senast : null;
    }

    public List<Fraga> fragor() {
        return List.copyOf(fragor.values());
    }

    public String ansvarigUtforare() {
        return ansvarigaUtforare.isEmpty() ? null : ansvarigaUtforare.get(ansvarigaUtforare.size() - 1).ansvarigUtforare();
    }

    public String utforarenhet() {
        return forfragningar.isEmpty() ? null : forfragningar.get(forfragningar.size() - 1).forfragan().utforarenhet();
    }

    /** The current unit gave its go-ahead and the assignment was sent to it: the unit may see who the child is. */
    public boolean identifieradForEnhet() {
        Forfragan senaste = forfragningar.isEmpty() ? null : forfragningar.get(forfragningar.size() - 1);
        return senaste != null && senaste.klartecken() != null && skickat != null
                && skickat.utforarenhet().equals(senaste.forfragan().utforarenhet())
                && skickat.skickat().compareTo(senaste.forfragan().skickad()) >= 0;
    }

    public boolean skyddadIdentitet() {
        return skickat != null && skickat.innehall().skyddadePersonuppgifter() != null
                && skickat.innehall().skyddadePersonuppgifter().skyddad();
    }

    /**
     * The event of a message of this case. Every event an {@code Uppdrag} applies is an {@link UppdragHandelse}, so the
     * payload is cast here, once, where it leaves the Axon message.
     */
    static UppdragHandelse handelse(DomainEventMessage<?> m) {
        return (UppdragHandelse) m.getPayload();
    }

    private void on(DomainEventMessage<?> m) {
        meddelanden.add(m);
        UppdragHandelse e = handelse(m);
        PerformedBy av = PerformedBy.of(m);
        historik.add(new Historik(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), m.getTimestamp(),
                av.userId(), av.roll(), av.enhet(),
                Roll.ENHETSCHEF.claim().equals(av.roll()) && STALLFORETRADANDE.contains(e.getClass())
                        ? Roll.METODHANDLEDARE.claim() : null));
        // the aggregate's transition, with the case as it was before the event
        status = Uppdragsstatus.efter(status, beslut != null || utredningsuppdragBeslut != null, e);
        if (e instanceof UppdragRegistrerat x) {
            registrerat = x;
        } else if (e instanceof ForfraganSkickad x) {
            forfragningar.add(new Forfragan(x, null, null));
        } else if (e instanceof KlarteckenLamnat x) {
            Forfragan f = forfragningar.remove(forfragningar.size() - 1);
            forfragningar.add(new Forfragan(f.forfragan(), x, null));
        } else if (e instanceof ForfraganAvbojd x) {
            Forfragan f = forfragningar.remove(forfragningar.size() - 1);
            forfragningar.add(new Forfragan(f.forfragan(), null, x));
        } else if (e instanceof SamtyckeRegistrerat x) {
            samtycken.add(x);
        } else if (e instanceof InsatsBeviljad x) {
            beslut = x;
        } else if (e instanceof SamtyckeAterkallat x) {
            samtyckenAterkallade.add(x);
            if (samtyckeAterkallatSedan == null) {
                samtyckeAterkallatSedan = x.datum();
            }
        } else if (e instanceof BeslutOmprovat x) {
            omprovningar.add(x);
            samtyckeAterkallatSedan = null;
        } else if (e instanceof UtredningsuppdragBeslutat x) {
            utredningsuppdragBeslut = x;
        } else if (e instanceof UppdragSkickat x) {
            skickat = x;
            mottaget = null;
        } else if (e instanceof UppdragMottaget x) {
            mottaget = x;
        } else if (e instanceof AnsvarigUtforareUtsedd x) {
            ansvarigaUtforare.add(x);
        } else if (e instanceof VerkstallighetHindrad x) {
            hinder.add(x);
        } else if (e instanceof FormoteGenomfort x) {
            formoten.add(x);
        } else if (e instanceof PlaneringsmoteGenomfort x) {
            planeringsmote = x;
        } else if (e instanceof StartBekraftad x) {
            startbekraftelser.add(x);
        } else if (e instanceof UppskovBegart x) {
            uppskov.add(x);
        } else if (e instanceof InsatsVerkstalld x) {
            verkstalld = x;
        } else if (e instanceof VerkstallighetAvbruten x) {
            avbrott.add(new Avbrott(x, null));
        } else if (e instanceof VerkstallighetAterupptagen x) {
            Avbrott a = avbrott.remove(avbrott.size() - 1);
            avbrott.add(new Avbrott(a.avbrott(), x));
        } else if (e instanceof BeslutAterkallat x) {
            aterkallat = x;
        } else if (e instanceof Genomforandeplan x) {
            genomforandeplaner.add(x);
        } else if (e instanceof GenomforandeplanKopiorLamnade x) {
            planKopior.add(x);
        } else if (e instanceof GenomforandeplanEfterfragad x) {
            planEfterfragad.add(x);
        } else if (e instanceof InvandningRegistrerad x) {
            invandningar.put(x.invandningId(), new Invandning(x, null));
        } else if (e instanceof InvandningHanterad x) {
            invandningar.computeIfPresent(x.invandningId(), (k, v) -> new Invandning(v.invandning(), x));
        } else if (e instanceof RedogorelseLamnad x) {
            redogorelse = x;
        } else if (e instanceof RiskbedomningGjord x) {
            riskbedomning = x;
        } else if (e instanceof AvslutandeSammanfattningLamnad x) {
            avslutandeSammanfattning = x;
        } else if (e instanceof InsatsAvslutad x) {
            insatsAvslutad = x;
        } else if (e instanceof UppdragAvslutat x) {
            uppdragAvslutat = x;
        } else if (e instanceof FragaOmUppdragetStalld x) {
            fragor.put(x.fragaId(), new Fraga(x, null));
        } else if (e instanceof FragaOmUppdragetBesvarad x) {
            fragor.computeIfPresent(x.fragaId(), (k, v) -> new Fraga(v.fraga(), x));
        } else if (e instanceof NyInformationLamnad x) {
            nyInformation.add(x);
        } else if (e instanceof FamiljenInformeradInforAvslut x) {
            familjenInformeradInforAvslut.add(x);
        }
    }
}
