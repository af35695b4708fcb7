package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;

/**
 * The events that build the "given" of the Uppdrag given-when-then tests, one per step of the routine with the
 * standard case's values ({@link UppdragFixtures}), and the case up to a step of the routine as the list of its
 * events (tillPlan, tillVerkstallt …).
 */
final class UppdragBuilders {

    private UppdragBuilders() {
    }

    // ---- Events ------------------------------------------------------------------------------------------------

    static UppdragRegistrerat registrerad(Uppdragstyp typ) {
        return registrerad(typ, BARN);
    }

    static UppdragRegistrerat registrerad(Uppdragstyp typ, Barn barn) {
        return new UppdragRegistrerat(ID, typ, barn, utredning(typ), insatstyp(typ), MYNDIGHETSENHET, "anna", TIDIGARE);
    }

    static ForfraganSkickad forfragan() {
        return forfragan(1, UTFORARENHET);
    }

    static ForfraganSkickad forfragan(int nr, String utforarenhet) {
        return new ForfraganSkickad(ID, nr, utforarenhet, INSATSTYP, ONSKEMAL, nr == 1 ? BEHOVSOMRADEN : List.of(),
                nr == 1 ? BEHOV : null, TIDIGARE);
    }

    static KlarteckenLamnat klartecken() {
        return klartecken(1, UTFORARENHET, "mats");
    }

    static KlarteckenLamnat klartecken(int nr, String utforarenhet, String metodhandledare) {
        return new KlarteckenLamnat(ID, nr, utforarenhet, metodhandledare, TIDIGARE);
    }

    static ForfraganAvbojd avbojd() {
        return avbojd(1, UTFORARENHET);
    }

    static ForfraganAvbojd avbojd(int nr, String utforarenhet) {
        return new ForfraganAvbojd(ID, nr, utforarenhet, "Enheten har inga lediga behandlare med rätt kompetens", TIDIGARE);
    }

    static SamtyckeRegistrerat samtycke(Vardnadshavare vh, LocalDate datum) {
        return new SamtyckeRegistrerat(ID, Samtyckespart.VARDNADSHAVARE, vh, true, datum, TIDIGARE);
    }

    static SamtyckeRegistrerat vagran(Vardnadshavare vh, LocalDate datum) {
        return new SamtyckeRegistrerat(ID, Samtyckespart.VARDNADSHAVARE, vh, false, datum, TIDIGARE);
    }

    static SamtyckeRegistrerat barnetSamtycker(LocalDate datum) {
        return new SamtyckeRegistrerat(ID, Samtyckespart.BARNET, null, true, datum, TIDIGARE);
    }

    static SamtyckeRegistrerat barnetVagrar(LocalDate datum) {
        return new SamtyckeRegistrerat(ID, Samtyckespart.BARNET, null, false, datum, TIDIGARE);
    }

    /** Both guardians consented on {@link #SAMTYCKT}. */
    static List<Object> samtycken() {
        return samtycken(SAMTYCKT);
    }

    static List<Object> samtycken(LocalDate datum) {
        return List.of(samtycke(VH1, datum), samtycke(VH2, datum));
    }

    /** A granted intervention (BEVILJAD_INSATS, no period). */
    static InsatsBeviljad beviljad(LocalDate datum, Lagrum lagrum) {
        return beviljad(Uppdragstyp.BEVILJAD_INSATS, BARN, datum, lagrum, null);
    }

    static InsatsBeviljad beviljad(Uppdragstyp typ, Barn barn, LocalDate datum, Lagrum lagrum, Period period) {
        return new InsatsBeviljad(ID, typ, barn, insatstyp(typ), datum, lagrum, period, MAL, UTFORARENHET,
                MYNDIGHETSENHET, "anna", TIDIGARE, DOKUMENTATION, null, null);
    }

