package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.conflicts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.deadline.domain.Handelser.ArendelageAndrat;
import se.barnunga.deadline.domain.Handelser.BevakningAvbruten;
import se.barnunga.deadline.domain.Handelser.BevakningPasserad;
import se.barnunga.deadline.domain.Handelser.BevakningStartad;
import se.barnunga.deadline.domain.Handelser.BevakningUppfylld;
import se.barnunga.deadline.domain.Handelser.FaktumRegistrerat;

/**
 * The watches are a function of the set of facts: the same facts in every order, and again, end with the same
 * watches. The aggregate's state is its own, so each run's published watch events are folded into what they say about
 * each watch at the end ({@link Utfall}), and the runs are compared; one order's result is also checked against what
 * the rules say. The facts arrive together (a consumer catching up, or topics read at different paces) and a final
 * check raises what is due, so that passing does not depend on the order either.
 */
class BevakningOrdningTest {

    /** What a run's events say about a watch at the end. */
    record Utfall(String status, LocalDate forfallodatum, LocalDate datum, Boolean inomFrist, String orsak) {

        static Utfall oppen(LocalDate forfallodatum) {
            return new Utfall("OPPEN", forfallodatum, null, null, null);
        }

        static Utfall passerad(LocalDate forfallodatum) {
            return new Utfall("PASSERAD", forfallodatum, null, null, null);
        }

        static Utfall uppfylld(LocalDate forfallodatum, LocalDate datum, boolean inomFrist) {
            return new Utfall("UPPFYLLD", forfallodatum, datum, inomFrist, null);
        }

        static Utfall avbruten(LocalDate forfallodatum, LocalDate datum, String orsak) {
            return new Utfall("AVBRUTEN", forfallodatum, datum, null, orsak);
        }
    }

    /**
     * Folds the events of a run into each watch's end state. A watch started on facts that were not yet complete and
     * then no longer applying is cancelled ({@code REGEL_GALLER_INTE}): at the end it is no watch, as in the orders that
     * never started it.
     */
    static Map<String, Utfall> folj(List<Object> handelser) {
        Map<String, Utfall> utfall = alla(handelser);
        utfall.values().removeIf(u -> "REGEL_GALLER_INTE".equals(u.orsak()));
        return utfall;
    }

    /** Every watch the events started, with its end state. */
    static Map<String, Utfall> alla(List<Object> handelser) {
        Map<String, Utfall> utfall = new TreeMap<>();
        for (Object h : handelser) {
            if (h instanceof BevakningStartad e) {
                Utfall fore = utfall.get(e.bevakningId());
                boolean passerad = fore != null && fore.status().equals("PASSERAD") && !e.forfaller().isAfter(e.tidpunkt());
                utfall.put(e.bevakningId(), passerad ? Utfall.passerad(e.forfallodatum()) : Utfall.oppen(e.forfallodatum()));
            } else if (h instanceof BevakningPasserad e) {
                utfall.put(e.bevakningId(), Utfall.passerad(e.forfallodatum()));
            } else if (h instanceof BevakningUppfylld e) {
                utfall.put(e.bevakningId(), Utfall.uppfylld(e.forfallodatum(), e.uppfylldDatum(), e.inomFrist()));
            } else if (h instanceof BevakningAvbruten e) {
                utfall.put(e.bevakningId(), Utfall.avbruten(utfall.get(e.bevakningId()).forfallodatum(), e.avbrutenDatum(),
                        e.orsak()));
            }
        }
        return utfall;
    }

    /** Every order of the facts. */
    static List<List<Faktum>> ordningar(List<Faktum> fakta) {
        if (fakta.size() <= 1) {
            return List.of(fakta);
        }
        List<List<Faktum>> alla = new ArrayList<>();
        for (int i = 0; i < fakta.size(); i++) {
            List<Faktum> ovriga = new ArrayList<>(fakta);
            Faktum forst = ovriga.remove(i);
            for (List<Faktum> resten : ordningar(ovriga)) {
                List<Faktum> ordning = new ArrayList<>();
                ordning.add(forst);
                ordning.addAll(resten);
                alla.add(ordning);
            }
        }
        return alla;
    }

    /**
     * Runs commands through Axon's own command handling and event sourcing, one aggregate per run (a fresh
     * {@code AggregateTestFixture} per order would take most of the time of these tests).
     */
    static final class Korningar {
        private final EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        private final CommandGateway kommandon;
        private int antal;

