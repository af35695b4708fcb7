package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Kommandon.AterkallaBeslut;
import se.barnunga.assignment.domain.Kommandon.BeslutaUtredningsuppdrag;
import se.barnunga.assignment.domain.Kommandon.FattaBeslut;
import se.barnunga.assignment.domain.Kommandon.OmprovaBeslut;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.platform.domain.BusinessDates;
import se.barnunga.platform.domain.Guards;

/**
 * The rules on the content of a decision (SOSFS 2014:5 4 kap. 13–17 §§ and the routine's preconditions): the legal
 * basis for the date and the age, the goals, the period, the documentation, the grounds of a decision under 11 § LVU,
 * the re-decision after a withdrawn consent, the investigation assignment and the revocation. Pure functions of a
 * command and the few facts of the case they need; each fails with a {@link se.barnunga.platform.domain.RuleViolation}
 * naming the field, the first broken rule first. Whether the consents are in place is the case's state
 * ({@link Samtycken#kravAlla}), checked after these.
 */
final class Beslutsregler {

    private Beslutsregler() {
    }

    /** A decision on intervention: everything but the consents. */
    static void beslut(FattaBeslut c, Uppdragstyp typ, Barn barn, Utredning utredning) {
        LocalDate datum = c.beslutsdatum();
        inteIFramtiden("beslutsdatum", datum, c.tidpunkt());
        rule(c.lagrum() != null, "lagrum", "LAGRUM_KRAVS", "Ange beslutets lagrum.");
        lagrumGaller(c.lagrum(), datum, barn);
        mal(c.mal());
        period(c.period(), typ, datum, utredning);
        dokumentation(c.dokumentation(), c.lagrum(), typ);
        if (c.lagrum().kraverSamtycke()) {
            endastLvu11(c.lvuVard(), c.namndbeslut());
        } else {
            lvuGrund(c.lvuVard(), c.namndbeslut(), datum);
        }
    }

    /**
     * The legal basis holds for the decision date and for the person's age on it. The routine's scope: "barn under 18
     * år" and "unga över 18 år men under 21 år med stöd av 11 kap. 1 § SoL eller 13 kap. 7 §" – nobody of 21 or over,
     * and the young adults' basis only from the 18th birthday.
     */
    static void lagrumGaller(Lagrum lagrum, LocalDate datum, Barn barn) {
        rule(lagrum.gallerFor(datum), "lagrum", "LAGRUM_GALLER_INTE_DATUMET", lagrum.varforInteDatumet());
        int alder = barn.alderPa(datum);
        rule(alder < Lagrum.RUTINEN_UPPHOR_VID_ALDER, "beslutsdatum", "UTANFOR_RUTINENS_MALGRUPP",
                "Rutinen gäller barn och unga under 21 år; den unge har fyllt 21 år på beslutsdagen.");
        rule(lagrum.gallerForAlder(alder), "lagrum", "LAGRUM_GALLER_INTE_ALDERN",
                "13 kap. 7 § SoL (3 kap. 6 b § i den äldre lagen) gäller unga som fyllt 18 men inte 21 år på beslutsdagen.");
    }

