package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.Guards.rule;
import static se.barnunga.platform.domain.Guards.state;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import se.barnunga.followup.domain.Handelser.AvslutningsmoteGenomfort;
import se.barnunga.followup.domain.Handelser.ForMoteHallet;
import se.barnunga.followup.domain.Handelser.SammanfattningOverlamnad;
import se.barnunga.followup.domain.Handelser.UppfoljningGenomford;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteAvbokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteBokat;
import se.barnunga.followup.domain.Handelser.UtforarsammanfattningLamnad;
import se.barnunga.followup.domain.Handelser.UtredningInledd;

/**
 * The meetings of one follow-up record as {@link Uppfoljning} needs them to decide: each meeting, the one booked, the
 * date of the latest held, how many follow-ups were held, whether a call for an extra meeting is open, and whether the
 * closing meeting was held. Held by the aggregate and changed only by its event-sourcing handlers ({@code on(…)}); its
 * fields are part of the aggregate's snapshot.
 */
final class Moten {

    private final Map<String, Mote> moten = new LinkedHashMap<>();
    /** The id of the booked meeting not yet held (null: none). */
    private String bokat;
    private LocalDate senasteMotesdatum;
    private int uppfoljningar;
    private boolean oppetPakallande;
    private boolean avslutningsmoteHallet;

    // ---- What the aggregate asks -------------------------------------------------------------------------------------

    /** The booked meeting not yet held, or null. */
    Mote bokat() {
        return bokat == null ? null : moten.get(bokat);
    }

    boolean harBokat() {
        return bokat != null;
    }

    Mote get(String moteId) {
        return moten.get(moteId);
    }

    boolean inga() {
        return moten.isEmpty();
    }

    /** The id the next new meeting gets. */
    String nyttId() {
        return "M" + (moten.size() + 1);
    }

    /** The date of the latest meeting held (null: none yet). */
    LocalDate senasteMotesdatum() {
        return senasteMotesdatum;
    }

    /** No meeting was held yet: the next is the first after the start. */
    boolean forstaMotet() {
        return senasteMotesdatum == null;
    }

    /** What the window of the next follow-up counts from: the latest meeting held, else the start. */
    LocalDate referensdatum(LocalDate start) {
        return senasteMotesdatum != null ? senasteMotesdatum : start;
    }

    boolean avslutningsmoteHallet() {
        return avslutningsmoteHallet;
    }

    /**
     * Whether a booking of this kind is of an extra follow-up meeting: a call for one is open, or it re-books the booked
     * extra meeting.
     */
    boolean extra(Motesslag slag) {
        Mote b = bokat();
        return slag == Motesslag.UPPFOLJNING
                && (oppetPakallande || (b != null && b.slag == Motesslag.UPPFOLJNING && b.extra));
    }

    /** The latest meeting that matches, or null. */
    Mote senaste(Predicate<Mote> vilket) {
        return moten.values().stream().filter(vilket).reduce((a, b) -> b).orElse(null);
    }

    /** The meeting whose summary is handed to the family: the one named, else the latest not yet handed over. */
    Mote sammanfattningsmote(String moteId) {
        if (moteId == null) {
            return funnet(senaste(Mote::harOlamnadSammanfattning), "INGEN_SAMMANFATTNING",
                    "Det finns ingen sammanfattning som inte redan har lämnats till familjen.");
        }
        Mote m = moten.get(moteId);
        rule(m != null && m.sammanfattning, "moteId", "INGEN_SAMMANFATTNING",
                "Det finns ingen sammanfattning inför mötet " + moteId + ".");
        return m;
    }

