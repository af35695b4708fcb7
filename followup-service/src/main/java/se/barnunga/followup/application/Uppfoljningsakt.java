package se.barnunga.followup.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;

import se.barnunga.followup.domain.Handelser.AnsvarigUtforareKand;
import se.barnunga.followup.domain.Handelser.AvslutningsmoteGenomfort;
import se.barnunga.followup.domain.Handelser.ForMoteHallet;
import se.barnunga.followup.domain.Handelser.GenomforandeplanKand;
import se.barnunga.followup.domain.Handelser.InsatsensSlutKant;
import se.barnunga.followup.domain.Handelser.PlaneringsmoteKant;
import se.barnunga.followup.domain.Handelser.RiskbedomningKand;
import se.barnunga.followup.domain.Handelser.SammanfattningOverlamnad;
import se.barnunga.followup.domain.Handelser.SynpunktRegistrerad;
import se.barnunga.followup.domain.Handelser.SynpunktsatgardRegistrerad;
import se.barnunga.followup.domain.Handelser.UppdragKant;
import se.barnunga.followup.domain.Handelser.UppfoljningGenomford;
import se.barnunga.followup.domain.Handelser.UppfoljningHandelse;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteAvbokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteBokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmotePakallat;
import se.barnunga.followup.domain.Handelser.UtforarsammanfattningLamnad;
import se.barnunga.followup.domain.Handelser.UtredningInledd;
import se.barnunga.followup.domain.Handelser.VerkstallighetKand;
import se.barnunga.followup.domain.Motesslag;
import se.barnunga.followup.domain.Uppfoljning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.PerformedBy;

/**
 * One intervention's follow-up record, folded from all its events in the event store (always current): the facts
 * from the assignment-service, every meeting with its booking(s), pre-meeting, summary and outcome, the calls for extra
 * meetings, and the full history. Holds the meetings' free texts about the child and family: the API decides who may
 * read it ({@link #far(Actor)}) and audits every read.
 */
public final class Uppfoljningsakt {

    /** One entry of the history: what happened, when, by whom, in which role and unit. */
    public record Historik(long sekvens, String handelse, Instant tidpunkt, String utfordAv, String roll, String enhet) {
    }

    /** A meeting with everything that happened to it, and when and by whom (for the checklists). */
    public static final class Mote {
        public String moteId;
        public final List<UppfoljningsmoteBokat> bokningar = new ArrayList<>();
        public ForMoteHallet formote;
        public PerformedBy formoteAv;
        public UtforarsammanfattningLamnad sammanfattning;
        public PerformedBy sammanfattningAv;
        public UppfoljningGenomford genomford;
        public PerformedBy genomfordAv;
        public AvslutningsmoteGenomfort avslutning;
        public PerformedBy avslutningAv;
        /** The implementation plan's revision registered after this meeting, if any. */
        public GenomforandeplanKand revision;
        public boolean struket;
        /** The cancellation, if the meeting was cancelled without a new date. */
        public UppfoljningsmoteAvbokat avbokning;
        /** The performer's summary handed to the family, if recorded. */
        public SammanfattningOverlamnad overlamning;
        public PerformedBy overlamningAv;
        /** The new investigation opened after this meeting, if recorded. */
        public UtredningInledd utredning;
        public PerformedBy utredningAv;

        public UppfoljningsmoteBokat bokning() {
            return bokningar.isEmpty() ? null : bokningar.get(bokningar.size() - 1);
        }

        public Motesslag slag() {
            if (avslutning != null) {
                return Motesslag.AVSLUTNING;
            }
            return bokning() == null ? Motesslag.UPPFOLJNING : bokning().slag();
        }

        public boolean hallet() {
            return genomford != null || avslutning != null;
        }

        /** When the meeting was registered as held (null if not held). */
        public Instant registrerat() {
            return genomford != null ? genomford.registrerat() : avslutning != null ? avslutning.registrerat() : null;
        }

        public LocalDate datum() {
            if (genomford != null) {
                return genomford.datum();
            }
            if (avslutning != null) {
                return avslutning.datum();
            }
            return bokning() == null ? null : bokning().datum();
        }
    }

    public String uppdragId;
    public UppdragKant uppdrag;
    public String ansvarigUtforare;
    public PlaneringsmoteKant planeringsmote;
    public VerkstallighetKand verkstallighet;
    public final List<GenomforandeplanKand> genomforandeplaner = new ArrayList<>();
    public InsatsensSlutKant slut;
    public final List<UppfoljningsmotePakallat> pakallanden = new ArrayList<>();
    public final Map<String, Mote> moten = new LinkedHashMap<>();
    public final List<Historik> historik = new ArrayList<>();
    /** The assignment's risk assessment, the newest received. */
    public RiskbedomningKand riskbedomning;
    /** The family's complaints and views, by id ({@code S1}, {@code S2}, …). */
    public final Map<String, Synpunkt> synpunkter = new LinkedHashMap<>();

    /** A complaint or view with who recorded it and the measures added later. */
    public static final class Synpunkt {
        public SynpunktRegistrerad registrerad;
        public PerformedBy registreradAv;
        public final List<Atgard> atgarder = new ArrayList<>();
    }

    /** A measure taken on a complaint or view, and who recorded it. */
    public record Atgard(SynpunktsatgardRegistrerad atgard, PerformedBy av) {
    }

