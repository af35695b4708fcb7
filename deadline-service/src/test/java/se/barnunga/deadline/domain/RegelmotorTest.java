package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.barnunga.deadline.domain.Regelmotor.Bevakningslage;
import se.barnunga.deadline.domain.Regelmotor.Utgang;

/**
 * The rule engine as a pure function of a case's set of facts: the same watches whatever the order of the facts and
 * however often one is given; which start event applies, which stop event ends a watch, the ids.
 */
class RegelmotorTest {

    private static final Regelmotor MOTOR = Bevakningsarende.motor();

    private static List<Bevakningslage> uppdrag(List<Faktum> fakta) {
        return MOTOR.bevakningar(Arendetyp.UPPDRAG, ID, fakta);
    }

    private static Bevakningslage bevakning(List<Bevakningslage> bevakningar, String id) {
        return bevakningar.stream().filter(b -> b.bevakningId().equals(id)).findFirst().orElse(null);
    }

    static List<List<Faktum>> fall() {
        return List.of(
                List.of(beviljad(), verkstalld(dag("2027-04-12")), ivoRapport("2027-Q2", kl("2027-07-12T10:00"))),
                List.of(beviljad(), verkstalld(VERKSTALLT), avbruten(dag("2027-05-10")), aterupptagen(dag("2027-05-10"),
                        dag("2027-09-01")), insatsAvslutad(dag("2027-10-20"), "MALEN_UPPFYLLDA")),
                List.of(verkstalld(VERKSTALLT), uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA"),
                        uppfoljning("M2", 2, dag("2027-03-10"), "JUSTERA"), avslutningsmote("M3", dag("2027-04-28")),
                        insatsAvslutad(dag("2027-03-20"), "MALEN_UPPFYLLDA")),
                List.of(beviljad(b -> b.periodTom = dag("2027-05-31")), verkstalld(VERKSTALLT),
                        uppfoljning("M4", 4, dag("2027-04-21"), "NY_UTREDNING", "ANSOKAN_FORTSATT_INSATS"),
                        beslutAterkallat(dag("2027-04-25"))));
    }

    @Test
    void the_same_watches_whatever_the_order_of_the_facts() {
        for (List<Faktum> fakta : fall()) {
            List<Bevakningslage> forvantat = uppdrag(fakta);
            assertThat(forvantat).isNotEmpty();
            for (List<Faktum> ordning : BevakningOrdningTest.ordningar(fakta)) {
                assertThat(uppdrag(ordning)).as(ordning.stream().map(Faktum::handelseId).toList().toString())
                        .isEqualTo(forvantat);
            }
        }
    }

    @Test
    void a_fact_given_twice_changes_nothing() {
        for (List<Faktum> fakta : fall()) {
            List<Faktum> dubbla = new ArrayList<>(fakta);
            dubbla.addAll(fakta);
            assertThat(uppdrag(dubbla)).isEqualTo(uppdrag(fakta));
        }
    }

    @Test
    void ids_are_rule_case_and_occurrence() {
        List<Bevakningslage> bevakningar = uppdrag(fall().get(1));
        assertThat(bevakningar).extracting(Bevakningslage::bevakningId).containsExactly(
                "VERKSTALLIGHET_START:" + ID, "IVO_EJ_VERKSTALLT:" + ID, "IVO_AVBROTT:" + ID + ":2027-05-10",
                "IVO_VERKSTALLT_EFTER_RAPPORT:" + ID + ":2027-05-10", "FORSTA_UPPFOLJNING:" + ID,
                "GENOMFORANDEPLAN_UPPRATTAD:" + ID);
        assertThat(bevakningar).allSatisfy(b -> assertThat(b.bevakningId()).matches("^[A-Z][A-Z_]*:[^\\s]+$"));
    }

    @Test
    void the_due_time_is_the_start_of_the_next_day_in_stockholm() {
        Bevakningslage ivo = bevakning(uppdrag(List.of(beviljad())), Regelkatalog.IVO_EJ_VERKSTALLT + ":" + ID);
        assertThat(ivo.forfallodatum()).isEqualTo(dag("2027-02-28"));
        assertThat(ivo.forfaller()).isEqualTo(java.time.Instant.parse("2027-02-28T23:00:00Z"));
        assertThat(ivo.paminnelse()).isEqualTo(java.time.Instant.parse("2027-02-13T23:00:00Z"));
        assertThat(ivo.regel().version()).isEqualTo(2);
        assertThat(ivo.utgang()).isNull();
    }

    @Test
    void a_case_of_the_other_kind_has_no_watches_from_these_facts() {
        assertThat(MOTOR.bevakningar(Arendetyp.ORO, ID, fall().get(0))).isEmpty();
        assertThat(MOTOR.bevakningar(Arendetyp.UPPDRAG, ORO_ID, List.of(oroInlamnad("MUNTLIG")))).isEmpty();
    }