    /** The follow-up meeting that called for a new investigation: the one named, else the latest still waiting for it. */
    Mote utredningsmote(String moteId) {
        if (moteId == null) {
            return funnet(senaste(Mote::vantarPaUtredning), "INGEN_UTREDNING_AKTUELL", "Inget hållet uppföljningsmöte har "
                    + "beslutat en ny utredning eller bedömt ett mål som negativ förändring utan att utredningen registrerats.");
        }
        Mote m = moten.get(moteId);
        rule(m != null && m.arHalletUppfoljningsmote(), "moteId", "OKANT_MOTE",
                "Mötet " + moteId + " är inte ett hållet uppföljningsmöte.");
        rule(m.kraverUtredning, "moteId", "MOTET_KRAVDE_INGEN_UTREDNING",
                "Uppföljningsmötet " + m.id + " beslutade ingen ny utredning och bedömde inget mål som negativ förändring.");
        return m;
    }

    private static Mote funnet(Mote m, String regel, String text) {
        state(m != null, regel, text);
        return m;
    }

    // ---- Event sourcing, called by the aggregate's handlers ------------------------------------------------------------

    void pakallat() {
        oppetPakallande = true;
    }

    void on(UppfoljningsmoteBokat e) {
        Mote m = moten.computeIfAbsent(e.moteId(), Mote::new);
        if (m.slag != e.slag() || m.nummer == 0) {
            m.nummer = e.slag() == Motesslag.UPPFOLJNING ? uppfoljningar + 1 : 0;
        }
        if (m.slag != null && m.slag != e.slag()) {
            m.sammanfattning = false; // a follow-up's summary is not the closing summary of the whole period, nor vice versa
            m.sammanfattningDag = null;
            m.overlamnad = false;
        }
        m.slag = e.slag();
        m.extra = e.extra();
        m.datum = e.datum();
        m.kalla = e.kalla();
        bokat = m.id;
        if (e.extra()) {
            oppetPakallande = false;
        }
    }

    void on(UppfoljningsmoteAvbokat e) {
        bokat = null;
        if (e.extra()) {
            oppetPakallande = true; // the need for the extra meeting remains
        }
    }

    void on(ForMoteHallet e) {
        moten.get(e.moteId()).formote = true;
    }

    void on(UtforarsammanfattningLamnad e) {
        Mote m = moten.get(e.moteId());
        m.sammanfattning = true;
        m.sammanfattningDag = Motesregler.dag(e.lamnad());
    }

    void on(SammanfattningOverlamnad e) {
        moten.get(e.moteId()).overlamnad = true;
    }

    void on(UppfoljningGenomford e) {
        Mote m = moten.get(e.moteId());
        m.hallet = true;
        m.datum = e.datum();
        m.kraverUtredning = e.kraverUtredning();
        bokat = null;
        senasteMotesdatum = e.datum();
        uppfoljningar++;
        oppetPakallande = false;
    }

    void on(UtredningInledd e) {
        moten.get(e.moteId()).utredningInledd = true;
    }

    void on(AvslutningsmoteGenomfort e) {
        Mote m = moten.computeIfAbsent(e.moteId(), Mote::new);
        m.slag = Motesslag.AVSLUTNING;
        m.datum = e.datum();
        m.hallet = true;
        bokat = null;
        senasteMotesdatum = e.datum();
        avslutningsmoteHallet = true;
    }

    /** The intervention ended: a booked meeting the end strikes is no longer booked. */
    void slut(Avslutsorsak orsak) {
        if (bokat != null && orsak.stryker(moten.get(bokat).slag)) {
            bokat = null;
        }
    }

    /** By value, so that replaying the events can be compared with the working state (Axon's test fixture does). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Moten m && moten.equals(m.moten) && Objects.equals(bokat, m.bokat)
                && Objects.equals(senasteMotesdatum, m.senasteMotesdatum) && uppfoljningar == m.uppfoljningar
                && oppetPakallande == m.oppetPakallande && avslutningsmoteHallet == m.avslutningsmoteHallet;
    }

    @Override
    public int hashCode() {
        return Objects.hash(moten, bokat, senasteMotesdatum, uppfoljningar, oppetPakallande, avslutningsmoteHallet);
    }
}