    /** The case's decision for the kind: a decision on intervention, or on the investigation assignment. */
    static Object beslut(Uppdragstyp typ) {
        return switch (typ) {
            case BEVILJAD_INSATS -> beviljad(BESLUT, Lagrum.SOL_2025_11_1);
            case INSATS_UNDER_UTREDNING ->
                    beviljad(Uppdragstyp.INSATS_UNDER_UTREDNING, BARN, BESLUT, Lagrum.SOL_2025_11_1, PERIOD_UNDER_UTREDNING);
            case UTREDNINGSUPPDRAG -> new UtredningsuppdragBeslutat(ID, BESLUT, FRAGOR, TIDIGARE);
        };
    }

    static UppdragSkickat skickat(Uppdragstyp typ) {
        return new UppdragSkickat(ID, typ, BARN, UTFORARENHET, MYNDIGHETSENHET, "anna", insatstyp(typ), BESLUT, mal(typ),
                utredning(typ), innehall(), TIDIGARE);
    }

    static UppdragMottaget mottaget() {
        return mottaget(UTFORARENHET, "mats");
    }

    static UppdragMottaget mottaget(String utforarenhet, String metodhandledare) {
        return new UppdragMottaget(ID, utforarenhet, metodhandledare, TIDIGARE);
    }

    static AnsvarigUtforareUtsedd utsedd() {
        return utsedd(UTFORARENHET, "ulla");
    }

    static AnsvarigUtforareUtsedd utsedd(String utforarenhet, String ansvarig) {
        return new AnsvarigUtforareUtsedd(ID, utforarenhet, ansvarig, "mats", TIDIGARE);
    }

    static VerkstallighetHindrad hindrad(Hinder hinder) {
        return new VerkstallighetHindrad(ID, UTFORARENHET, hinder, "Ingen behandlare ledig förrän i höst", null, "mats",
                TIDIGARE);
    }

    static PlaneringsmoteGenomfort planerat() {
        return planerat(START);
    }

    static PlaneringsmoteGenomfort planerat(LocalDate start) {
        return new PlaneringsmoteGenomfort(ID, MOTE, DELTAGARE, true, null, true, start, null, start.plusDays(42), null,
                OVERENSKOMMELSER, "ulla", "anna", TIDIGARE);
    }

    static InsatsVerkstalld verkstalld(Uppdragstyp typ, LocalDate datum) {
        return new InsatsVerkstalld(ID, typ, BARN, insatstyp(typ), BESLUT, datum, UTFORARENHET, MYNDIGHETSENHET, "anna",
                "ulla", TIDIGARE);
    }

    static InsatsVerkstalld verkstalld(LocalDate datum) {
        return verkstalld(Uppdragstyp.BEVILJAD_INSATS, datum);
    }

    static VerkstallighetAvbruten avbruten(LocalDate datum) {
        return new VerkstallighetAvbruten(ID, datum, Avbrottsorsak.BARNET_EJ_TILLGANGLIGT, "Alva är på sjukhus", "ulla",
                TIDIGARE);
    }

    static BeslutAterkallat aterkallat(LocalDate datum) {
        return new BeslutAterkallat(ID, datum, "Familjen har flyttat från kommunen", "anna", TIDIGARE, BESLUTSFATTARE);
    }

    static UppskovBegart uppskov(LocalDate onskatStartdatum) {
        return new UppskovBegart(ID, Samtyckespart.VARDNADSHAVARE, onskatStartdatum, "Familjen är bortrest", TIDIGARE);
    }

    static GenomforandeplanUpprattad planUpprattad() {
        return new GenomforandeplanUpprattad(ID, 1, PLANDATUM, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, "ulla", TIDIGARE);
    }

    static GenomforandeplanReviderad planReviderad(int version, LocalDate datum) {
        return new GenomforandeplanReviderad(ID, version, datum, Revideringsanledning.UPPFOLJNING, BARNETS_DELAKTIGHET,
                AKTIVITETER, null, null, null, "ulla", TIDIGARE);
    }

    static InvandningRegistrerad invandning(String invandningId) {
        return new InvandningRegistrerad(ID, invandningId, Mottagare.VARDNADSHAVARE, "Skolan är viktigare än konflikterna",
                TIDIGARE);
    }