    @Test
    void the_newest_start_event_applies_by_its_time_not_by_arrival() {
        Faktum forsta = uppdragSkickat();
        Faktum andra = uppdragSkickat(2, "UTREDNINGSUPPDRAG", kl("2027-02-01T09:00"), dag("2027-05-31"));
        for (List<Faktum> ordning : List.of(List.of(forsta, andra), List.of(andra, forsta))) {
            Bevakningslage b = MOTOR.bevakningar(Arendetyp.UPPDRAG, UTREDNING_ID, ordning).get(0);
            assertThat(b.startHandelseId()).isEqualTo(andra.handelseId());
            assertThat(b.forfallodatum()).isEqualTo(dag("2027-05-31"));
        }
    }

    @Test
    void the_earliest_stop_event_ends_a_watch_and_met_wins_a_tie() {
        Faktum beslut = beviljad();
        Faktum start = verkstalld(dag("2026-12-10"));
        Faktum avslutad = insatsAvslutad(dag("2026-12-10"), "ANNAT");
        Utgang utgang = bevakning(uppdrag(List.of(beslut, avslutad, start)), Regelkatalog.VERKSTALLIGHET_START + ":" + ID).utgang();
        assertThat(utgang).isEqualTo(new Utgang(true, dag("2026-12-10"), null, start.handelseId()));
        Faktum tidigare = insatsAvslutad(dag("2026-12-09"), "ANNAT");
        assertThat(bevakning(uppdrag(List.of(beslut, start, tidigare)), Regelkatalog.VERKSTALLIGHET_START + ":" + ID).utgang())
                .isEqualTo(new Utgang(false, dag("2026-12-09"), "INSATS_AVSLUTAD", tidigare.handelseId()));
    }

    @Test
    void reported_once_more_only_when_carried_out_after_the_three_months() {
        String efter = Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID;
        assertThat(bevakning(uppdrag(List.of(beviljad(), verkstalld(dag("2027-02-28")))), efter)).isNull();
        assertThat(bevakning(uppdrag(List.of(beviljad(), verkstalld(dag("2027-03-01")))), efter))
                .extracting(Bevakningslage::startdatum, Bevakningslage::forfallodatum)
                .containsExactly(dag("2027-03-01"), dag("2027-06-30"));
    }

    @Test
    void the_end_of_the_intervention_follows_each_reported_interruption_still_open() {
        // two interruptions; the first resumed late (reported once more as resumed), the second still open when the
        // intervention is closed: that one is reported once more as closed
        List<Faktum> fakta = List.of(beviljad(), verkstalld(VERKSTALLT), avbruten(dag("2027-01-11")),
                aterupptagen(dag("2027-01-11"), dag("2027-04-20")), avbruten(dag("2027-05-10")),
                insatsAvslutad(dag("2027-09-15"), "ANNAT"));
        List<Bevakningslage> bevakningar = uppdrag(fakta);
        String efter = Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID;
        assertThat(bevakning(bevakningar, efter + ":2027-01-11").startHandelseId()).isEqualTo("ce-aterupptagen-2027-01-11");
        assertThat(bevakning(bevakningar, efter + ":2027-05-10").startHandelseId()).isEqualTo("ce-insats-avslutad");
        assertThat(bevakning(bevakningar, efter)).as("the decision was carried out in time").isNull();
    }

    @Test
    void a_later_quarter_s_report_meets_the_report_once_more_too() {
        String efter = Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID;
        Faktum q3 = ivoRapport("2027-Q3", kl("2027-10-08T10:00"));
        assertThat(bevakning(uppdrag(List.of(beviljad(), verkstalld(dag("2027-04-12")), q3)), efter).utgang())
                .isEqualTo(new Utgang(true, dag("2027-10-08"), null, q3.handelseId()));
        assertThat(bevakning(uppdrag(List.of(beviljad(), verkstalld(dag("2027-04-12")),
                ivoRapport("2027-Q1", kl("2027-04-10T10:00")))), efter).utgang()).isNull();
        assertThat(bevakning(uppdrag(List.of(beviljad(), verkstalld(dag("2027-04-12")),
                new Faktum("ivo-trasig", Handelsetyper.IVO_RAPPORT_INLAMNAD, kl("2027-07-10T10:00"),
                        java.util.Map.of("kvartal", "2027-Q5")))), efter).utgang()).isNull();
    }

    @Test
    void a_meeting_does_not_meet_the_watch_it_started() {
        Faktum m1 = uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA");
        Bevakningslage nasta = bevakning(uppdrag(List.of(verkstalld(VERKSTALLT), m1)),
                Regelkatalog.NASTA_UPPFOLJNING + ":" + ID + ":M1");
        assertThat(nasta.startHandelseId()).isEqualTo(m1.handelseId());
        assertThat(nasta.utgang()).isNull();
    }

    @Test
    void the_engine_reads_the_case_state_for_conditions_on_the_case() {
        // the interruption carries no lagrum: the decision's is read from the case
        List<Faktum> utanBeslut = List.of(verkstalld(VERKSTALLT), avbruten(dag("2027-05-10")));
        assertThat(uppdrag(utanBeslut)).extracting(Bevakningslage::bevakningId)
                .doesNotContain(Regelkatalog.IVO_AVBROTT + ":" + ID + ":2027-05-10");
        assertThat(uppdrag(Stream.concat(utanBeslut.stream(), Stream.of(beviljad())).toList()))
                .extracting(Bevakningslage::bevakningId).contains(Regelkatalog.IVO_AVBROTT + ":" + ID + ":2027-05-10");
    }
}
