package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import se.barnunga.concern.domain.Handelser.*;
import se.barnunga.concern.domain.Kommandon.LamnaOro;
import se.barnunga.concern.domain.Varden.AnsvarigSocialsekreterare;
import se.barnunga.concern.domain.Varden.Barnuppgift;
import se.barnunga.concern.domain.Varden.Frister;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
import se.barnunga.concern.domain.Varden.Uppgiftslamnare;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.time.Kontorstider;
import se.barnunga.platform.time.ClockProducer;
import se.barnunga.platform.domain.testsupport.Aktorer;
import se.barnunga.platform.domain.testsupport.Enheter;
import se.barnunga.platform.domain.testsupport.Stockholmstid;

/**
 * Shared test data of the {@link Oro} given-when-then tests: the people and units, the child, the municipality's rules,
 * the standard concern and its deadlines, events to build the "given" from, and matchers.
 *
 * <p>Time: the standard concern came in on Tuesday 2026-03-10 at 10:00 Stockholm time (CET, UTC+1), in writing, not
 * acute, about Alva whose responsible social secretary Anna is at work. Its deadlines (written here as literal UTC
 * instants, not computed like the aggregate does): protection assessment by the end of 2026-03-10, feedback by the end
 * of 2026-03-17, preliminary assessment by the end of 2026-03-24; acknowledgement by Wednesday 2026-03-11 17:00. An oral
 * report must be confirmed in writing by the end of Wednesday 2026-03-11.
 */
final class OroFixtures {

    private OroFixtures() {
    }

    // ---- Time ------------------------------------------------------------------------------------------------------

    static final ZoneId STOCKHOLM = ClockProducer.ZONE;

    /** Tuesday, an ordinary working day. */
    static final LocalDate DAG = LocalDate.of(2026, 3, 10);
    /** When the standard concern came in: Tuesday 10:00 Stockholm. */
    static final Instant INKOM = Instant.parse("2026-03-10T09:00:00Z");
    /** Non-acute: closing time (17:00) of the next working day, Wednesday. */
    static final Instant KVITTERA_SENAST = Instant.parse("2026-03-11T16:00:00Z");
    /** Acute: {@link #INKOM} + 30 minutes. */
    static final Instant KVITTERA_SENAST_AKUT = Instant.parse("2026-03-10T09:30:00Z");
    /** The end of Tuesday 2026-03-10 (midnight Stockholm). */
    static final Instant SLUTET_AV_DAGEN = Instant.parse("2026-03-10T23:00:00Z");
    /** The end of Wednesday 2026-03-11, the next working day. */
    static final Instant SLUTET_AV_NASTA_ARBETSDAG = Instant.parse("2026-03-11T23:00:00Z");
    /** The end of 2026-03-17 (day + 7). */
    static final Instant ATERKOPPLING_SENAST = Instant.parse("2026-03-17T23:00:00Z");
    /** The end of 2026-03-24 (day + 14). */
    static final Instant FORHANDSBEDOMNING_SENAST = Instant.parse("2026-03-24T23:00:00Z");

    static final Frister FRISTER_SKRIFTLIG = new Frister(SLUTET_AV_DAGEN, null, ATERKOPPLING_SENAST, FORHANDSBEDOMNING_SENAST);
    static final Frister FRISTER_MUNTLIG =
            new Frister(SLUTET_AV_DAGEN, SLUTET_AV_NASTA_ARBETSDAG, ATERKOPPLING_SENAST, FORHANDSBEDOMNING_SENAST);

    /** When the acute concern to Socialjouren came in: Tuesday 18:00, outside office hours. */
    static final Instant JOUR_INKOM = Instant.parse("2026-03-10T17:00:00Z");

    /** A local date-time in Stockholm as an instant. */
    static Instant kl(String lokalTid) {
        return Stockholmstid.kl(lokalTid);
    }

    /** Stockholm time on a date as an instant. */
    static Instant kl(LocalDate dag, int timme, int minut) {
        return Stockholmstid.kl(dag, timme, minut);
    }

    /** The end of a day in Stockholm: the first instant of the next day. */
    static Instant slutetAv(LocalDate dag) {
        return dag.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
    }

    /** The deadlines of a written concern that came in on {@code dag} (for routing tests; the deadline tests use literals). */
    static Frister fristerSkriftlig(LocalDate dag) {
        return new Frister(slutetAv(dag), null, slutetAv(dag.plusDays(7)), slutetAv(dag.plusDays(14)));
    }