    static InvandningHanterad invandningHanterad(String invandningId) {
        return new InvandningHanterad(ID, invandningId, "Målens ordning ändrades efter samtal", TIDIGARE);
    }

    static RedogorelseLamnad redogorelse(Uppdragstyp typ, LocalDate datum) {
        return new RedogorelseLamnad(ID, typ, typ == Uppdragstyp.UTREDNINGSUPPDRAG ? Redogorelseslag.REDOGORELSE
                : Redogorelseslag.AVSLUTANDE_SAMMANFATTNING, datum, UTREDNING.planeratSlut(),
                datum.isAfter(UTREDNING.planeratSlut()), true, "Föräldrarna instämmer", "Sammanfattning", "ulla", TIDIGARE);
    }

    static RiskbedomningGjord risk(Riskniva niva, boolean kvarstaendeBehov) {
        return new RiskbedomningGjord(ID, niva, kvarstaendeBehov, LocalDate.of(2026, 3, 4), TIDIGARE, BARN, MYNDIGHETSENHET, "anna");
    }

    static AvslutandeSammanfattningLamnad sammanfattning() {
        return new AvslutandeSammanfattningLamnad(ID, LocalDate.of(2026, 3, 4), MALUPPFYLLELSE,
                Set.of(Mottagare.VARDNADSHAVARE), TIDIGARE);
    }

    static InsatsAvslutad insatsAvslutad(Riskniva riskniva) {
        return new InsatsAvslutad(ID, LocalDate.of(2026, 3, 5), Avslutsskal.MALEN_UPPFYLLDA, riskniva, false,
                "Målen är i huvudsak uppfyllda", "anna", TIDIGARE);
    }

    static UppdragAvslutat uppdragAvslutat() {
        return new UppdragAvslutat(ID, UTFORARENHET, LocalDate.of(2026, 3, 6), FysiskaHandlingar.OVERLAMNADE, "ulla", TIDIGARE);
    }

    // ---- The case up to a step of the routine, as the list of its events ----------------------------------------

    /** Registered and enquired of UTF-1 (status FORFRAGAN). */
    static List<Object> tillForfragan(Uppdragstyp typ) {
        return handelser(registrerad(typ), forfragan());
    }

    /** UTF-1 gave its go-ahead. */
    static List<Object> tillKlartecken(Uppdragstyp typ) {
        return handelser(tillForfragan(typ), klartecken());
    }

    /** Decided: for an intervention after both guardians' consent, with {@link #BESLUT} as decision date. */
    static List<Object> tillBeslut(Uppdragstyp typ) {
        return typ == Uppdragstyp.UTREDNINGSUPPDRAG
                ? handelser(tillKlartecken(typ), beslut(typ))
                : handelser(tillKlartecken(typ), samtycken(), beslut(typ));
    }

    static List<Object> tillSkickat(Uppdragstyp typ) {
        return handelser(tillBeslut(typ), skickat(typ));
    }

    static List<Object> tillMottaget(Uppdragstyp typ) {
        return handelser(tillSkickat(typ), mottaget());
    }

    /** Ulla is the appointed ansvarig utförare. */
    static List<Object> tillTilldelat(Uppdragstyp typ) {
        return handelser(tillMottaget(typ), utsedd());
    }

    /** The planning meeting agreed on {@link #START} (an intervention kind). */
    static List<Object> tillPlanerat(Uppdragstyp typ) {
        return handelser(tillTilldelat(typ), planerat());
    }

    /** The intervention started on {@link #START}. */
    static List<Object> tillVerkstallt(Uppdragstyp typ) {
        return handelser(tillPlanerat(typ), verkstalld(typ, START));
    }

    /** Started, with an established implementation plan (version 1). */
    static List<Object> tillPlan(Uppdragstyp typ) {
        return handelser(tillVerkstallt(typ), planUpprattad());
    }
}
