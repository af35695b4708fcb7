package se.barnunga.concern.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;

import se.barnunga.concern.domain.Handelser.AterkopplingAvstadd;
import se.barnunga.concern.domain.Handelser.AterkopplingLamnad;
import se.barnunga.concern.domain.Handelser.AvvikelseRegistrerad;
import se.barnunga.concern.domain.Handelser.ForhandsbedomningAvslutad;
import se.barnunga.concern.domain.Handelser.OroBekraftadSkriftligt;
import se.barnunga.concern.domain.Handelser.OroHandelse;
import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.concern.domain.Handelser.OroMottagen;
import se.barnunga.concern.domain.Handelser.OroVidarebefordrad;
import se.barnunga.concern.domain.Handelser.SkyddsbedomningGjord;
import se.barnunga.concern.domain.Mottagare;
import se.barnunga.concern.domain.Oro;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.PerformedBy;

/**
 * One concern's file, folded from all its events in the event store (always current). Holds personal data and the
 * report's text: the API decides what a caller may see of it ({@link #insyn(Actor, boolean)}).
 */
public final class Oroakt {

    /** What a caller may see of a concern. */
    public enum Insyn {
        /** A recipient (current or earlier): everything, including the report's text and the reporter's identity. */
        MOTTAGARE,
        /** The reporter: their own report, its progress and the feedback; not the receiving side's assessments. */
        UPPGIFTSLAMNARE,
        /** Allowed to see the child (its responsible social secretary, the reception unit, Socialjouren): everything
         * except the report's text and the reporter's identity. */
        BARNET,
        /** Nothing. */
        INGEN
    }

    /** One entry of the history: what happened, when, by whom, in which role and unit. */
    public record Historik(long sekvens, String handelse, Instant tidpunkt, String utfordAv, String roll, String enhet) {
    }

    public OroLamnad lamnad;
    public Mottagare mottagare;
    public final List<Mottagare> allaMottagare = new ArrayList<>();
    public OroMottagen mottagen;
    public OroBekraftadSkriftligt bekraftelse;
    public final List<OroVidarebefordrad> vidarebefordringar = new ArrayList<>();
    public SkyddsbedomningGjord skyddsbedomning;
    public final List<AterkopplingLamnad> aterkopplingar = new ArrayList<>();
    public AterkopplingAvstadd aterkopplingAvstadd;
    public ForhandsbedomningAvslutad forhandsbedomning;
    public final List<AvvikelseRegistrerad> avvikelser = new ArrayList<>();
    public final List<Historik> historik = new ArrayList<>();

    public static Oroakt av(List<? extends DomainEventMessage<?>> events) {
        Oroakt akt = new Oroakt();
        events.forEach(akt::on);
        return akt;
    }

    /**
     * What the actor may see. {@code ansvarigForBarnet}: the actor is the responsible social secretary of an ongoing
     * assignment of this child; the reception unit and Socialjouren see the child as members of those units only.
     */
    public Insyn insyn(Actor actor, boolean ansvarigForBarnet, Ororegler regler) {
        if (allaMottagare.stream().anyMatch(m -> m.ar(actor))) {
            return Insyn.MOTTAGARE;
        }
        if (lamnad.uppgiftslamnare().userId().equals(actor.userId())) {
            return Insyn.UPPGIFTSLAMNARE;
        }
        if (ansvarigForBarnet || regler.mottagning().ar(actor) || regler.socialjour().ar(actor)) {
            return Insyn.BARNET;
        }
        return Insyn.INGEN;
    }

    private void on(DomainEventMessage<?> m) {
        // the boundary: an Oro's stream holds only its own events (it applies nothing else)
        OroHandelse e = (OroHandelse) m.getPayload();
        PerformedBy av = PerformedBy.of(m);
        historik.add(new Historik(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), m.getTimestamp(),
                av.userId(), av.roll(), av.enhet()));
        if (e instanceof OroLamnad x) {
            lamnad = x;
            mottagare = x.mottagare();
            allaMottagare.add(x.mottagare());
        } else if (e instanceof OroMottagen x) {
            mottagen = x;
        } else if (e instanceof OroBekraftadSkriftligt x) {
            bekraftelse = x;
        } else if (e instanceof OroVidarebefordrad x) {
            vidarebefordringar.add(x);
            mottagare = x.till();
            mottagen = null;
            allaMottagare.add(x.till());
        } else if (e instanceof SkyddsbedomningGjord x) {
            skyddsbedomning = x;
        } else if (e instanceof AterkopplingLamnad x) {
            aterkopplingar.add(x);
        } else if (e instanceof AterkopplingAvstadd x) {
            aterkopplingAvstadd = x;
        } else if (e instanceof ForhandsbedomningAvslutad x) {
            forhandsbedomning = x;
        } else if (e instanceof AvvikelseRegistrerad x) {
            avvikelser.add(x);
        }
    }
}
