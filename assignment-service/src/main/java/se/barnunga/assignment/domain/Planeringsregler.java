package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.datum;
import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Kommandon.AterupptaVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.AvbrytVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.DokumenteraVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.RegistreraFormote;
import se.barnunga.assignment.domain.Kommandon.RegistreraPlaneringsmote;
import se.barnunga.assignment.domain.Kommandon.RegistreraUppskov;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.platform.domain.BusinessDates;

/**
 * The rules on the content of the förmöte, the planning meeting (with "Checklista Planeringsmöte", bilaga 1) and the
 * start of the intervention – its date, interruptions, resumption and postponement. Pure functions of a command and
 * the few facts of the case they need; each fails with a {@link se.barnunga.platform.domain.RuleViolation} naming the
 * field, the first broken rule first.
 */
final class Planeringsregler {

    /** The routine: the start date should be at most 14 days after the decision. */
    static final int START_SENAST_DAGAR_EFTER_BESLUT = 14;
    /**
     * The routine: the first follow-up meeting "senast inom 6–8 veckor efter insatsens verkställighet" – an upper bound.
     * Any day after the planned start is allowed; later than 8 weeks (56 days) needs a stated reason.
     */
    static final int UPPFOLJNING_SENAST_DAGAR = 56;

    private Planeringsregler() {
    }

    /**
     * The professional pre-meeting: who took part, and the planning meeting's time and place, interpreter and support,
     * the child's participation and who leads it decided; the family called.
     *
     * @param behoverTolkEllerStod the written assignment names an interpreter or other communication support
     */
    static void formote(RegistreraFormote c, boolean behoverTolkEllerStod) {
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        rule(c.deltagare() != null && !c.deltagare().isEmpty(), "deltagare", "DELTAGARE_KRAVS", "Ange vilka som deltog.");
        rule(c.planeringsmoteDatum() != null, "planeringsmoteDatum", "PLANERINGSMOTE_DATUM_KRAVS",
                "Bestäm tid för planeringsmötet utifrån barnets och föräldrarnas behov och önskemål.");
        BusinessDates.plausible("planeringsmoteDatum", c.planeringsmoteDatum());
        rule(!c.planeringsmoteDatum().isBefore(c.datum()), "planeringsmoteDatum", "PLANERINGSMOTE_FORE_FORMOTET",
                "Planeringsmötet hålls på eller efter förmötet.");
        rule(!blank(c.planeringsmotePlats()), "planeringsmotePlats", "PLANERINGSMOTE_PLATS_KRAVS",
                "Bestäm plats för planeringsmötet utifrån barnets och föräldrarnas behov och önskemål.");
        rule(!behoverTolkEllerStod || !blank(c.tolkOchStod()), "tolkOchStod", "TOLK_OCH_STOD_KRAVS",
                "Uppdraget anger behov av tolk eller annat stöd: beskriv hur det tillgodoses under planeringsmötet.");
        rule(c.ledning() != null, "ledning", "LEDNING_KRAVS", "Bestäm hur ansvaret att leda planeringsmötet fördelas.");
        rule(!blank(c.barnetsDelaktighet()), "barnetsDelaktighet", "BARNETS_DELAKTIGHET_KRAVS",
                "Beskriv hur barnet ska delta, eller få information och bli delaktigt om det inte deltar.");
        rule(Boolean.TRUE.equals(c.familjenKallad()), "familjenKallad", "FAMILJEN_SKA_KALLAS",
                "Kalla de berörda familjemedlemmarna till planeringsmötet.");
    }

