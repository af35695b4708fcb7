package se.barnunga.assignment.domain;

import se.barnunga.assignment.domain.Handelser.AnsvarigUtforareUtsedd;
import se.barnunga.assignment.domain.Handelser.BeslutAterkallat;
import se.barnunga.assignment.domain.Handelser.ForfraganAvbojd;
import se.barnunga.assignment.domain.Handelser.ForfraganSkickad;
import se.barnunga.assignment.domain.Handelser.InsatsAvslutad;
import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Handelser.InsatsVerkstalld;
import se.barnunga.assignment.domain.Handelser.KlarteckenLamnat;
import se.barnunga.assignment.domain.Handelser.PlaneringsmoteGenomfort;
import se.barnunga.assignment.domain.Handelser.UppdragAvslutat;
import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.assignment.domain.Handelser.UppdragMottaget;
import se.barnunga.assignment.domain.Handelser.UppdragRegistrerat;
import se.barnunga.assignment.domain.Handelser.UppdragSkickat;
import se.barnunga.assignment.domain.Handelser.UtredningsuppdragBeslutat;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAterupptagen;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAvbruten;
import se.barnunga.assignment.domain.Handelser.VerkstallighetHindrad;

/** Where an assignment is in the routine, from the enquiry to the closed assignment. */
public enum Uppdragsstatus {
    /** Enquiry sent to a performing unit, awaiting its go-ahead. */
    FORFRAGAN,
    /** The unit declined; the social secretary may ask another unit. */
    AVBOJT,
    /** The unit gave its go-ahead; consent and decision follow. */
    KLARTECKEN,
    /** Decision on intervention (or on the investigation assignment) taken; the assignment can be sent. */
    BESLUTAT,
    /** The written assignment was sent to the unit. */
    SKICKAT,
    /** The unit confirmed receipt. */
    MOTTAGET,
    /** The unit appointed the responsible performer (ansvarig utförare). */
    TILLDELAT,
    /** The unit reported that it cannot take on the assignment; the social secretary may ask another unit. */
    HINDRAT,
    /** The planning meeting was held; the start date is agreed. */
    PLANERAT,
    /** The intervention is carried out (verkställd). */
    VERKSTALLT,
    /** The intervention is interrupted. */
    AVBRUTET,
    /** The decision was revoked. */
    ATERKALLAT,
    /** The social secretary closed the intervention; the performer closes the assignment. */
    INSATS_AVSLUTAD,
    /** The assignment is closed. */
    AVSLUTAT;

    /** Whether the intervention is under way (started, possibly interrupted). */
    public boolean pagaende() {
        return this == VERKSTALLT || this == AVBRUTET;
    }

    /**
     * The status after one internal event ({@link UppdragHandelse}): the one transition the aggregate, the list
     * projection and the case file all apply, so the three cannot drift apart. Events that do not move the assignment
     * leave the status as it was. (Java 17 has no pattern switch over the sealed type: {@code UppdragsstatusTest}
     * requires a decision here for every event of {@link Handelser}.)
     *
     * @param nuvarande the status before the event ({@code null} before the first event)
     * @param beslutat  whether the decision (on intervention or on the investigation assignment) was taken before the
     *                  event: a unit's go-ahead to a new enquiry after the decision (the previous unit could not take the
     *                  assignment on) makes the assignment ready to be sent again, {@link #BESLUTAT}, not
     *                  {@link #KLARTECKEN}
     * @param handelse  the event
     * @return the status after the event
     */
    public static Uppdragsstatus efter(Uppdragsstatus nuvarande, boolean beslutat, UppdragHandelse handelse) {
        if (handelse instanceof UppdragRegistrerat || handelse instanceof ForfraganSkickad) {
            return FORFRAGAN;
        }
        if (handelse instanceof KlarteckenLamnat) {
            return beslutat ? BESLUTAT : KLARTECKEN;
        }
        if (handelse instanceof ForfraganAvbojd) {
            return AVBOJT;
        }
        if (handelse instanceof InsatsBeviljad || handelse instanceof UtredningsuppdragBeslutat) {
            return BESLUTAT;
        }
        if (handelse instanceof UppdragSkickat) {
            return SKICKAT;
        }
        if (handelse instanceof UppdragMottaget) {
            return MOTTAGET;
        }
        if (handelse instanceof AnsvarigUtforareUtsedd) {
            // appointing (or replacing) the performer moves only a received assignment on
            return nuvarande == MOTTAGET ? TILLDELAT : nuvarande;
        }
        if (handelse instanceof VerkstallighetHindrad h) {
            // a delay leaves the status; a unit that cannot take the assignment on lets another unit be asked
            return h.hinder() == Hinder.KAN_INTE_TA_SIG_AN ? HINDRAT : nuvarande;
        }
        if (handelse instanceof PlaneringsmoteGenomfort) {
            return PLANERAT;
        }
        if (handelse instanceof InsatsVerkstalld || handelse instanceof VerkstallighetAterupptagen) {
            return VERKSTALLT;
        }
        if (handelse instanceof VerkstallighetAvbruten) {
            return AVBRUTET;
        }
        if (handelse instanceof BeslutAterkallat) {
            return ATERKALLAT;
        }
        if (handelse instanceof InsatsAvslutad) {
            return INSATS_AVSLUTAD;
        }
        if (handelse instanceof UppdragAvslutat) {
            return AVSLUTAT;
        }
        return nuvarande;
    }
}
