package se.barnunga.concern.domain;

import se.barnunga.concern.domain.Kommandon.LamnaOro;
import se.barnunga.concern.domain.Varden.Ororegler;

/**
 * Where a concern goes when it comes in, and why: an acute concern outside office hours to Socialjouren, otherwise to
 * the child's responsible social secretary unless she is absent or none is known, then to the reception unit. A pure
 * function of the report, the time it came in and the municipality's rules.
 *
 * @param grund why it goes there
 * @param till  the first recipient
 */
public record Dirigering(Dirigeringsgrund grund, Mottagare till) {

    public static Dirigering av(LamnaOro c) {
        Ororegler regler = c.regler();
        if (c.akut() && !regler.kontorstider().arKontorstid(c.inkom())) {
            return new Dirigering(Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, regler.socialjour());
        }
        if (c.ansvarig() != null && !c.ansvarigFranvarande()) {
            return new Dirigering(Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Mottagare.socialsekreterare(c.ansvarig().userId(), c.ansvarig().enhet()));
        }
        if (c.ansvarig() != null) {
            return new Dirigering(Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE, regler.mottagning());
        }
        return new Dirigering(Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE, regler.mottagning());
    }
}