    /**
     * The planning meeting: held after the decision with the social secretary and the ansvarig utförare, the start date
     * (within 14 days of the decision unless a reason is given, within the decision period) and the first follow-up
     * (within 8 weeks of the start unless a reason is given) set, and the checklist's agreements documented.
     *
     * @param periodensSlut the last day of the decision period, {@code null} when open
     * @param mal           the decision's goals
     */
    static void planeringsmote(RegistreraPlaneringsmote c, LocalDate beslutsdatum, LocalDate periodensSlut, List<Mal> mal,
                               boolean behoverTolkEllerStod) {
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        rule(!c.datum().isBefore(beslutsdatum), "datum", "MOTE_FORE_BESLUT", "Planeringsmötet hålls efter beslutet om insats.");
        rule(c.deltagare() != null && !c.deltagare().isEmpty(), "deltagare", "DELTAGARE_KRAVS", "Ange vilka som deltog.");
        rule(c.deltagare().contains(Deltagare.SOCIALSEKRETERARE) && c.deltagare().contains(Deltagare.ANSVARIG_UTFORARE),
                "deltagare", "SOCIALSEKRETERARE_OCH_ANSVARIG_UTFORARE_DELTAR",
                "Socialsekreteraren (ansvarig för mötet och sammankallande) och ansvarig utförare är närvarande på planeringsmötet.");
        rule(c.barnetDeltog() || !blank(c.orsakBarnetDeltogEj()), "orsakBarnetDeltogEj", "ORSAK_KRAVS",
                "Om barnet inte deltar ska orsaken dokumenteras.");
        rule(c.sekretessInformerad(), "sekretessInformerad", "SEKRETESSINFORMATION_KRAVS",
                "Barnet och familjen ska informeras om hur sekretessen hanteras.");
        rule(c.malGenomgangna(), "malGenomgangna", "MAL_SKA_GAS_IGENOM", "Uppdragets syfte och mål gås igenom på planeringsmötet.");
        LocalDate start = c.planeratStartdatum();
        rule(start != null, "planeratStartdatum", "STARTDATUM_KRAVS", "Bestäm verkställighetsdatum.");
        BusinessDates.plausible("planeratStartdatum", start);
        BusinessDates.plausible("forstaUppfoljningsmote", c.forstaUppfoljningsmote());
        rule(!start.isBefore(c.datum()), "planeratStartdatum", "START_FORE_MOTET", "Insatsen startar på eller efter planeringsmötet.");
        LocalDate senastStart = beslutsdatum.plusDays(START_SENAST_DAGAR_EFTER_BESLUT);
        rule(!start.isAfter(senastStart) || !blank(c.skalForSenStart()), "skalForSenStart", "SEN_START_KRAVER_SKAL",
                "Startdatum senare än 14 dagar efter beslutet (" + senastStart + ") kräver ett angivet skäl.");
        rule(periodensSlut == null || !start.isAfter(periodensSlut), "planeratStartdatum", "START_EFTER_BESLUTSPERIOD",
                "Startdatum ligger efter beslutsperiodens slut.");
        LocalDate uppfoljning = c.forstaUppfoljningsmote();
        rule(uppfoljning != null, "forstaUppfoljningsmote", "UPPFOLJNING_KRAVS",
                "Boka in ett datum för det första uppföljningsmötet, senast inom 6–8 veckor efter verkställigheten.");
        rule(uppfoljning.isAfter(start), "forstaUppfoljningsmote", "UPPFOLJNING_FORE_START",
                "Uppföljningsmötet följer upp insatsen: det ligger efter startdatum " + start + ".");
        rule(!senUppfoljning(c) || !blank(c.skalForSenUppfoljning()), "skalForSenUppfoljning", "SEN_UPPFOLJNING_KRAVER_SKAL",
                "Första uppföljningsmötet bokas senast inom 6–8 veckor efter start (senast "
                        + start.plusDays(UPPFOLJNING_SENAST_DAGAR) + "); ett senare datum kräver ett angivet skäl.");
        overenskommelser(c.overenskommelser(), start, periodensSlut, mal, behoverTolkEllerStod);
    }

    /** The first follow-up meeting is booked later than 8 weeks after the start (its reason is kept). */
    static boolean senUppfoljning(RegistreraPlaneringsmote c) {
        return c.forstaUppfoljningsmote().isAfter(c.planeratStartdatum().plusDays(UPPFOLJNING_SENAST_DAGAR));
    }

