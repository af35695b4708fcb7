package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Varden.Aktivitet;
import se.barnunga.assignment.domain.Varden.Kontaktuppgifter;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.assignment.domain.Varden.Onskemal;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Tolkbehov;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.time.ClockProducer;
import se.barnunga.testing.TestPersonnummer;
import se.barnunga.platform.domain.testsupport.Aktorer;
import se.barnunga.platform.domain.testsupport.Enheter;

/**
 * Shared test data of the {@link Uppdrag} given-when-then tests: the people, the child, the dates and the content of
 * one case. The events to build the "given" from are in {@link UppdragBuilders}.
 *
 * <p>Time: "now" is 2026-03-10 09:00 in Stockholm. The case's dates: the guardians consented 2026-02-05, the decision
 * was taken 2026-02-10, the planning meeting held 2026-02-17, the intervention started 2026-02-24 (14 days after the
 * decision) and the first follow-up is booked 6 weeks later. The investigation of the investigation-time kinds ran
 * 2026-01-12 – 2026-03-06, i.e. it is already over "now".
 */
final class UppdragFixtures {

    private UppdragFixtures() {
    }

    // ---- Time ------------------------------------------------------------------------------------------------------

    static final ZoneId STOCKHOLM = ClockProducer.ZONE;
    static final LocalDate IDAG = LocalDate.of(2026, 3, 10);
    /** When the commands of the tests are issued. */
    static final Instant NU = pa(IDAG);
    /** When the events of the "given" were recorded (irrelevant to the rules). */
    static final Instant TIDIGARE = pa(LocalDate.of(2026, 1, 20));

    /** 09:00 Stockholm time on the date. */
    static Instant pa(LocalDate datum) {
        return datum.atTime(9, 0).atZone(STOCKHOLM).toInstant();
    }

    static final LocalDate SAMTYCKT = LocalDate.of(2026, 2, 5);
    static final LocalDate BESLUT = LocalDate.of(2026, 2, 10);
    static final LocalDate MOTE = LocalDate.of(2026, 2, 17);
    /** Exactly 14 days after the decision. */
    static final LocalDate START = BESLUT.plusDays(14);
    /** Six weeks after the start. */
    static final LocalDate UPPFOLJNING = START.plusDays(42);
    static final LocalDate PLANDATUM = LocalDate.of(2026, 2, 20);

    // ---- Units and people --------------------------------------------------------------------------------------
    // The units and people that are the same in every service's tests are the platform test kit's Enheter and
    // Aktorer, re-exported here under the names the tests use; the ones that differ between services are defined here.

    static final String ID = "uppdrag-7f3a";
    static final String MYNDIGHETSENHET = Enheter.MYNDIGHETSENHET;
    static final String UTFORARENHET = Enheter.UTFORARENHET;
    static final String ANNAN_UTFORARENHET = Enheter.ANNAN_UTFORARENHET;

    /** The social secretary who owns the case. */
    static final Actor ANNA = Aktorer.ANNA;
    /** A colleague of Anna on the same myndighetsenhet. */
    static final Actor BO = Aktorer.BO;
    /** A social secretary of another myndighetsenhet. */
    static final Actor EVA = Actor.of("eva", "MYND-2", Roll.SOCIALSEKRETERARE);
    /** The metodhandledare of the enquired unit. */
    static final Actor MATS = Actor.of("mats", UTFORARENHET, Roll.METODHANDLEDARE);
    /** The metodhandledare of another performing unit. */
    static final Actor LISA = Actor.of("lisa", ANNAN_UTFORARENHET, Roll.METODHANDLEDARE);
    /** The appointed ansvarig utförare. */
    static final Actor ULLA = Aktorer.ULLA;
    /** A performer of the unit who is not the appointed one. */
    static final Actor UNO = Actor.of("uno", UTFORARENHET, Roll.UTFORARE);
    /** Same user id as the ansvarig utförare, but acting for another unit. */
    static final Actor ULLA_PA_ANNAN_ENHET = Aktorer.ULLA_PA_ANNAN_ENHET;
    /** A performer of the other unit, appointed there after a change of unit. */
    static final Actor IVAR = Actor.of("ivar", ANNAN_UTFORARENHET, Roll.UTFORARE);

    // ---- The child and the family ------------------------------------------------------------------------------

    /** Alva, born 2015-04-12: ten years old now, 15 on 2030-04-12. */
    static final Barn BARN = Barn.of(Personnummer.parse("20150412-2381", LocalDate.of(2026, 1, 1)), "Alva", "Ekström");

    /** A child born on the date, with a valid personnummer. */
    static Barn barnFodd(LocalDate fodd) {
        return Barn.of(Personnummer.parse(personnummer(fodd, "238"), IDAG), "Alva", "Ekström");
    }