        Korningar() {
            EventSourcingRepository<Bevakningsarende> repository = EventSourcingRepository.builder(Bevakningsarende.class)
                    .eventStore(store).build();
            SimpleCommandBus bus = SimpleCommandBus.builder().build();
            AggregateAnnotationCommandHandler.<Bevakningsarende>builder().aggregateType(Bevakningsarende.class)
                    .repository(repository).build().subscribe(bus);
            kommandon = DefaultCommandGateway.builder().commandBus(bus).build();
        }

        /** One run: the facts in this order, all registered at {@code nu}, then a check at {@code slut}. */
        Map<String, Utfall> kor(Arendetyp typ, String arendeId, List<Faktum> ordning, Instant nu, Instant slut) {
            String korning = arendeId + "-" + (++antal);
            ordning.forEach(f -> kommandon.sendAndWait(new Kommandon.RegistreraFaktum(korning, typ, f, nu)));
            kommandon.sendAndWait(new Kommandon.KontrolleraBevakningar(korning, slut));
            Map<String, Utfall> utfall = new TreeMap<>();
            folj(payloads(store.readEvents(korning).asStream().toList()))
                    .forEach((id, u) -> utfall.put(id.replace(korning, arendeId), u));
            return utfall;
        }
    }

    private static Arendetyp typ(String arendeId) {
        return arendeId.equals(ORO_ID) ? Arendetyp.ORO : Arendetyp.UPPDRAG;
    }

    static Map<String, Utfall> kor(String arendeId, List<Faktum> ordning, Instant nu, Instant slut) {
        return new Korningar().kor(typ(arendeId), arendeId, ordning, nu, slut);
    }

    /** Runs every order and checks they agree; the result. */
    static Map<String, Utfall> iVarjeOrdning(String arendeId, List<Faktum> fakta, Instant nu, Instant slut) {
        Map<List<String>, Map<String, Utfall>> resultat = new LinkedHashMap<>();
        Korningar korningar = new Korningar();
        for (List<Faktum> ordning : ordningar(fakta)) {
            resultat.put(ordning.stream().map(Faktum::handelseId).toList(),
                    korningar.kor(typ(arendeId), arendeId, ordning, nu, slut));
        }
        Map<String, Utfall> forsta = resultat.values().iterator().next();
        resultat.forEach((ordning, utfall) -> assertThat(utfall).as("in the order " + ordning).isEqualTo(forsta));
        return forsta;
    }

    private static String id(String regelId) {
        return regelId + ":" + ID;
    }

    @Test
    void a_decision_and_its_start_in_either_order() {
        Faktum beslut = beviljad();
        Faktum start = verkstalld(dag("2027-01-15"));
        Map<String, Utfall> utfall = iVarjeOrdning(ID, List.of(beslut, start), kl("2027-01-20T09:00"), kl("2027-06-01T09:00"));
        assertThat(utfall).containsExactlyInAnyOrderEntriesOf(Map.of(
                id(Regelkatalog.VERKSTALLIGHET_START), Utfall.uppfylld(dag("2026-12-14"), dag("2027-01-15"), false),
                id(Regelkatalog.IVO_EJ_VERKSTALLT), Utfall.uppfylld(dag("2027-02-28"), dag("2027-01-15"), true),
                id(Regelkatalog.FORSTA_UPPFOLJNING), Utfall.passerad(dag("2027-03-12")),
                id(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD), Utfall.passerad(dag("2027-02-26"))));
    }

    @Test
    void the_follow_up_meetings_and_the_end_of_the_intervention_in_every_order() {
        // the meetings come on barnunga.uppfoljning.v1, the start and the end on barnunga.uppdrag.v1: read at their own pace
        List<Faktum> fakta = List.of(
                verkstalld(VERKSTALLT),
                uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA"),
                uppfoljning("M2", 2, dag("2027-03-10"), "AVSLUTA"),
                avslutningsmote("M3", dag("2027-03-31")),
                insatsAvslutad(dag("2027-04-02"), "MALEN_UPPFYLLDA"));
        Map<String, Utfall> utfall = iVarjeOrdning(ID, fakta, kl("2027-04-05T09:00"), kl("2027-04-05T09:05"));
        assertThat(utfall).containsExactlyInAnyOrderEntriesOf(Map.of(
                id(Regelkatalog.FORSTA_UPPFOLJNING), Utfall.uppfylld(dag("2027-02-01"), dag("2027-01-20"), true),
                id(Regelkatalog.NASTA_UPPFOLJNING) + ":M1", Utfall.uppfylld(dag("2027-03-17"), dag("2027-03-10"), true),
                id(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD), Utfall.avbruten(dag("2027-01-18"), dag("2027-04-02"), "INSATS_AVSLUTAD")));
    }