    /** The agreements of "Checklista Planeringsmöte" (Bilaga 1): every item required, the first missing one named. */
    static void overenskommelser(Planeringsoverenskommelser o, LocalDate start, LocalDate periodensSlut, List<Mal> mal,
                                 boolean behoverTolkEllerStod) {
        rule(o != null, "overenskommelser", "OVERENSKOMMELSER_KRAVS",
                "Planeringsmötet dokumenterar punkterna i Checklista Planeringsmöte (bilaga 1).");
        String f = "overenskommelser.";
        rule(Boolean.TRUE.equals(o.syfteForklarat()), f + "syfteForklarat", "SYFTET_SKA_FORKLARAS",
                "Gå igenom varför vi är här och gör en tydlig sammanhangsmarkering.");
        rule(o.familjenDelarMalen() != null, f + "familjenDelarMalen", "FAMILJENS_SYN_PA_MALEN_KRAVS",
                "Stäm av med familjen om de delar synen på målen.");
        rule(o.familjenDelarMalen() || !blank(o.familjensSynPaMalen()), f + "familjensSynPaMalen",
                "FAMILJENS_SYN_PA_MALEN_KRAVS", "Familjen delar inte synen på målen: dokumentera deras syn.");
        rule(o.prioriteradeMal() != null && !o.prioriteradeMal().isEmpty(), f + "prioriteradeMal", "PRIORITERADE_MAL_KRAVS",
                "Ange vilka av målen som är prioriterade.");
        Set<String> prioriterade = new HashSet<>();
        for (int i = 0; i < o.prioriteradeMal().size(); i++) {
            String malId = o.prioriteradeMal().get(i);
            rule(malId != null && mal.stream().anyMatch(m -> m.malId().equals(malId)), f + "prioriteradeMal[" + i + "]",
                    "OKANT_MAL", "Målet finns inte i beslutet.");
            rule(prioriterade.add(malId), f + "prioriteradeMal[" + i + "]", "MAL_DUBBLETT", "Målet är redan angivet.");
        }
        LocalDate avslut = o.beraknatAvslut();
        rule(avslut != null, f + "beraknatAvslut", "BERAKNAT_AVSLUT_KRAVS",
                "Ange när insatsen beräknas avslutas och/eller omprövas.");
        BusinessDates.plausible(f + "beraknatAvslut", avslut);
        rule(!avslut.isBefore(start), f + "beraknatAvslut", "BERAKNAT_AVSLUT_FORE_START",
                "Insatsen avslutas tidigast på startdatum " + start + ".");
        rule(periodensSlut == null || !avslut.isAfter(periodensSlut), f + "beraknatAvslut", "BERAKNAT_AVSLUT_EFTER_BESLUTSPERIOD",
                "Beslutet gäller till " + periodensSlut + ": insatsen beräknas avslutas eller omprövas senast då.");
        rule(Boolean.TRUE.equals(o.familjenInformeradOmAvslut()), f + "familjenInformeradOmAvslut",
                "FAMILJEN_SKA_INFORMERAS_OM_AVSLUT",
                "Familjen informeras om när insatsen beräknas avslutas och/eller omprövas.");
        rule(!blank(o.omInsatsenInteFungerar()), f + "omInsatsenInteFungerar", "OVERENSKOMMELSE_KRAVS",
                "Diskutera och kom överens om vad som sker om insatsen inte fungerar.");
        rule(!blank(o.kontaktHur()), f + "kontaktHur", "KONTAKT_MED_SOCIALSEKRETERAREN_KRAVS",
                "Kom överens om på vilket sätt barnet och föräldrarna har kontakt med socialsekreteraren under insatsen.");
        rule(!blank(o.kontaktHurOfta()), f + "kontaktHurOfta", "KONTAKT_MED_SOCIALSEKRETERAREN_KRAVS",
                "Kom överens om hur ofta barnet och föräldrarna har kontakt med socialsekreteraren under insatsen.");
        rule(Boolean.TRUE.equals(o.utforarenhetenPresenterad()), f + "utforarenhetenPresenterad",
                "UTFORARENHETEN_SKA_PRESENTERAS",
                "Ansvarig utförare presenterar utförarenheten, att socialsekreteraren följer upp insatsen och att enheten arbetar utifrån givet uppdrag.");
        rule(Boolean.TRUE.equals(o.informationsskyldighetInformerad()), f + "informationsskyldighetInformerad",
                "INFORMATIONSSKYLDIGHET_SKA_INFORMERAS",
                "Familjen informeras om sekretessen men också om utförarens informationsskyldighet.");
        rule(Boolean.TRUE.equals(o.planprocessenBeskriven()), f + "planprocessenBeskriven", "PLANPROCESSEN_SKA_BESKRIVAS",
                "Ansvarig utförare beskriver hur upprättandet av genomförandeplanen brukar gå till.");
        rule(!blank(o.familjensMalResurserOchStyrkor()), f + "familjensMalResurserOchStyrkor", "FAMILJENS_BERATTELSE_KRAVS",
                "Familjen får berätta vad de vill uppnå med insatsen och om sina resurser och styrkor: dokumentera det.");
        rule(!behoverTolkEllerStod || Boolean.TRUE.equals(o.tolkOchStodTillgodosett()), f + "tolkOchStodTillgodosett",
                "TOLKBEHOV_EJ_TILLGODOSETT",
                "Uppdraget anger behov av tolk eller annat stöd: det ska vara tillgodosett för att familjen ska kunna vara delaktig.");
    }