    /** A valid personnummer YYYYMMDD-NNNC for the date and birth number, with the Luhn check digit computed. */
    static String personnummer(LocalDate fodd, String fodelsenummer) {
        return TestPersonnummer.av(fodd, fodelsenummer);
    }

    static final Vardnadshavare VH1 = new Vardnadshavare(personnummer(LocalDate.of(1984, 5, 2), "242"), "Karin Ekström",
            new Kontaktuppgifter("Storgatan 1, 123 45 Staden", "070-1234567", "karin@example.se"));
    static final Vardnadshavare VH2 = new Vardnadshavare(personnummer(LocalDate.of(1982, 11, 30), "153"), "Johan Ekström",
            new Kontaktuppgifter("Lillgatan 2, 123 45 Staden", "070-7654321", null));

    // ---- The case's content ------------------------------------------------------------------------------------

    static final String INSATSTYP = "Familjebehandling";
    static final Onskemal ONSKEMAL = new Onskemal("Föräldrastöd enligt ABC", "6 månader", "1 gång i veckan");
    static final List<String> BEHOVSOMRADEN = List.of("Familj och sociala relationer", "Utbildning");
    static final String BEHOV = "Föräldrarna behöver stöd i att sätta gränser.";
    static final Utredning UTREDNING = new Utredning("UTR-2026-017", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 6));
    static final Period PERIOD_UNDER_UTREDNING = new Period(BESLUT, UTREDNING.planeratSlut());
    static final List<String> FRAGOR = List.of("Hur fungerar samspelet mellan Alva och föräldrarna?",
            "Vilket stöd behöver föräldrarna?");

    static final Mal MAL1 = new Mal("mal-1", "Alva går till skolan varje dag", "Utbildning");
    static final Mal MAL2 = new Mal("mal-2", "Konflikterna hemma minskar", "Familj och sociala relationer");
    static final List<Mal> MAL = List.of(MAL1, MAL2);

    static final Set<Deltagare> DELTAGARE = Set.of(Deltagare.BARNET, Deltagare.VARDNADSHAVARE,
            Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);
    static final String BARNETS_DELAKTIGHET = "Alva deltog och berättade vad hon vill ska bli bättre.";
    static final Aktivitet AKTIVITET1 = new Aktivitet("mal-1", "Samverkansmöte med skolan", "ulla", "varannan vecka", "möte på skolan");
    static final Aktivitet AKTIVITET2 = new Aktivitet("mal-2", "Föräldrasamtal", "ulla", "varje vecka", "samtal i hemmet");
    static final List<Aktivitet> AKTIVITETER = List.of(AKTIVITET1, AKTIVITET2);

    /** The decision-maker: the social secretary with delegation. */
    static final Beslutsfattare BESLUTSFATTARE = new Beslutsfattare("Anna Andersson", "Socialsekreterare",
            Delegationsniva.SOCIALSEKRETERARE);
    /** Complete decision documentation (SOSFS 2014:5) for a decision under a consent-based basis. */
    static final Beslutsdokumentation DOKUMENTATION = new Beslutsdokumentation(
            "Utredningen visar behov av stöd i föräldraskapet.", BESLUTSFATTARE, "Föräldrastöd och stöd till Alva",
            null, null, "Utredning UTR-2026-017, beslutsunderlag 2026-02-09", Boolean.TRUE,
            "Att Alva får en trygg vardag och går i skolan", Boolean.TRUE);
    /** The committee's section, which decides under 11 § LVU. */
    static final Beslutsfattare UTSKOTTET = new Beslutsfattare("Sociala utskottet", null, Delegationsniva.UTSKOTT);
    /** The care under LVU the child is in. */
    static final LvuVard LVU_VARD = new LvuVard("Förvaltningsrätten mål 1234-25", LocalDate.of(2025, 11, 20));

    /** The committee's decision under 11 § LVU, dated the decision date. */
    static Namndbeslut namndbeslut(LocalDate datum) {
        return new Namndbeslut("SU 2026-02-10 § 14", datum, UTSKOTTET);
    }

    /** Decision documentation under 11 § LVU: the committee's decision names the decision-maker. */
    static final Beslutsdokumentation LVU_DOKUMENTATION = new Beslutsdokumentation(
            "Vårdnadshavarna samtycker inte; insatsen behövs under vården enligt LVU.", null, null, null, null,
            "Utredning UTR-2026-017", Boolean.TRUE, "Att Alva får stöd under vården", null);

    static final List<MalUppfyllelse> MALUPPFYLLELSE = List.of(
            new MalUppfyllelse("mal-1", Bbicskala.POSITIV_FORANDRING_MAL_UPPFYLLT, "Alva går till skolan varje dag."),
            new MalUppfyllelse("mal-2", Bbicskala.POSITIV_FORANDRING_MAL_EJ_UPPFYLLT, "Färre konflikter, men fortfarande några."));

    static String insatstyp(Uppdragstyp typ) {
        return typ == Uppdragstyp.UTREDNINGSUPPDRAG ? null : INSATSTYP;
    }

    static Utredning utredning(Uppdragstyp typ) {
        return typ == Uppdragstyp.BEVILJAD_INSATS ? null : UTREDNING;
    }

    static List<Mal> mal(Uppdragstyp typ) {
        return typ == Uppdragstyp.UTREDNINGSUPPDRAG ? List.of() : MAL;
    }

    // ---- The written assignment (Uppdragsinnehall) ----------------------------------------------------------------

    /** A mutable builder of a complete {@link Uppdragsinnehall}; tests take items away from it. */
    static final class Innehall {
        Kontaktuppgifter barnetsKontaktuppgifter = new Kontaktuppgifter("Storgatan 1, 123 45 Staden", null, null);
        List<Vardnadshavare> vardnadshavare = List.of(VH1, VH2);
        Skyddsmarkering skyddadePersonuppgifter = Skyddsmarkering.INGEN;
        Tolkbehov tolkbehov = new Tolkbehov(false, null, null);
        String uppdragetOmfattar = "Föräldrastöd och samverkan med skolan";
        String bedomningAvBehovOchFormaga = "Föräldrarna är motiverade men behöver stöd i gränssättning.";
        String uppfoljningsform = "Uppföljningsmöte var sjätte vecka";
        String aterrapporteringVidAvslut = "Avslutande sammanfattning per mål";
        String andraHuvudmansInsatser = "Elevhälsan följer Alvas närvaro";
        Boolean sipBehov = Boolean.FALSE;
        Kontaktuppgifter socialsekreterarensKontakt = new Kontaktuppgifter(null, "08-123 456 00", null);
        Boolean familjenInformerad = null;
        Boolean utredningsplanBifogad = Boolean.TRUE;
        Boolean sipFinns = null;
        Boolean vardnadshavareInformerade = Boolean.TRUE;
        Boolean barnetInformerat = Boolean.TRUE;

        Uppdragsinnehall build() {
            return new Uppdragsinnehall(barnetsKontaktuppgifter, vardnadshavare, skyddadePersonuppgifter, tolkbehov,
                    uppdragetOmfattar, bedomningAvBehovOchFormaga, uppfoljningsform, aterrapporteringVidAvslut,
                    andraHuvudmansInsatser, sipBehov, socialsekreterarensKontakt, familjenInformerad, utredningsplanBifogad,
                    sipFinns, vardnadshavareInformerade, barnetInformerat);
        }
    }

    /** A complete written assignment, valid for every kind. */
    static Uppdragsinnehall innehall() {
        return new Innehall().build();
    }

    /** A complete written assignment with one change. */
    static Uppdragsinnehall innehall(Consumer<Innehall> andring) {
        Innehall i = new Innehall();
        andring.accept(i);
        return i.build();
    }

    // ---- The planning meeting's agreements (Checklista Planeringsmöte, Bilaga 1) -----------------------------------

    /** A mutable builder of complete {@link Planeringsoverenskommelser}; tests take items away from it. */
    static final class Overenskommelser {
        Boolean syfteForklarat = true;
        Boolean familjenDelarMalen = true;
        String familjensSynPaMalen;
        List<String> prioriteradeMal = List.of("mal-1");
        /** The investigation's end: within the period of the intervention during the investigation, too. */
        LocalDate beraknatAvslut = UTREDNING.planeratSlut();
        Boolean familjenInformeradOmAvslut = true;
        String omInsatsenInteFungerar = "Vi kallar till ett extra möte och ser över upplägget";
        String kontaktHur = "Telefon och ett hembesök";
        String kontaktHurOfta = "En gång i månaden";
        Boolean utforarenhetenPresenterad = true;
        Boolean informationsskyldighetInformerad = true;
        Boolean planprocessenBeskriven = true;
        String familjensMalResurserOchStyrkor = "Familjen vill ha lugnare kvällar; mamma är engagerad och Alva har goda vänner.";
        Boolean tolkOchStodTillgodosett;

        Planeringsoverenskommelser build() {
            return new Planeringsoverenskommelser(syfteForklarat, familjenDelarMalen, familjensSynPaMalen, prioriteradeMal,
                    beraknatAvslut, familjenInformeradOmAvslut, omInsatsenInteFungerar, kontaktHur, kontaktHurOfta,
                    utforarenhetenPresenterad, informationsskyldighetInformerad, planprocessenBeskriven,
                    familjensMalResurserOchStyrkor, tolkOchStodTillgodosett);
        }
    }

    /** Complete agreements for the case (no interpreter needed). */
    static final Planeringsoverenskommelser OVERENSKOMMELSER = new Overenskommelser().build();

}