    @Test
    void continuing_meetings_and_a_late_one_in_every_order() {
        List<Faktum> fakta = List.of(
                verkstalld(VERKSTALLT),
                uppfoljning("M1", 1, dag("2027-02-03"), "JUSTERA"),
                uppfoljning("M2", 2, dag("2027-03-24"), "FORTSATTA"),
                insatsAvslutad(dag("2027-04-30"), "MALEN_UPPFYLLDA"));
        Map<String, Utfall> utfall = iVarjeOrdning(ID, fakta, kl("2027-05-03T09:00"), kl("2027-05-03T09:05"));
        assertThat(utfall).containsExactlyInAnyOrderEntriesOf(Map.of(
                id(Regelkatalog.FORSTA_UPPFOLJNING), Utfall.uppfylld(dag("2027-02-01"), dag("2027-02-03"), false),
                id(Regelkatalog.NASTA_UPPFOLJNING) + ":M1", Utfall.uppfylld(dag("2027-03-31"), dag("2027-03-24"), true),
                id(Regelkatalog.NASTA_UPPFOLJNING) + ":M2", Utfall.avbruten(dag("2027-05-19"), dag("2027-04-30"), "INSATS_AVSLUTAD"),
                id(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD), Utfall.avbruten(dag("2027-01-18"), dag("2027-04-30"), "INSATS_AVSLUTAD")));
    }

    @Test
    void an_interruption_and_its_resumption_in_every_order() {
        List<Faktum> fakta = List.of(beviljad(), verkstalld(VERKSTALLT), avbruten(dag("2027-05-10")),
                aterupptagen(dag("2027-05-10"), dag("2027-09-01")));
        Map<String, Utfall> utfall = iVarjeOrdning(ID, fakta, kl("2027-09-02T09:00"), kl("2027-09-02T09:05"));
        assertThat(utfall).containsEntry(id(Regelkatalog.IVO_AVBROTT) + ":2027-05-10",
                        Utfall.uppfylld(dag("2027-08-10"), dag("2027-09-01"), false))
                .containsEntry(id(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT) + ":2027-05-10", Utfall.oppen(dag("2027-12-31")))
                .containsEntry(id(Regelkatalog.IVO_EJ_VERKSTALLT), Utfall.uppfylld(dag("2027-02-28"), VERKSTALLT, true));
    }

    @Test
    void a_reported_interruption_and_the_end_of_the_intervention_in_every_order() {
        List<Faktum> fakta = List.of(beviljad(), verkstalld(VERKSTALLT), avbruten(dag("2027-05-10")),
                insatsAvslutad(dag("2027-09-15"), "ANNAT"));
        Map<String, Utfall> utfall = iVarjeOrdning(ID, fakta, kl("2027-09-16T09:00"), kl("2027-09-16T09:05"));
        assertThat(utfall).containsEntry(id(Regelkatalog.IVO_AVBROTT) + ":2027-05-10",
                        Utfall.avbruten(dag("2027-08-10"), dag("2027-09-15"), "INSATS_AVSLUTAD"))
                .containsEntry(id(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT) + ":2027-05-10", Utfall.oppen(dag("2027-12-31")))
                .doesNotContainKey(id(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT));
    }