    /** At least one goal; each complete, once, and each further BBIC area once and apart from the goal's main area. */
    static void mal(List<Mal> mal) {
        rule(mal != null && !mal.isEmpty(), "mal", "MAL_KRAVS", "Beslutet har minst ett mål, kopplat till ett BBIC-behovsområde.");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < mal.size(); i++) {
            Mal m = mal.get(i);
            rule(m != null && !blank(m.malId()) && !blank(m.beskrivning()) && !blank(m.bbicOmrade()), "mal[" + i + "]",
                    "MAL_OFULLSTANDIGT", "Varje mål har en formulering och ett BBIC-behovsområde.");
            rule(ids.add(m.malId()), "mal[" + i + "].malId", "MAL_DUBBLETT", "Målet finns redan i beslutet.");
            Set<String> omraden = new HashSet<>(Set.of(m.bbicOmrade()));
            for (int j = 0; j < m.ytterligareBbicOmraden().size(); j++) {
                String omrade = m.ytterligareBbicOmraden().get(j);
                rule(!blank(omrade) && omraden.add(omrade), "mal[" + i + "].ytterligareBbicOmraden[" + j + "]",
                        "BBIC_OMRADE_DUBBLETT",
                        "Varje ytterligare behovsområde anges en gång och skiljer sig från målets huvudområde.");
            }
        }
    }

    /**
     * The decision period: reasonable dates, from the decision date on; for an intervention during an investigation
     * time-limited, decided and lying within the investigation's time.
     */
    static void period(Period period, Uppdragstyp typ, LocalDate datum, Utredning utredning) {
        if (period != null) {
            BusinessDates.plausible("period.from", period.from());
            BusinessDates.plausible("period.tom", period.tom());
        }
        if (typ == Uppdragstyp.INSATS_UNDER_UTREDNING) {
            rule(period != null && period.from() != null && period.tom() != null, "period", "TIDSBEGRANSNING_KRAVS",
                    "En insats under pågående utredning beviljas tidsbegränsat: ange beslutsperiodens början och slut.");
            String utredningstid = utredning.start() + "–" + utredning.planeratSlut();
            rule(utredning.omfattar(datum), "beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN",
                    "Insatsen ska beviljas inom utredningens tidsram (" + utredningstid + ").");
            rule(period.inom(utredning.start(), utredning.planeratSlut()), "period", "PERIOD_UTANFOR_UTREDNINGSTIDEN",
                    "Beslutsperioden ska ligga inom utredningstiden (" + utredningstid + ").");
        }
        if (period != null) {
            rule(period.from() != null, "period.from", "PERIOD_OGILTIG", "Ange beslutsperiodens början.");
            rule(period.tom() == null || !period.tom().isBefore(period.from()), "period.tom", "PERIOD_OGILTIG",
                    "Beslutsperiodens slut ligger före dess början.");
            rule(!period.from().isBefore(datum), "period.from", "PERIOD_FORE_BESLUT",
                    "Beslutsperioden kan inte börja före beslutsdatum.");
        }
    }

    /**
     * The decision documentation of SOSFS 2014:5 4 kap. 13–14 § and the routine's preconditions. What the routine and
     * the regulation say "ska" is required: reasons, the decision-maker (except under 11 § LVU, where the committee's
     * decision names it), the decision basis, the purpose; under a consent-based basis what the application concerned
     * and that the goals are agreed with the family; for a granted intervention after the investigation that the
     * assessment of need was communicated.
     */
    static void dokumentation(Beslutsdokumentation d, Lagrum lagrum, Uppdragstyp typ) {
        rule(d != null && !blank(d.skal()), "skal", "SKAL_KRAVS", "Ange skälen för beslutet (SOSFS 2014:5 4 kap. 13 §).");
        if (lagrum.kraverSamtycke() || d.beslutsfattare() != null) {
            beslutsfattare("beslutsfattare", d.beslutsfattare());
        }
        rule(!lagrum.kraverSamtycke() || !blank(d.ansokanAvser()), "ansokanAvser", "ANSOKAN_KRAVS",
                "Ange vad den enskildes ansökan eller begäran avser (SOSFS 2014:5 4 kap. 14 §).");
        if (d.delvisAvslag() != null) {
            rule(!blank(d.delvisAvslag().vad()), "delvisAvslag.vad", "DELVIS_AVSLAG_OFULLSTANDIGT", "Ange vad som avslogs.");
            rule(!blank(d.delvisAvslag().skal()), "delvisAvslag.skal", "DELVIS_AVSLAG_OFULLSTANDIGT",
                    "Ange skälen för avslaget.");
        }
        rule(!blank(d.beslutsunderlag()), "beslutsunderlag", "BESLUTSUNDERLAG_KRAVS",
                "Det ska alltid finnas ett beslutsunderlag till beslut om insats efter behovsprövning; ange det.");
        rule(!blank(d.syfte()), "syfte", "SYFTE_KRAVS", "Socialsekreteraren formulerar syfte och mål med insatsen.");
        rule(typ != Uppdragstyp.BEVILJAD_INSATS || Boolean.TRUE.equals(d.behovsbedomningKommunicerad()),
                "behovsbedomningKommunicerad", "BEHOVSBEDOMNING_EJ_KOMMUNICERAD",
                "Bedömningen av behov av insats ska ha kommunicerats med barnet och vårdnadshavaren innan utredningen avslutas.");
        rule(!lagrum.kraverSamtycke() || Boolean.TRUE.equals(d.malOverenskomnaMedFamiljen()), "malOverenskomnaMedFamiljen",
                "MAL_EJ_OVERENSKOMNA",
                "Socialsekreteraren, vårdnadshavare och barnet utifrån ålder och mognad, eller den unge, ska vara överens "
                        + "om vilka mål som ska uppnås för att insatsen ska kunna beviljas.");
    }

    /** Who made the decision: name and position or title (or the committee's organ) and level of delegation. */
    static void beslutsfattare(String falt, Beslutsfattare b) {
        String saknas = b == null ? falt : b.forstaSaknade(falt);
        rule(saknas == null, saknas, "BESLUTSFATTARE_KRAVS",
                "Ange vem som fattat beslutet: namn och befattning eller titel (eller nämndens organ) och delegationsnivå.");
    }

    /** The LVU care decision and the committee's decision belong to a decision under 11 § LVU only. */
    static void endastLvu11(LvuVard lvuVard, Namndbeslut namndbeslut) {
        rule(lvuVard == null && namndbeslut == null, lvuVard != null ? "lvuVard" : "namndbeslut", "GALLER_ENDAST_LVU_11",
                "Uppgifter om LVU-vård och nämndbeslut hör till ett beslut enligt 11 § LVU.");
    }

    /**
     * 11 § LVU is not a way round consent: "Om vårdnadshavarna, barnet, om hen fyllt 15 år, eller den unge däremot inte
     * samtycker till insatserna får nämnden ta ställning till om insatserna i stället kan ges med stöd av 11 § LVU" –
     * for a child cared for under LVU (the care decision recorded), by the committee or its delegate (the committee's
     * decision recorded, dated the decision date, not taken at the level of the handling social secretary).
     */
    static void lvuGrund(LvuVard lvuVard, Namndbeslut namndbeslut, LocalDate beslutsdatum) {
        rule(lvuVard != null, "lvuVard", "LVU_VARD_KRAVS",
                "Ett beslut enligt 11 § LVU gäller ett barn som vårdas enligt LVU; ange beslutet om vård (referens och datum).");
        rule(!blank(lvuVard.beslutsreferens()), "lvuVard.beslutsreferens", "LVU_VARD_KRAVS",
                "Ange referensen till beslutet om vård enligt LVU.");
        rule(lvuVard.beslutsdatum() != null, "lvuVard.beslutsdatum", "LVU_VARD_KRAVS",
                "Ange datum för beslutet om vård enligt LVU.");
        BusinessDates.plausible("lvuVard.beslutsdatum", lvuVard.beslutsdatum());
        rule(!lvuVard.beslutsdatum().isAfter(beslutsdatum), "lvuVard.beslutsdatum", "LVU_VARD_EFTER_BESLUT",
                "Beslutet om vård enligt LVU ska finnas när beslutet enligt 11 § LVU fattas.");
        rule(namndbeslut != null, "namndbeslut", "NAMNDBESLUT_KRAVS",
                "Nämnden tar ställning till insatser enligt 11 § LVU; ange nämndens beslut (referens, datum, beslutsfattare).");
        rule(!blank(namndbeslut.referens()), "namndbeslut.referens", "NAMNDBESLUT_KRAVS",
                "Ange referensen till nämndens beslut.");
        rule(namndbeslut.datum() != null, "namndbeslut.datum", "NAMNDBESLUT_KRAVS", "Ange datum för nämndens beslut.");
        rule(namndbeslut.datum().equals(beslutsdatum), "namndbeslut.datum", "NAMNDBESLUT_DATUM",
                "Beslutet enligt 11 § LVU är nämndens beslut: dess datum är beslutsdatum " + beslutsdatum + ".");
        beslutsfattare("namndbeslut.beslutsfattare", namndbeslut.beslutsfattare());
        rule(namndbeslut.beslutsfattare().delegationsniva().arNamndensDelegat(),
                "namndbeslut.beslutsfattare.delegationsniva", "NAMNDEN_BESLUTAR",
                "Ett beslut enligt 11 § LVU fattas av nämnden eller dess delegat enligt delegationsordningen, inte av handläggaren.");
    }

    /**
     * A re-decision after a withdrawal of consent: by the committee under 11 § LVU (the requirements of
     * {@link #lvuGrund}), or under a consent-based basis valid for the date and the age, with who made it and its
     * reasons (SOSFS 2014:5 4 kap. 13 §). Returns the basis after it; the consents given anew are the case's state.
     *
     * @param nuvarande      the basis in force
     * @param periodensSlut  the last day of the decision period, {@code null} when open
     * @param aterkallatDatum the date of the withdrawal
     */
    static Lagrum omprovning(OmprovaBeslut c, Barn barn, Lagrum nuvarande, LocalDate periodensSlut,
                             LocalDate aterkallatDatum) {
        rule(c.grund() != null, "grund", "GRUND_KRAVS",
                "Ange om beslutet omprövas genom nämndbeslut enligt 11 § LVU eller nytt samtycke.");
        LocalDate datum = c.beslutsdatum();
        inteIFramtiden("beslutsdatum", datum, c.tidpunkt());
        rule(!datum.isBefore(aterkallatDatum), "beslutsdatum", "OMPROVNING_FORE_ATERKALLANDET",
                "Omprövningen görs efter att samtycket återkallats (" + aterkallatDatum + ").");
        rule(periodensSlut == null || !datum.isAfter(periodensSlut), "beslutsdatum", "BESLUTSPERIODEN_HAR_GATT_UT",
                "Beslutsperioden slutade " + periodensSlut + "; avsluta insatsen och fatta vid behov ett nytt beslut.");
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange skälen för omprövningen (SOSFS 2014:5 4 kap. 13 §).");
        if (c.grund() == Omprovningsgrund.NAMNDBESLUT_LVU_11) {
            rule(c.lagrum() == null || c.lagrum() == Lagrum.LVU_11, "lagrum", "LAGRUM_MOTSAGER_GRUNDEN",
                    "Nämndens beslut gäller insatser enligt 11 § LVU.");
            lagrumGaller(Lagrum.LVU_11, datum, barn);
            if (c.beslutsfattare() != null) {
                beslutsfattare("beslutsfattare", c.beslutsfattare());
            }
            lvuGrund(c.lvuVard(), c.namndbeslut(), datum);
            return Lagrum.LVU_11;
        }
        Lagrum nytt = c.lagrum() == null ? nuvarande : c.lagrum();
        rule(nytt.kraverSamtycke(), "lagrum", "LAGRUM_MOTSAGER_GRUNDEN", "Vid nytt samtycke ges insatsen med stöd av SoL.");
        endastLvu11(c.lvuVard(), c.namndbeslut());
        lagrumGaller(nytt, datum, barn);
        beslutsfattare("beslutsfattare", c.beslutsfattare());
        return nytt;
    }

    /** A decision on an investigation assignment: within the investigation, with detailed questions, communicated. */
    static void utredningsuppdrag(BeslutaUtredningsuppdrag c, Utredning utredning) {
        inteIFramtiden("beslutsdatum", c.beslutsdatum(), c.tidpunkt());
        rule(utredning.omfattar(c.beslutsdatum()), "beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN",
                "Utredningsuppdraget beslutas inom utredningstiden (" + utredning.start() + "–" + utredning.planeratSlut() + ").");
        rule(c.fragor() != null && !c.fragor().isEmpty() && c.fragor().stream().noneMatch(Guards::blank), "fragor",
                "FRAGOR_KRAVS", "Utredningsuppdraget ska vara tydligt utformat med detaljerade frågor.");
        rule(c.kommuniceratMedFamiljen(), "kommuniceratMedFamiljen", "EJ_KOMMUNICERAT",
                "Utredningsuppdraget ska vara kommunicerat med vårdnadshavare och barnet om hen fyllt 15 år.");
    }

    /** A revocation (4 kap. 17 §): dated on or after the decision, not in the future, with reasons and who made it. */
    static void aterkallelse(AterkallaBeslut c, LocalDate beslutsdatum) {
        rule(c.datum() != null && !c.datum().isBefore(beslutsdatum), "datum", "ATERKALLAT_FORE_BESLUT",
                "Beslutet kan inte återkallas före beslutsdatum " + beslutsdatum + ".");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange skälet till att beslutet återkallas.");
        beslutsfattare("beslutsfattare", c.beslutsfattare());
    }
}