    // ---- Units, recipients and rules --------------------------------------------------------------------------------
    // The units and people that are the same in every service's tests are the platform test kit's Enheter and
    // Aktorer, re-exported here under the names the tests use; the ones that differ between services are defined here.

    static final String ID = "oro-4711";
    static final String ANMALAN_ID = "anmalan-0815";
    static final String UPPDRAG_ID = "uppdrag-7f3a";

    static final String MYNDIGHETSENHET = Enheter.MYNDIGHETSENHET;
    static final String MOTTAGNINGSENHET = Enheter.MOTTAGNINGSENHET;
    static final String JOURENHET = "JOUR-1";
    static final String UTFORARENHET = Enheter.UTFORARENHET;

    static final Mottagare TILL_MOTTAGNINGEN = Mottagare.mottagning(MOTTAGNINGSENHET);
    static final Mottagare TILL_JOUREN = Mottagare.socialjour(JOURENHET);
    static final Mottagare TILL_ANNA = Mottagare.socialsekreterare("anna", MYNDIGHETSENHET);
    static final Mottagare TILL_BO = Mottagare.socialsekreterare("bo", MYNDIGHETSENHET);

    /** Office hours 08–17, acute concerns acknowledged within 30 minutes, others by 17:00 the next working day. */
    static final Ororegler REGLER = new Ororegler(Kontorstider.of(LocalTime.of(8, 0), LocalTime.of(17, 0)),
            Duration.ofMinutes(30), 1, TILL_MOTTAGNINGEN, TILL_JOUREN);

    // ---- People ----------------------------------------------------------------------------------------------------

    /** Alva's responsible social secretary. */
    static final Actor ANNA = Aktorer.ANNA;
    /** A colleague of Anna's on the same unit, not responsible for Alva. */
    static final Actor BO = Aktorer.BO;
    /** Anna's user id, but acting in the mottagning role. */
    static final Actor ANNA_SOM_MOTTAGNING = Actor.of("anna", MYNDIGHETSENHET, Roll.MOTTAGNING);
    /** Works at the mottagning. */
    static final Actor MIA = Actor.of("mia", MOTTAGNINGSENHET, Roll.MOTTAGNING);
    /** Has the mottagning role but on another unit. */
    static final Actor MIA_PA_ANNAN_ENHET = Actor.of("mia", "MOTT-2", Roll.MOTTAGNING);
    /** A social secretary placed on the mottagning's unit (the right unit, the wrong role). */
    static final Actor SIV_PA_MOTTAGNINGEN = Actor.of("siv", MOTTAGNINGSENHET, Roll.SOCIALSEKRETERARE);
    /** Works at Socialjouren. */
    static final Actor JONAS = Actor.of("jonas", JOURENHET, Roll.SOCIALJOUR);
    /** Has the socialjour role but on another unit. */
    static final Actor JONAS_PA_ANNAN_ENHET = Actor.of("jonas", "JOUR-2", Roll.SOCIALJOUR);
    /** The mottagning role on Socialjouren's unit (the right unit, the wrong role). */
    static final Actor MIA_PA_JOUREN = Actor.of("mia", JOURENHET, Roll.MOTTAGNING);
    /** A performer who meets Alva and passes on the concern: the reporter. */
    static final Actor ULLA = Aktorer.ULLA;
    /** The deadline sweep of the service. */
    static final Actor FRISTKONTROLLEN = Actor.of("concern-service", "BARNUNGA", Roll.SYSTEM);

    // ---- The child -------------------------------------------------------------------------------------------------

    private static final Personnummer ALVAS_PERSONNUMMER = Personnummer.parse("20150412-2381", LocalDate.of(2026, 1, 1));

    /** Alva, born 2015-04-12: ten years old in March 2026. */
    static final Barnuppgift BARN = new Barnuppgift(ALVAS_PERSONNUMMER.normalized(), null, ALVAS_PERSONNUMMER.birthDate(),
            ALVAS_PERSONNUMMER.sex(), "pseudonym-alva");

    /** A child without personnummer, reported by name and birth date. */
    static Barnuppgift barnFodd(LocalDate fodd) {
        return new Barnuppgift(null, "Kim Ekström", fodd, null, null);
    }

    // ---- Content of a report ---------------------------------------------------------------------------------------

