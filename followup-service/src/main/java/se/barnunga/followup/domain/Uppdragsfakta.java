package se.barnunga.followup.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.barnunga.followup.domain.Handelser.AnsvarigUtforareKand;
import se.barnunga.followup.domain.Handelser.GenomforandeplanKand;
import se.barnunga.followup.domain.Handelser.InsatsensSlutKant;
import se.barnunga.followup.domain.Handelser.PlaneringsmoteKant;
import se.barnunga.followup.domain.Handelser.RiskbedomningKand;
import se.barnunga.followup.domain.Handelser.UppdragKant;
import se.barnunga.followup.domain.Handelser.VerkstallighetKand;
import se.barnunga.followup.domain.Varden.Barn;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.platform.domain.Behorighet;

/**
 * The assignment's facts as the follow-up record learned them from the assignment-service, each with the time its
 * newest source event happened ({@code …Kand}). The facts arrive late, twice or out of order: a fact is taken from the
 * newest source event, the time of which is recorded even when the facts are unchanged, so a duplicate changes nothing
 * and a late older event can only fill what is still unknown. Held by {@link Uppfoljning} and changed only by its
 * event-sourcing handlers ({@code on(…)}); its fields are part of the aggregate's snapshot.
 */
final class Uppdragsfakta {

    Instant uppdragKand;
    String uppdragstyp;
    Barn barn;
    String insatstyp;
    LocalDate beslutsdatum;
    List<Mal> mal = List.of();
    String myndighetsenhet;
    String socialsekreterare;
    String utforarenhet;
    String ansvarigUtforare;
    Instant ansvarigKand;
    Instant planeringKand;
    LocalDate verkstallighetsdatum;
    Instant verkstallighetKand;
    int planversion;
    Avslutsorsak slut;
    Riskniva riskniva;
    Instant riskKand;

    // ---- Which facts a source event brings -----------------------------------------------------------------------------

    /**
     * The assignment's facts merged with a source event's ({@code kand}): the newer source wins field by field, an older
     * one only fills what is unknown. Null when nothing changes and the source is not newer; {@code ny}: the record is
     * new, so the facts are recorded whatever they are.
     */
    UppdragKant sammanfogat(String id, String typ, Barn b, String insats, LocalDate beslut, List<Mal> malen, String myndighet,
                            String ss, String utforare, Instant kand, boolean ny) {
        boolean nyare = uppdragKand == null || kand.isAfter(uppdragKand);
        String nyTyp = valj(nyare, uppdragstyp, typ);
        Barn nyttBarn = valj(nyare, barn, b);
        String nyInsats = valj(nyare, insatstyp, insats);
        LocalDate nyttBeslut = valj(nyare, beslutsdatum, beslut);
        List<Mal> nyaMal = malen == null || malen.isEmpty() ? mal : (nyare || mal.isEmpty() ? List.copyOf(malen) : mal);
        String nyMyndighet = valj(nyare, myndighetsenhet, myndighet);
        String nySs = valj(nyare, socialsekreterare, ss);
        String nyUtforare = valj(nyare, utforarenhet, utforare);
        Instant nyKand = nyare ? kand : uppdragKand;
        // a newer source is recorded even when it changes nothing, so that a late event older than it cannot overwrite
        boolean andrat = ny || nyare || !Objects.equals(nyTyp, uppdragstyp) || !Objects.equals(nyttBarn, barn)
                || !Objects.equals(nyInsats, insatstyp) || !Objects.equals(nyttBeslut, beslutsdatum) || !nyaMal.equals(mal)
                || !Objects.equals(nyMyndighet, myndighetsenhet) || !Objects.equals(nySs, socialsekreterare)
                || !Objects.equals(nyUtforare, utforarenhet);
        return andrat ? new UppdragKant(id, nyTyp, nyttBarn, nyInsats, nyttBeslut, nyaMal, nyMyndighet, nySs, nyUtforare, nyKand)
                : null;
    }

    private static <T> T valj(boolean nyare, T nuvarande, T ny) {
        if (ny == null) {
            return nuvarande;
        }
        return nyare || nuvarande == null ? ny : nuvarande;
    }

    /** A source of the responsible performer newer than the one known. */
    boolean nyAnsvarig(Instant kand) {
        return ansvarigKand == null || kand.isAfter(ansvarigKand);
    }

    /** A source of the start newer than the one known. */
    boolean nyVerkstallighet(Instant kand) {
        return verkstallighetKand == null || kand.isAfter(verkstallighetKand);
    }

    /** A planning meeting newer than the one known. */
    boolean nyPlanering(Instant kand) {
        return planeringKand == null || kand.isAfter(planeringKand);
    }

    /** A risk assessment newer than the one known. */
    boolean nyRisk(Instant kand) {
        return riskKand == null || kand.isAfter(riskKand);
    }

    // ---- Where the assignment stands ------------------------------------------------------------------------------------

    /** The assignment's facts have come from the assignment-service (its owning unit is known). */
    boolean arKant() {
        return myndighetsenhet != null;
    }

    /** The intervention has started: follow-up counts from its start date. */
    boolean arVerkstalld() {
        return verkstallighetsdatum != null;
    }

    /** The decision on the intervention was revoked: nothing more is followed up. */
    boolean arAterkallat() {
        return slut == Avslutsorsak.BESLUT_ATERKALLAT;
    }

    /** The intervention closed: only its closing meeting remains. */
    boolean arInsatsenAvslutad() {
        return slut == Avslutsorsak.INSATS_AVSLUTAD;
    }

    /** Who may do the routine's steps on this case: its owning and performing units and its responsible performer. */
    Behorighet behorighet() {
        return new Behorighet(myndighetsenhet, utforarenhet, ansvarigUtforare);
    }

    // ---- Event sourcing, called by the aggregate's handlers ------------------------------------------------------------

    void on(UppdragKant e) {
        uppdragKand = e.kand();
        uppdragstyp = e.uppdragstyp();
        barn = e.barn();
        insatstyp = e.insatstyp();
        beslutsdatum = e.beslutsdatum();
        mal = e.mal() == null ? List.of() : e.mal();
        myndighetsenhet = e.myndighetsenhet();
        socialsekreterare = e.socialsekreterare();
        utforarenhet = e.utforarenhet();
    }

    void on(AnsvarigUtforareKand e) {
        ansvarigUtforare = e.ansvarigUtforare();
        ansvarigKand = e.kand();
        if (utforarenhet == null) {
            utforarenhet = e.utforarenhet();
        }
    }

    void on(PlaneringsmoteKant e) {
        planeringKand = e.kand();
    }

    void on(VerkstallighetKand e) {
        verkstallighetsdatum = e.verkstallighetsdatum();
        verkstallighetKand = e.kand();
    }

    void on(GenomforandeplanKand e) {
        planversion = e.version();
    }

    void on(RiskbedomningKand e) {
        riskniva = e.riskniva();
        riskKand = e.kand();
    }

    void on(InsatsensSlutKant e) {
        slut = e.orsak();
    }
}