    public static Uppfoljningsakt av(List<? extends DomainEventMessage<?>> events) {
        Uppfoljningsakt akt = new Uppfoljningsakt();
        events.forEach(akt::on);
        return akt;
    }

    /**
     * Who may read the record: the social secretaries and the unit manager of the unit that owns the case, and the
     * performing unit's method supervisor, performers and manager.
     */
    public boolean far(Actor actor) {
        String myndighet = uppdrag == null ? null : uppdrag.myndighetsenhet();
        String utforare = uppdrag == null ? null : uppdrag.utforarenhet();
        boolean myndighetens = actor.enhet().equals(myndighet) && (actor.has(Roll.SOCIALSEKRETERARE) || actor.has(Roll.ENHETSCHEF));
        boolean utforarens = actor.enhet().equals(utforare)
                && (actor.has(Roll.UTFORARE) || actor.has(Roll.METODHANDLEDARE) || actor.has(Roll.ENHETSCHEF));
        return myndighetens || utforarens;
    }

    /** The booked meeting not yet held, if any. */
    public Mote bokat() {
        return moten.values().stream().filter(m -> !m.hallet() && !m.struket && m.bokning() != null).reduce((a, b) -> b).orElse(null);
    }

    /** The first and last day of the window of the next ordinary follow-up meeting, while the intervention goes on. */
    public LocalDate[] fonsterForNastaMote() {
        if (verkstallighet == null || slut != null || moten.values().stream().anyMatch(m -> m.avslutning != null)) {
            return null;
        }
        LocalDate referens = moten.values().stream().filter(Mote::hallet).map(Mote::datum).reduce((a, b) -> b)
                .orElse(verkstallighet.verkstallighetsdatum());
        return new LocalDate[] {referens.plusDays(Uppfoljning.SEX_VECKOR), referens.plusDays(Uppfoljning.ATTA_VECKOR)};
    }

    private void on(DomainEventMessage<?> m) {
        // the boundary: an Uppfoljning's stream holds only its own events (it applies nothing else)
        UppfoljningHandelse e = (UppfoljningHandelse) m.getPayload();
        PerformedBy av = PerformedBy.of(m);
        uppdragId = m.getAggregateIdentifier();
        historik.add(new Historik(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), m.getTimestamp(), av.userId(),
                av.roll(), av.enhet()));
        if (e instanceof UppdragKant x) {
            uppdrag = x;
        } else if (e instanceof AnsvarigUtforareKand x) {
            ansvarigUtforare = x.ansvarigUtforare();
        } else if (e instanceof PlaneringsmoteKant x) {
            planeringsmote = x;
        } else if (e instanceof VerkstallighetKand x) {
            verkstallighet = x;
        } else if (e instanceof GenomforandeplanKand x) {
            genomforandeplaner.add(x);
            if (x.revision()) {
                // a revision registered after a meeting answers that meeting's need (facts may arrive late: by their own time)
                moten.values().stream().filter(mote -> mote.hallet() && mote.revision == null && x.kand().isAfter(mote.registrerat()))
                        .forEach(mote -> mote.revision = x);
            }
        } else if (e instanceof RiskbedomningKand x) {
            riskbedomning = x;
        } else if (e instanceof SammanfattningOverlamnad x) {
            mote(x.moteId()).overlamning = x;
            mote(x.moteId()).overlamningAv = av;
        } else if (e instanceof UtredningInledd x) {
            mote(x.moteId()).utredning = x;
            mote(x.moteId()).utredningAv = av;
        } else if (e instanceof SynpunktRegistrerad x) {
            Synpunkt sp = new Synpunkt();
            sp.registrerad = x;
            sp.registreradAv = av;
            synpunkter.put(x.synpunktId(), sp);
        } else if (e instanceof SynpunktsatgardRegistrerad x) {
            Synpunkt sp = synpunkter.get(x.synpunktId());
            if (sp != null) {
                sp.atgarder.add(new Atgard(x, av));
            }
        } else if (e instanceof InsatsensSlutKant x) {
            slut = x;
            Mote bokat = bokat();
            if (bokat != null && x.orsak().stryker(bokat.slag())) {
                bokat.struket = true;
            }
        } else if (e instanceof UppfoljningsmotePakallat x) {
            pakallanden.add(x);
        } else if (e instanceof UppfoljningsmoteBokat x) {
            mote(x.moteId()).bokningar.add(x);
        } else if (e instanceof UppfoljningsmoteAvbokat x) {
            mote(x.moteId()).struket = true;
            mote(x.moteId()).avbokning = x;
        } else if (e instanceof ForMoteHallet x) {
            mote(x.moteId()).formote = x;
            mote(x.moteId()).formoteAv = av;
        } else if (e instanceof UtforarsammanfattningLamnad x) {
            mote(x.moteId()).sammanfattning = x;
            mote(x.moteId()).sammanfattningAv = av;
        } else if (e instanceof UppfoljningGenomford x) {
            mote(x.moteId()).genomford = x;
            mote(x.moteId()).genomfordAv = av;
        } else if (e instanceof AvslutningsmoteGenomfort x) {
            mote(x.moteId()).avslutning = x;
            mote(x.moteId()).avslutningAv = av;
        }
    }

    private Mote mote(String moteId) {
        return moten.computeIfAbsent(moteId, id -> {
            Mote m = new Mote();
            m.moteId = id;
            return m;
        });
    }
}