    static final String BESKRIVNING = "Alva berättar att hon ofta är ensam hemma på kvällarna och inte får mat.";
    static final Informering INFORMERADE = Informering.vardnadshavarna(true, null, null);
    /** The contact details the reporter gives (only name and phone are taken from the command). */
    static final Uppgiftslamnare KONTAKT = new Uppgiftslamnare(null, null, null, "Ulla Lind", "070-111 22 33");
    static final AnsvarigSocialsekreterare ANSVARIG = new AnsvarigSocialsekreterare("anna", MYNDIGHETSENHET, UPPDRAG_ID);

    /**
     * A mutable builder of one report ({@link LamnaOro}) and of the {@link OroLamnad} it gives. By default: the standard
     * concern – Ulla reports in writing about Alva at {@link #INKOM}, not acute, the guardians were told, Anna is
     * responsible and at work.
     */
    static final class Anmalan {
        String oroId = ID;
        String anmalanId = ANMALAN_ID;
        List<String> lankadeOroIds = List.of();
        Barnuppgift barn = BARN;
        String uppdragId = UPPDRAG_ID;
        Relation relation = Relation.ARENDETS_BARN;
        boolean akut = false;
        Form form = Form.SKRIFTLIG;
        boolean omValdEllerOvergrepp = false;
        List<Overgreppstyp> misstanktOvergrepp = List.of();
        Informering informering = INFORMERADE;
        boolean arbetsledareKonsulterad = true;
        String beskrivning = BESKRIVNING;
        Uppgiftslamnare kontakt = KONTAKT;
        AnsvarigSocialsekreterare ansvarig = ANSVARIG;
        boolean ansvarigFranvarande = false;
        Ororegler regler = REGLER;
        Actor actor = ULLA;
        /** The claim of the role the reporter acts in. */
        String lamnarRoll = Roll.UTFORARE.claim();
        Instant inkom = INKOM;

        LamnaOro kommando() {
            return new LamnaOro(oroId, anmalanId, lankadeOroIds, barn, uppdragId, relation, akut, form, omValdEllerOvergrepp,
                    misstanktOvergrepp, informering, arbetsledareKonsulterad, beskrivning, kontakt, ansvarig, ansvarigFranvarande, regler, actor,
                    inkom);
        }

        /** The event, with everything the aggregate derives given explicitly. */
        OroLamnad lamnad(Mottagare till, Dirigeringsgrund grund, Instant kvitteraSenast, Frister frister) {
            return new OroLamnad(oroId, anmalanId, lankadeOroIds, barn, uppdragId, relation, akut, form,
                    omValdEllerOvergrepp, misstanktOvergrepp, informering, arbetsledareKonsulterad, beskrivning,
                    new Uppgiftslamnare(actor.userId(), lamnarRoll, actor.enhet(), kontakt.namn(), kontakt.telefon()),
                    inkom, till, grund, kvitteraSenast, frister);
        }
    }

    // ---- Events ----------------------------------------------------------------------------------------------------

