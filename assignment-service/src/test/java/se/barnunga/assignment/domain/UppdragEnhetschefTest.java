package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The unit manager stands in for the metodhandledare (routine, footnote 1: "Vanligtvis metodhandledare, annars
 * enhetschef, på utförarenheten"; definitions: "metodhandledare eller vid dennes frånvaro närmaste chef"): go-ahead,
 * decline, receipt, appointment, hindrance and closing an assignment without a performer – by an enhetschef of the same
 * performing unit, recorded in her role; an enhetschef of another unit is refused.
 */
class UppdragEnhetschefTest {

    /** The enhetschef of the enquired unit. */
    static final Actor ELIN = Actor.of("elin", UTFORARENHET, Roll.ENHETSCHEF);
    /** The enhetschef of another performing unit. */
    static final Actor ERIK = Actor.of("erik", ANNAN_UTFORARENHET, Roll.ENHETSCHEF);
    /** The enhetschef of the social secretary's unit. */
    static final Actor MYNDIGHETSCHEF = Actor.of("maria", MYNDIGHETSENHET, Roll.ENHETSCHEF);

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private void andraEnheterNekas(List<Object> fore, Object kommando) {
        for (Actor annan : List.of(ERIK, MYNDIGHETSCHEF, UNO)) {
            Object k = medAktor(kommando, annan);
            given(fore).when(k).expectException(notPermitted()).expectNoEvents();
        }
    }

    /** The same command issued by another actor. */
    private static Object medAktor(Object k, Actor a) {
        if (k instanceof LamnaKlartecken c) {
            return new LamnaKlartecken(c.uppdragId(), a, c.tidpunkt());
        } else if (k instanceof AvbojForfragan c) {
            return new AvbojForfragan(c.uppdragId(), c.skal(), a, c.tidpunkt());
        } else if (k instanceof BekraftaMottagande c) {
            return new BekraftaMottagande(c.uppdragId(), a, c.tidpunkt());
        } else if (k instanceof UtseAnsvarigUtforare c) {
            return new UtseAnsvarigUtforare(c.uppdragId(), c.ansvarigUtforare(), a, c.tidpunkt());
        } else if (k instanceof RapporteraHinder c) {
            return new RapporteraHinder(c.uppdragId(), c.hinder(), c.skal(), c.enhetschefInformerad(), c.erbjudetUnderTiden(), a,
                    c.tidpunkt());
        } else if (k instanceof AvslutaUppdrag c) {
            return new AvslutaUppdrag(c.uppdragId(), c.datum(), c.fysiskaHandlingar(), a, c.tidpunkt());
        }
        throw new IllegalArgumentException(k.toString());
    }

    @Test
    void the_enhetschef_gives_the_go_ahead_in_the_metodhandledares_stead() {
        given(tillForfragan(BEVILJAD_INSATS))
                .when(new LamnaKlartecken(ID, ELIN, NU))
                .expectEvents(new KlarteckenLamnat(ID, 1, UTFORARENHET, "elin", NU))
                .expectEventsMatching(allaUtfordaAv(ELIN, Roll.ENHETSCHEF));
        andraEnheterNekas(tillForfragan(BEVILJAD_INSATS), new LamnaKlartecken(ID, ELIN, NU));
    }

    @Test
    void the_enhetschef_declines_with_special_reasons() {
        AvbojForfragan avboj = new AvbojForfragan(ID, "Ingen ledig behandlare med rätt kompetens", ELIN, NU);
        given(tillForfragan(BEVILJAD_INSATS))
                .when(avboj)
                .expectEvents(new ForfraganAvbojd(ID, 1, UTFORARENHET, "Ingen ledig behandlare med rätt kompetens", NU))
                .expectEventsMatching(allaUtfordaAv(ELIN, Roll.ENHETSCHEF));
        given(tillForfragan(BEVILJAD_INSATS))
                .when(new AvbojForfragan(ID, " ", ELIN, NU))
                .expectException(violates("skal", "SARSKILDA_SKAL_KRAVS"))
                .expectNoEvents();
        andraEnheterNekas(tillForfragan(BEVILJAD_INSATS), avboj);
    }

    @Test
    void the_enhetschef_confirms_receipt() {
        given(tillSkickat(BEVILJAD_INSATS))
                .when(new BekraftaMottagande(ID, ELIN, NU))
                .expectEvents(new UppdragMottaget(ID, UTFORARENHET, "elin", NU))
                .expectEventsMatching(allaUtfordaAv(ELIN, Roll.ENHETSCHEF));
        andraEnheterNekas(tillSkickat(BEVILJAD_INSATS), new BekraftaMottagande(ID, ELIN, NU));
    }

    @Test
    void the_enhetschef_appoints_the_ansvarig_utforare() {
        given(tillMottaget(BEVILJAD_INSATS))
                .when(new UtseAnsvarigUtforare(ID, "ulla", ELIN, NU))
                .expectEvents(new AnsvarigUtforareUtsedd(ID, UTFORARENHET, "ulla", "elin", NU))
                .expectEventsMatching(allaUtfordaAv(ELIN, Roll.ENHETSCHEF));
        andraEnheterNekas(tillMottaget(BEVILJAD_INSATS), new UtseAnsvarigUtforare(ID, "ulla", ELIN, NU));
    }

    @Test
    void the_enhetschef_reports_a_hindrance_and_is_herself_informed() {
        RapporteraHinder hinder = new RapporteraHinder(ID, Hinder.KAN_INTE_VERKSTALLA_INOM_SKALIG_TID,
                "Ingen behandlare ledig förrän i höst", false, null, ELIN, NU);
        given(tillMottaget(BEVILJAD_INSATS))
                .when(hinder)
                .expectEvents(new VerkstallighetHindrad(ID, UTFORARENHET, Hinder.KAN_INTE_VERKSTALLA_INOM_SKALIG_TID,
                        "Ingen behandlare ledig förrän i höst", null, "elin", NU))
                .expectEventsMatching(allaUtfordaAv(ELIN, Roll.ENHETSCHEF));
        // the metodhandledare still informs the enhetschef
        given(tillMottaget(BEVILJAD_INSATS))
                .when(medAktor(hinder, MATS))
                .expectException(violates("enhetschefInformerad", "ENHETSCHEF_SKA_INFORMERAS"))
                .expectNoEvents();
        andraEnheterNekas(tillMottaget(BEVILJAD_INSATS), hinder);
    }

    @Test
    void without_an_appointed_performer_the_enhetschef_closes_the_assignment() {
        LocalDate datum = LocalDate.of(2026, 3, 6);
        AvslutaUppdrag avsluta = new AvslutaUppdrag(ID, datum, FysiskaHandlingar.INGA_FINNS, ELIN, NU);
        given(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null))
                .when(avsluta)
                .expectEvents(new UppdragAvslutat(ID, UTFORARENHET, datum, FysiskaHandlingar.INGA_FINNS, "elin", NU))
                .expectEventsMatching(allaUtfordaAv(ELIN, Roll.ENHETSCHEF));
        andraEnheterNekas(handelser(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null)), avsluta);
        // with an appointed performer only she closes it
        given(tillTilldelat(BEVILJAD_INSATS), insatsAvslutad(null))
                .when(avsluta)
                .expectException(notPermitted())
                .expectNoEvents();
    }

    @Test
    void a_metodhandledare_who_is_also_enhetschef_acts_as_metodhandledare() {
        Actor bada = Actor.of("mats", UTFORARENHET, Roll.METODHANDLEDARE, Roll.ENHETSCHEF);
        given(tillForfragan(BEVILJAD_INSATS))
                .when(new LamnaKlartecken(ID, bada, NU))
                .expectEventsMatching(allaUtfordaAv(bada, Roll.METODHANDLEDARE));
    }
}