    @Test
    void a_watch_started_on_incomplete_facts_is_cancelled_when_they_are_complete() {
        // read together after an outage, the start of the intervention comes last: until then the decision looked
        // closed without being carried out (to be reported once more), and the routine watches cancelled; the start in
        // time withdraws the passing alerts and the IVO requirement raised on the incomplete facts
        Instant nu = kl("2027-09-16T09:00");
        Faktum start = verkstalld(VERKSTALLT);
        Faktum avslutad = insatsAvslutad(dag("2027-09-15"), "ANNAT");
        Vantad vs = verkstallighetStart();
        Vantad ivo = ivoEjVerkstallt();
        fixture.givenCommands(registrera(beviljad(), nu), registrera(avbruten(dag("2027-05-10")), nu), registrera(avslutad, nu))
                .when(registrera(start, nu))
                .expectEventsMatching(bevakningshandelser(
                        vs.andrad(nu), vs.uppfylld(start, VERKSTALLT, true, nu),
                        vs.passeradAterkallad("UPPFYLLD_INOM_FRIST", VERKSTALLT, nu),
                        ivo.andrad(nu), ivo.uppfylld(start, VERKSTALLT, true, nu),
                        ivo.passeradAterkallad("UPPFYLLD_INOM_FRIST", VERKSTALLT, nu),
                        ivo.ivoAterkallad("2027-Q3", "UPPFYLLD_INOM_FRIST", nu),
                        forstaUppfoljning().startad(nu),
                        forstaUppfoljning().avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-09-15"), nu),
                        genomforandeplan().startad(nu),
                        genomforandeplan().avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-09-15"), nu),
                        uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", avslutad, dag("2027-09-15"),
                                dag("2027-12-31"), dag("2027-12-01")).avbruten(null, "REGEL_GALLER_INTE", dag("2027-09-16"), nu)));
    }

    @Test
    void a_late_start_and_the_ivo_report_in_every_order() {
        List<Faktum> fakta = List.of(beviljad(), verkstalld(dag("2027-04-12")), ivoRapport("2027-Q2", kl("2027-07-12T10:00")));
        Map<String, Utfall> utfall = iVarjeOrdning(ID, fakta, kl("2027-07-15T09:00"), kl("2027-10-15T09:00"));
        assertThat(utfall).containsExactlyInAnyOrderEntriesOf(Map.of(
                id(Regelkatalog.VERKSTALLIGHET_START), Utfall.uppfylld(dag("2026-12-14"), dag("2027-04-12"), false),
                id(Regelkatalog.IVO_EJ_VERKSTALLT), Utfall.uppfylld(dag("2027-02-28"), dag("2027-04-12"), false),
                id(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT), Utfall.uppfylld(dag("2027-09-30"), dag("2027-07-12"), true),
                id(Regelkatalog.FORSTA_UPPFOLJNING), Utfall.passerad(dag("2027-06-07")),
                id(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD), Utfall.passerad(dag("2027-05-24"))));
    }

    @Test
    void a_concern_s_facts_in_every_order() {
        List<Faktum> fakta = List.of(oroInlamnad("MUNTLIG"), skyddsbedomning(kl("2027-03-02T11:00")),
                bekraftad(kl("2027-03-04T09:00")), aterkoppling(kl("2027-03-08T13:00")),
                forhandsbedomning(kl("2027-03-12T15:00")));
        Map<String, Utfall> utfall = iVarjeOrdning(ORO_ID, fakta, kl("2027-03-20T09:00"), kl("2027-03-20T09:05"));
        assertThat(utfall).containsExactlyInAnyOrderEntriesOf(Map.of(
                Regelkatalog.SKYDDSBEDOMNING + ":" + ORO_ID, Utfall.uppfylld(dag("2027-03-02"), dag("2027-03-02"), true),
                Regelkatalog.SKRIFTLIG_BEKRAFTELSE + ":" + ORO_ID, Utfall.uppfylld(dag("2027-03-03"), dag("2027-03-04"), false),
                Regelkatalog.ATERKOPPLING + ":" + ORO_ID, Utfall.uppfylld(dag("2027-03-09"), dag("2027-03-08"), true),
                Regelkatalog.FORHANDSBEDOMNING + ":" + ORO_ID, Utfall.uppfylld(dag("2027-03-16"), dag("2027-03-12"), true)));
    }

    @Test
    void registered_as_they_happen_or_all_at_once_the_watches_end_the_same() {
        List<Faktum> fakta = List.of(beviljad(), verkstalld(dag("2027-04-12")), uppfoljning("M1", 1, dag("2027-05-26"), "FORTSATTA"),
                ivoRapport("2027-Q2", kl("2027-07-12T10:00")));
        FixtureConfiguration<Bevakningsarende> f = new AggregateTestFixture<>(Bevakningsarende.class);
        List<Object> kommandon = new ArrayList<>();
        // as they happen, with the sweep running every morning
        for (LocalDate d = BESLUTSDATUM; d.isBefore(dag("2027-10-16")); d = d.plusDays(1)) {
            LocalDate dagen = d;
            kommandon.add(kontrollera(kl(d, 6, 0)));
            fakta.stream().filter(x -> LocalDate.ofInstant(x.tidpunkt(), STOCKHOLM).equals(dagen)).forEach(x -> kommandon.add(registrera(x)));
        }
        kommandon.remove(0); // the case exists from the decision on
        f.givenCommands(kommandon);
        Map<String, Utfall> underTiden = folj(payloads(f.getEventStore().readEvents(ID).asStream().toList()));
        assertThat(underTiden).isEqualTo(kor(ID, fakta, kl("2027-10-15T06:00"), kl("2027-10-15T06:00")));
        assertThat(underTiden.get(id(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT)))
                .isEqualTo(Utfall.uppfylld(dag("2027-09-30"), dag("2027-07-12"), true));
    }

    // ---- Duplicates, the recorded facts ----------------------------------------------------------------------------

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    @Test
    void the_same_fact_again_gives_nothing() {
        fixture.givenCommands(registrera(beviljad()))
                .when(registrera(beviljad()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_same_fact_again_later_still_gives_nothing() {
        fixture.givenCommands(registrera(beviljad()), registrera(verkstalld(VERKSTALLT)))
                .when(registrera(beviljad(), kl("2027-03-01T09:00")))
                .expectNoEvents();
    }

    @Test
    void duplicates_in_every_order_end_with_the_same_watches() {
        Faktum beslut = beviljad();
        Faktum start = verkstalld(dag("2027-01-15"));
        Map<String, Utfall> utan = kor(ID, List.of(beslut, start), kl("2027-01-20T09:00"), kl("2027-06-01T09:00"));
        Map<String, Utfall> med = iVarjeOrdning(ID, List.of(beslut, start, beslut, start), kl("2027-01-20T09:00"),
                kl("2027-06-01T09:00"));
        assertThat(med).isEqualTo(utan);
    }

    @Test
    void a_fact_is_recorded_with_what_it_says_about_the_case_and_the_watches_it_starts() {
        Faktum oro = oroInlamnad("MUNTLIG");
        LocalDate inkom = dag("2027-03-02");
        Arendelage lage = new Arendelage(Map.of("barn.pseudonym", "pseudonym-alva", "barn.kon", "F", "barn.fodelsear", "2015",
                "myndighetsenhet", MOTTAGNINGSENHET, "form", "MUNTLIG", "akut", "false"), null, null, null, null, List.of(),
                List.of(), List.of(), null, INKOM, null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(registrera(oro))
                .expectEvents(new FaktumRegistrerat(ORO_ID, Arendetyp.ORO, oro),
                        new ArendelageAndrat(ORO_ID, Arendetyp.ORO, lage),
                        orobevakning(Regelkatalog.SKYDDSBEDOMNING, oro, inkom, inkom, null).startad(INKOM),
                        orobevakning(Regelkatalog.SKRIFTLIG_BEKRAFTELSE, oro, inkom, dag("2027-03-03"), null).startad(INKOM),
                        orobevakning(Regelkatalog.ATERKOPPLING, oro, inkom, dag("2027-03-09"), dag("2027-03-07")).startad(INKOM),
                        orobevakning(Regelkatalog.FORHANDSBEDOMNING, oro, inkom, dag("2027-03-16"), dag("2027-03-13")).startad(INKOM));
    }

    @Test
    void a_fact_that_changes_nothing_in_the_case_state_is_recorded_without_it() {
        fixture.givenCommands(registrera(beviljad()), registrera(verkstalld(dag("2027-04-12"))))
                .when(registrera(ivoRapport("2027-Q1", kl("2027-04-10T10:00")), kl("2027-04-13T10:00")))
                .expectEvents(new FaktumRegistrerat(ID, Arendetyp.UPPDRAG, ivoRapport("2027-Q1", kl("2027-04-10T10:00"))));
    }

    @Test
    void a_case_is_either_an_assignment_or_a_concern() {
        Faktum beslut = beviljad();
        fixture.givenCommands(registrera(beslut))
                .when(new Kommandon.RegistreraFaktum(ID, Arendetyp.ORO, oroInlamnad("MUNTLIG"), INKOM))
                .expectException(conflicts("FEL_ARENDETYP"))
                .expectNoEvents();
    }

    @Test
    void the_facts_as_the_consumer_builds_them() {
        Faktum beslut = beviljad();
        assertThat(beslut.typ()).isEqualTo(Handelsetyper.INSATS_BEVILJAD).isEqualTo("InsatsBeviljad");
        assertThat(beslut.varden()).containsEntry("barn.pseudonym", "pseudonym-alva").containsEntry("barn.kon", "F")
                .containsEntry("barn.fodelsear", "2015").containsEntry("beslutsdatum", "2026-11-30")
                .containsEntry("lagrum", "SOL_2025_11_1").containsEntry("uppdragstyp", "BEVILJAD_INSATS")
                .doesNotContainKey("periodTom").doesNotContainKey("mal");
        assertThat(beslut.varde("beslutRegistrerat")).isEqualTo("2026-11-30T13:00:00Z");
        assertThat(verkstalld(VERKSTALLT).typ()).isEqualTo(Handelsetyper.INSATS_VERKSTALLD).isEqualTo("InsatsVerkställd");
        Faktum oro = oroInlamnad("MUNTLIG");
        assertThat(oro.varden()).containsEntry("myndighetsenhet", MOTTAGNINGSENHET).containsEntry("form", "MUNTLIG")
                .containsEntry("inkom", "2027-03-02T09:15:00Z").containsEntry("akut", "false");
        assertThat(oro.datum("inkom")).isEqualTo(dag("2027-03-02"));
    }
}