    /** The standard concern: written, not acute, at Anna's. */
    static OroLamnad lamnadTillAnna() {
        return new Anmalan().lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST, FRISTER_SKRIFTLIG);
    }

    /** The standard concern, but acute (during office hours, so at Anna's; acknowledge within 30 minutes). */
    static OroLamnad akutTillAnna() {
        Anmalan a = new Anmalan();
        a.akut = true;
        return a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST_AKUT, FRISTER_SKRIFTLIG);
    }

    /** The standard concern, but passed on orally: it must be confirmed in writing by the end of Wednesday. */
    static OroLamnad muntligtTillAnna() {
        Anmalan a = new Anmalan();
        a.form = Form.MUNTLIG;
        return a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST, FRISTER_MUNTLIG);
    }

    /** A concern about a child without an ongoing case: at the mottagning. */
    static OroLamnad lamnadTillMottagningen() {
        Anmalan a = new Anmalan();
        a.uppdragId = null;
        a.relation = null;
        a.ansvarig = null;
        return a.lamnad(TILL_MOTTAGNINGEN, Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST, FRISTER_SKRIFTLIG);
    }

    /** An acute concern about a child without an ongoing case, during office hours: at the mottagning. */
    static OroLamnad akutTillMottagningen() {
        Anmalan a = new Anmalan();
        a.akut = true;
        a.uppdragId = null;
        a.relation = null;
        a.ansvarig = null;
        return a.lamnad(TILL_MOTTAGNINGEN, Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST_AKUT,
                FRISTER_SKRIFTLIG);
    }

    /** An acute concern at 18:00 on Tuesday: at Socialjouren, to be acknowledged by 18:30. */
    static OroLamnad akutTillJouren() {
        Anmalan a = new Anmalan();
        a.akut = true;
        a.inkom = JOUR_INKOM;
        return a.lamnad(TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, JOUR_INKOM.plus(Duration.ofMinutes(30)),
                FRISTER_SKRIFTLIG);
    }

    static OroMottagen mottagen(Mottagare mottagare, Actor av, Instant tidpunkt) {
        return new OroMottagen(ID, mottagare, av.userId(), tidpunkt);
    }

    /** Anna acknowledged the standard concern at 10:15. */
    static OroMottagen mottagenAvAnna() {
        return mottagen(TILL_ANNA, ANNA, kl("2026-03-10T10:15"));
    }

    static OroVidarebefordrad vidarebefordrad(Mottagare fran, Mottagare till, String skal, Instant tidpunkt,
                                              Instant kvitteraSenast) {
        return new OroVidarebefordrad(ID, fran, till, Vidarebefordringsorsak.VIDAREBEFORDRAN, skal, tidpunkt, kvitteraSenast);
    }

    static OroVidarebefordrad eskalerad(Mottagare fran, Instant nu, Instant kvitteraSenast) {
        return new OroVidarebefordrad(ID, fran, TILL_MOTTAGNINGEN, Vidarebefordringsorsak.ESKALERING, null, nu, kvitteraSenast);
    }

    static final String UNDERLAG = "Samtal med Alva och med skolans kurator; ingen akut fara i kväll.";

    static Skyddsbedomning bedomning(Instant bedomd) {
        return new Skyddsbedomning(Boolean.FALSE, UNDERLAG, bedomd, "Anna Berg", "Socialsekreterare");
    }

    static SkyddsbedomningGjord skyddsbedomd(Instant bedomd, boolean sammaDag, Instant registrerad) {
        return new SkyddsbedomningGjord(ID, bedomning(bedomd), sammaDag, registrerad);
    }

    /** Anna made the protection assessment at 11:00 on the day of arrival (after acknowledging). */
    static SkyddsbedomningGjord skyddsbedomdAvAnna() {
        return skyddsbedomd(kl("2026-03-10T11:00"), true, kl("2026-03-10T11:00"));
    }

    static OroBekraftadSkriftligt bekraftad(Instant tidpunkt, boolean inomFrist) {
        return new OroBekraftadSkriftligt(ID, BEKRAFTELSE, tidpunkt, inomFrist);
    }

    static final String BEKRAFTELSE = "Jag bekräftar den oro jag ringde in i går om Alva.";

    /** A deviation about no request field (a missed deadline). */
    static AvvikelseRegistrerad avvikelse(Avvikelsetyp typ, String enhet, Instant registrerad) {
        return new AvvikelseRegistrerad(ID, Oro.avvikelseId(ID, typ), typ, enhet, registrerad, null);
    }

    /** A deviation at submission about a request field ("the guardians" as one flag, or the missing reason). */
    static AvvikelseRegistrerad avvikelse(Avvikelsetyp typ, String enhet, Instant registrerad, String falt) {
        return new AvvikelseRegistrerad(ID, Oro.avvikelseId(ID, typ), typ, enhet, registrerad, falt);
    }

    /** A deviation at submission about the family member at {@code index} of the report's {@code familjemedlemmar}. */
    static AvvikelseRegistrerad avvikelseFor(Avvikelsetyp typ, int index, String enhet, Instant registrerad) {
        return new AvvikelseRegistrerad(ID, Oro.avvikelseId(ID, typ, index), typ, enhet, registrerad,
                "familjemedlemmar[" + index + "].informerad");
    }

    static final String SKAL = "Familjen har en pågående utredning som oron tillförs.";
    static final String SYNNERLIGA_SKAL = "Den enda tolken för familjens språk var sjuk i två veckor.";

    static ForhandsbedomningAvslutad avslutad(Instant tidpunkt, int dagar) {
        return new ForhandsbedomningAvslutad(ID, Forhandsbeslut.TILLFORS_PAGAENDE_UTREDNING, SKAL, null, tidpunkt, dagar, true, true, null);
    }

    /** The standard concern, acknowledged by Anna and protection-assessed the same day. */
    static List<Object> skyddsbedomdHosAnna() {
        return handelser(lamnadTillAnna(), mottagenAvAnna(), skyddsbedomdAvAnna());
    }

    /** The standard concern, closed by Anna on Friday 2026-03-13 (day 3). */
    static List<Object> avslutadHosAnna() {
        return handelser(skyddsbedomdHosAnna(), avslutad(kl("2026-03-13T14:00"), 3));
    }
}