    /** The date the intervention really started: given, not before the decision, not in the future, within the period. */
    static void verkstallighet(DokumenteraVerkstallighet c, LocalDate beslutsdatum, LocalDate periodensSlut) {
        LocalDate d = c.verkstallighetsdatum();
        rule(d != null, "verkstallighetsdatum", "DATUM_KRAVS", "Ange datum då insatsen verkligen startade.");
        rule(!d.isBefore(beslutsdatum), "verkstallighetsdatum", "START_FORE_BESLUT",
                "Insatsen kan inte starta före beslutsdatum " + beslutsdatum + ".");
        inteIFramtiden("verkstallighetsdatum", d, c.tidpunkt());
        rule(periodensSlut == null || !d.isAfter(periodensSlut), "verkstallighetsdatum", "START_EFTER_BESLUTSPERIOD",
                "Startdatum ligger efter beslutsperiodens slut.");
    }

    /** An interruption: its cause, dated on or after the start and not in the future. */
    static void avbrott(AvbrytVerkstallighet c, LocalDate verkstallighetsdatum) {
        rule(c.orsak() != null, "orsak", "ORSAK_KRAVS", "Ange orsaken till avbrottet.");
        LocalDate d = c.avbrottsdatum();
        rule(d != null && !d.isBefore(verkstallighetsdatum), "avbrottsdatum", "AVBROTT_FORE_START",
                "Avbrottet kan inte ligga före verkställighetsdatum " + verkstallighetsdatum + ".");
        inteIFramtiden("avbrottsdatum", d, c.tidpunkt());
    }

    /** A resumption: dated on or after the interruption and not in the future. */
    static void aterupptagande(AterupptaVerkstallighet c, LocalDate avbrottsdatum) {
        rule(c.datum() != null && !c.datum().isBefore(avbrottsdatum), "datum", "ATERUPPTAGEN_FORE_AVBROTT",
                "Insatsen kan inte återupptas före avbrottet " + avbrottsdatum + ".");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
    }

    /** The individual's request to postpone the start: who asked, a wished start date ahead, and the reasons. */
    static void uppskov(RegistreraUppskov c) {
        rule(c.begartAv() != null, "begartAv", "BEGARAN_KRAVS", "Ange vem som begärt uppskov.");
        BusinessDates.plausible("onskatStartdatum", c.onskatStartdatum());
        rule(c.onskatStartdatum() != null && !c.onskatStartdatum().isBefore(datum(c.tidpunkt())), "onskatStartdatum",
                "ONSKAT_DATUM_PASSERAT", "Det önskade startdatumet ska ligga i framtiden.");
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange den enskildes skäl (redovisas till IVO som skäl för dröjsmål).");
    }
}
