package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;
import static se.barnunga.platform.domain.Guards.state;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import se.barnunga.assignment.domain.Handelser.SamtyckeAterkallat;
import se.barnunga.assignment.domain.Handelser.SamtyckeRegistrerat;
import se.barnunga.assignment.domain.Kommandon.AterkallaSamtycke;
import se.barnunga.assignment.domain.Kommandon.RegistreraSamtycke;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;

/**
 * The consents of an assignment (11 kap. 1 § SoL is voluntary): each guardian's consent or refusal, the child's
 * consent, and the withdrawals since the last decision. An immutable value the {@link Uppdrag} holds and replaces from
 * its event sourcing handlers ({@link #efter(SamtyckeRegistrerat)}, {@link #efter(SamtyckeAterkallat)},
 * {@link #efterOmprovning()}); its rules are the ones that read these facts.
 *
 * @param vardnadshavare     the date each guardian (by personnummer) consented
 * @param vagran             the guardians who refused
 * @param barnet             the date the child (or the young person) consented, or {@code null}
 * @param aterkallatDatum    the date of the latest withdrawal not yet followed by a re-decision, or {@code null}
 * @param aterkallandeParter the parties (a guardian's personnummer, or "BARNET") who withdrew since the last decision
 */
record Samtycken(Map<String, LocalDate> vardnadshavare, Set<String> vagran, LocalDate barnet, LocalDate aterkallatDatum,
                 Set<String> aterkallandeParter) {

    /** Before any consent. */
    static final Samtycken INGA = new Samtycken(Map.of(), Set.of(), null, null, Set.of());

    /** A withdrawn consent is not yet followed by a re-decision: the intervention cannot go on. */
    boolean arAterkallat() {
        return aterkallatDatum != null;
    }

    // ---- Rules ----------------------------------------------------------------------------------------------------

    /** A consent or refusal to register: whose, dated on or after a withdrawal, and not in the future. */
    void registrering(RegistreraSamtycke c) {
        rule(c.part() != null, "part", "PART_KRAVS", "Ange om samtycket gäller en vårdnadshavare eller barnet.");
        rule(aterkallatDatum == null || c.datum() == null || !c.datum().isBefore(aterkallatDatum), "datum",
                "SAMTYCKE_FORE_ATERKALLANDET",
                "Ett nytt samtycke efter återkallandet är daterat samma dag eller senare (" + aterkallatDatum + ").");
        rule(c.part() != Samtyckespart.VARDNADSHAVARE || angiven(c.vardnadshavare()), "vardnadshavare",
                "VARDNADSHAVARE_KRAVS", "Ange vilken vårdnadshavare som samtycker.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
    }

    /**
     * A withdrawal of the consent the decision rested on: by a guardian whose consent was registered (the child under
     * 18), by the child of 15 or over, or by the young person of 18 or over; after the decision, and once per party.
     * Returns who withdrew it, as published.
     */
    Aterkallare aterkallande(AterkallaSamtycke c, Barn barn, LocalDate beslutsdatum) {
        rule(c.part() != null, "part", "PART_KRAVS",
                "Ange om det är en vårdnadshavare, barnet eller den unge som återkallat samtycket.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        rule(!c.datum().isBefore(beslutsdatum), "datum", "ATERKALLAT_FORE_BESLUT",
                "Ett samtycke återkallas efter beslutet (" + beslutsdatum + "); före beslutet registreras en vägran.");
        int alder = barn.alderPa(c.datum());
        String part;
        Aterkallare av;
        if (c.part() == Samtyckespart.VARDNADSHAVARE) {
            rule(alder < 18, "part", "VARDNADSHAVARE_EJ_PART", "Den unge har fyllt 18 år; samtycket är hens eget.");
            rule(angiven(c.vardnadshavare()), "vardnadshavare", "VARDNADSHAVARE_KRAVS",
                    "Ange vilken vårdnadshavare som återkallat samtycket.");
            part = c.vardnadshavare().personnummer();
            rule(vardnadshavare.containsKey(part) || aterkallandeParter.contains(part), "vardnadshavare",
                    "SAMTYCKE_SAKNAS_FOR_PARTEN", "Vårdnadshavaren har inget registrerat samtycke i ärendet att återkalla.");
            av = Aterkallare.VARDNADSHAVARE;
        } else {
            rule(alder >= 15, "part", "BARNET_UNDER_15",
                    "Barnet har inte fyllt 15 år; det är vårdnadshavarnas samtycke insatsen vilar på.");
            part = Samtyckespart.BARNET.name();
            av = alder >= 18 ? Aterkallare.DEN_UNGE : Aterkallare.BARNET;
        }
        state(!aterkallandeParter.contains(part), "SAMTYCKE_REDAN_ATERKALLAT",
                "Partens samtycke är redan registrerat som återkallat.");
        return av;
    }

    /**
     * Every guardian (under 18) and the child from 15 (the young person from 18) consented on or before the decision
     * date – and, when {@code tidigast} is given (a re-decision after a withdrawal), on or after that date.
     *
     * @param alder the child's age on the decision date
     */
    void kravAlla(int alder, LocalDate beslutsdatum, LocalDate tidigast) {
        Predicate<LocalDate> giltig = d -> d != null && !d.isAfter(beslutsdatum) && (tidigast == null || !d.isBefore(tidigast));
        if (alder < 18) {
            boolean allaSamtycker = !vardnadshavare.isEmpty() && vardnadshavare.values().stream().allMatch(giltig)
                    && vagran.isEmpty();
            rule(allaSamtycker, "samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS", tidigast != null
                    ? "Varje vårdnadshavare ska ha samtyckt på nytt efter återkallandet (" + tidigast + ")."
                    : "Varje vårdnadshavare ska ha samtyckt före beslutet; utan samtycke kan nämnden besluta enligt 11 § LVU.");
        }
        rule(alder < 15 || giltig.test(barnet), "samtycke", "SAMTYCKE_BARNET_SAKNAS", alder >= 18
                ? "Den unge ska själv ha samtyckt före beslutet."
                : "Barnet har fyllt 15 år på beslutsdagen och ska själv ha samtyckt före beslutet.");
    }

    private static boolean angiven(Vardnadshavare v) {
        return v != null && !blank(v.personnummer()) && !blank(v.namn());
    }

    // ---- Transitions ----------------------------------------------------------------------------------------------

    /** After a consent or a refusal. */
    Samtycken efter(SamtyckeRegistrerat e) {
        if (e.part() == Samtyckespart.BARNET) {
            return new Samtycken(vardnadshavare, vagran, e.samtycker() ? e.datum() : null, aterkallatDatum,
                    aterkallandeParter);
        }
        String id = e.vardnadshavare().personnummer();
        Map<String, LocalDate> samtyckt = new LinkedHashMap<>(vardnadshavare);
        Set<String> vagrat = new HashSet<>(vagran);
        if (e.samtycker()) {
            samtyckt.put(id, e.datum());
            vagrat.remove(id);
        } else {
            samtyckt.remove(id);
            vagrat.add(id);
        }
        return new Samtycken(Collections.unmodifiableMap(samtyckt), Collections.unmodifiableSet(vagrat), barnet,
                aterkallatDatum, aterkallandeParter);
    }

    /** After a withdrawal: the party's consent is gone, and the latest withdrawal's date is kept. */
    Samtycken efter(SamtyckeAterkallat e) {
        Map<String, LocalDate> samtyckt = new LinkedHashMap<>(vardnadshavare);
        Set<String> parter = new HashSet<>(aterkallandeParter);
        LocalDate barnets = barnet;
        if (e.part() == Samtyckespart.BARNET) {
            barnets = null;
            parter.add(Samtyckespart.BARNET.name());
        } else {
            samtyckt.remove(e.vardnadshavare().personnummer());
            parter.add(e.vardnadshavare().personnummer());
        }
        LocalDate senast = aterkallatDatum == null || e.datum().isAfter(aterkallatDatum) ? e.datum() : aterkallatDatum;
        return new Samtycken(Collections.unmodifiableMap(samtyckt), vagran, barnets, senast,
                Collections.unmodifiableSet(parter));
    }

    /** After the re-decision: no withdrawal stands any more. */
    Samtycken efterOmprovning() {
        return new Samtycken(vardnadshavare, vagran, barnet, null, Set.of());
    }
}
