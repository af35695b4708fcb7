package se.barnunga.assignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.ULLA_UTFORARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.anrop;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;
import static se.barnunga.assignment.api.AssignmentTestSupport.post;
import static se.barnunga.testing.ProblemAssertions.PROBLEM;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TopicReader;

/**
 * The routine over REST from the enquiry to the closed assignment: a granted intervention, an intervention during
 * an investigation, and an investigation assignment.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragLivscykelTest extends UppdragLivscykelTestBase {

    // ---- 1. Beviljad insats ----------------------------------------------------------------------------------------

    @Test
    void beviljad_insats_from_enquiry_to_closure() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");

            JsonPath lista = checklista(id);
            assertThat(lista.getString("typ")).isEqualTo("BEVILJAD_INSATS");
            assertThat(status(lista, "FORFRAGAN")).isEqualTo("KLAR");
            // the items that apply only after a decline or a withdrawal of consent do not apply yet; every other one waits
            assertThat(lista.getList("punkter.findAll { !(it.id in ['FORFRAGAN', 'ANNAN_ENHET_TILLFRAGAD', 'SAMTYCKE_ATERKALLAT']) }.status",
                    String.class)).isNotEmpty().allMatch("VANTAR"::equals);
            assertThat(status(lista, "ANNAN_ENHET_TILLFRAGAD")).isEqualTo("EJ_AKTUELL");
            assertThat(status(lista, "SAMTYCKE_ATERKALLAT")).isEqualTo("EJ_AKTUELL");
            assertThat(lista.getInt("klara")).isEqualTo(1);
            assertThat(lista.getString("punkter.find { it.id == 'FORFRAGAN' }.klarAv")).isEqualTo("anna");
            assertThat(lista.getString("punkter.find { it.id == 'FORFRAGAN' }.klarAvRoll")).isEqualTo("socialsekreterare");

            AssignmentTestSupport.klartecken(id);
            AssignmentTestSupport.samtycke(id);
            post(ANNA, "beslut", id, AssignmentTestSupport.beslutBody("BEVILJAD_INSATS"));
            AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");
            AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
            AssignmentTestSupport.utse(id);
            AssignmentTestSupport.formote(id);
            AssignmentTestSupport.planeringsmote(id);
            post(ULLA_UTFORARE, "startbekraftelse", id, "{\"startade\": true}");
            AssignmentTestSupport.verkstallighet(id);
            List<String> malIds = AssignmentTestSupport.malIds(id);
            assertThat(malIds).hasSize(2);
            post(ULLA_UTFORARE, "genomforandeplan", id, AssignmentTestSupport.planBody(malIds));
            post(ULLA_UTFORARE, "genomforandeplan/kopior", id,
                    "{\"mottagare\": [\"VARDNADSHAVARE\"], \"datum\": \"%s\"}".formatted(idag()));
            post(ULLA_UTFORARE, "genomforandeplan/revision", id, revisionBody(malIds));
            // the checklist asks for copies of the revised plan again (G4)
            assertThat(status(checklista(id), "GENOMFORANDEPLAN_KOPIOR")).isEqualTo("VANTAR");
            post(ULLA_UTFORARE, "genomforandeplan/kopior", id,
                    "{\"mottagare\": [\"VARDNADSHAVARE\"], \"datum\": \"%s\"}".formatted(idag()));
            assertThat(status(checklista(id), "GENOMFORANDEPLAN_KOPIOR")).isEqualTo("KLAR");
            post(ULLA_UTFORARE, "familjen-informerad-infor-avslut", id,
                    "{\"datum\": \"%s\", \"informerade\": [\"BARNET\", \"VARDNADSHAVARE\"]}".formatted(idag()));
            post(ANNA, "riskbedomning", id, riskBody("MINSKAD", false));
            post(ULLA_UTFORARE, "avslutande-sammanfattning", id, sammanfattningBody(malIds));
            post(ANNA, "insatsavslut", id, insatsavslutBody("MALEN_UPPFYLLDA", false));
            post(ULLA_UTFORARE, "avslut", id, avslutBody());

            List<ConsumerRecord<String, byte[]>> records = publikaHandelser(reader, id, "InsatsBeviljad", "UppdragSkickat",
                    "UppdragMottaget", "AnsvarigUtförareUtsedd", "PlaneringsmöteGenomfört", "InsatsVerkställd",
                    "GenomförandeplanUpprättad", "GenomförandeplanReviderad", "FamiljenInformeradInförAvslut",
                    "RiskbedömningGjord", "InsatsAvslutad", "UppdragAvslutat");
            // B.4.1 "i samråd med brukaren": the plan was drawn up with the guardian taking part
            assertThat(ContractAssertions.assertConformsToContract(records.get(6)).path("familjenDeltog").asBoolean(false)).isTrue();
            JsonNode informerad = ContractAssertions.assertConformsToContract(records.get(8));
            assertThat(informerad.path("informerade").toString()).isEqualTo("[\"BARNET\",\"VARDNADSHAVARE\"]");
            assertThat(informerad.path("registreradAv").asText()).isEqualTo("ulla");
            JsonNode risk = ContractAssertions.assertConformsToContract(records.get(9));
            assertThat(risk.path("riskniva").asText()).isEqualTo("MINSKAD");
            assertThat(risk.path("kvarstaendeBehov").asBoolean(true)).isFalse();
            assertThat(risk.path("bedomningsdatum").asText()).isEqualTo(idag().toString());
            assertThat(risk.path("socialsekreterare").asText()).isEqualTo("anna");
            assertThat(risk.path("barn").path("pseudonym").asText()).hasSize(64);
            JsonNode avslutad = ContractAssertions.assertConformsToContract(records.get(10));
            assertThat(avslutad.path("riskniva").asText()).isEqualTo("MINSKAD");
            assertThat(avslutad.path("nyUtredning").asBoolean()).isFalse();

            JsonPath uppdrag = hamta(ANNA, id);
            assertThat(uppdrag.getString("status")).isEqualTo("AVSLUTAT");
            assertThat(uppdrag.getString("ansvarigUtforare")).isEqualTo("ulla");
            assertThat(uppdrag.getList("historik.handelse", String.class)).containsExactly("UppdragRegistrerat", "ForfraganSkickad",
                    "KlarteckenLamnat", "SamtyckeRegistrerat", "InsatsBeviljad", "UppdragSkickat", "UppdragMottaget",
                    "AnsvarigUtforareUtsedd", "FormoteGenomfort", "PlaneringsmoteGenomfort", "StartBekraftad", "InsatsVerkstalld",
                    "GenomforandeplanUpprattad", "GenomforandeplanKopiorLamnade", "GenomforandeplanReviderad",
                    "GenomforandeplanKopiorLamnade", "FamiljenInformeradInforAvslut", "RiskbedomningGjord",
                    "AvslutandeSammanfattningLamnad", "InsatsAvslutad", "UppdragAvslutat");
            List<Integer> sekvens = uppdrag.getList("historik.sekvens", Integer.class);
            for (int i = 0; i < sekvens.size(); i++) {
                assertThat(sekvens.get(i)).isEqualTo(i);
            }
            assertThat(uppdrag.getString("historik.find { it.handelse == 'UppdragMottaget' }.utfordAv")).isEqualTo("mats");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'UppdragMottaget' }.roll")).isEqualTo("metodhandledare");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'UppdragMottaget' }.enhet")).isEqualTo("UTF-1");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'InsatsBeviljad' }.utfordAv")).isEqualTo("anna");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'InsatsBeviljad' }.roll")).isEqualTo("socialsekreterare");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'FormoteGenomfort' }.utfordAv")).isEqualTo("ulla");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'FormoteGenomfort' }.roll")).isEqualTo("utforare");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'UppdragAvslutat' }.utfordAv")).isEqualTo("ulla");
            assertThat(uppdrag.getString("historik.find { it.handelse == 'UppdragAvslutat' }.roll")).isEqualTo("utforare");
            assertThat(uppdrag.getList("historik.tidpunkt")).doesNotContainNull();
            assertThat(uppdrag.getInt("genomforandeplaner.size()")).isEqualTo(2);
            assertThat(uppdrag.getString("insatsAvslutad.skal")).isEqualTo("MALEN_UPPFYLLDA");
            assertThat(uppdrag.getString("uppdragAvslutat.fysiskaHandlingar")).isEqualTo("OVERLAMNADE");

            lista = checklista(id);
            assertThat(lista.getString("status")).isEqualTo("AVSLUTAT");
            assertThat(lista.getList("punkter.id", String.class)).containsExactly("FORFRAGAN", "KLARTECKEN", "ANNAN_ENHET_TILLFRAGAD",
                    "SAMTYCKE", "BESLUT", "SAMTYCKE_ATERKALLAT",
                    "UPPDRAG_SKICKAT", "MOTTAGET", "ANSVARIG_UTFORARE", "FORMOTE", "PLANERINGSMOTE", "START_BEKRAFTAD",
                    "VERKSTALLIGHET", "GENOMFORANDEPLAN", "GENOMFORANDEPLAN_KOPIOR", "FAMILJEN_INFORMERAD_INFOR_AVSLUT",
                    "RISKBEDOMNING", "AVSLUTANDE_SAMMANFATTNING", "INSATS_AVSLUTAD", "UPPDRAG_AVSLUTAT");
            // start = meeting date would make START_BEKRAFTAD EJ_AKTUELL; here the start was confirmed, so it is KLAR;
            // no unit declined and no consent was withdrawn: those two items do not apply
            assertThat(lista.getList("punkter.findAll { !(it.id in ['ANNAN_ENHET_TILLFRAGAD', 'SAMTYCKE_ATERKALLAT']) }.status",
                    String.class)).allMatch("KLAR"::equals);
            assertThat(lista.getList("punkter.findAll { it.id in ['ANNAN_ENHET_TILLFRAGAD', 'SAMTYCKE_ATERKALLAT'] }.status",
                    String.class)).containsExactly("EJ_AKTUELL", "EJ_AKTUELL");
            assertThat(lista.getInt("vantar")).isZero();
            assertThat(lista.getInt("klara")).isEqualTo(18);
            assertThat(lista.getString("punkter.find { it.id == 'MOTTAGET' }.klarAv")).isEqualTo("mats");
            assertThat(lista.getString("punkter.find { it.id == 'MOTTAGET' }.klarAvRoll")).isEqualTo("metodhandledare");
            assertThat(lista.getString("punkter.find { it.id == 'START_BEKRAFTAD' }.klarAv")).isEqualTo("ulla");
            assertThat(lista.getString("punkter.find { it.id == 'START_BEKRAFTAD' }.klarAvRoll")).isEqualTo("utforare");
            assertThat(lista.getString("punkter.find { it.id == 'PLANERINGSMOTE' }.klarAv")).isEqualTo("anna");
            assertThat(lista.getString("punkter.find { it.id == 'PLANERINGSMOTE' }.klarAvRoll")).isEqualTo("socialsekreterare");
            assertThat(lista.getString("punkter.find { it.id == 'GENOMFORANDEPLAN' }.handelse")).isEqualTo("GenomforandeplanUpprattad");
            assertThat(lista.getString("punkter.find { it.id == 'UPPDRAG_AVSLUTAT' }.klarAv")).isEqualTo("ulla");
            assertThat(lista.getString("punkter.find { it.id == 'UPPDRAG_AVSLUTAT' }.ansvarig")).isEqualTo("ansvarig utförare");

            // closed is closed
            anrop(ULLA_UTFORARE, "avslut", id, avslutBody()).statusCode(409).contentType(PROBLEM).body("rule", is("UPPDRAG_AVSLUTAT"));
        }
    }

    // ---- 2. Insats under pågående utredning ------------------------------------------------------------------------

    @Test
    void insats_under_utredning_from_enquiry_to_closure_with_a_timely_report() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String typ = "INSATS_UNDER_UTREDNING";
            String id = AssignmentTestSupport.forfragan(ANNA, typ);
            AssignmentTestSupport.beslutat(id, typ);
            JsonPath beslutat = hamta(ANNA, id);
            assertThat(beslutat.getString("beslut.period.from")).isEqualTo(idag().toString());
            assertThat(beslutat.getString("beslut.period.tom")).isEqualTo(idag().plusDays(90).toString());
            AssignmentTestSupport.skicka(id, typ, "INGEN");
            assertThat(hamta(ANNA, id).getBoolean("uppdrag.innehall.familjenInformerad")).isTrue();
            AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
            AssignmentTestSupport.utse(id);
            AssignmentTestSupport.formote(id);
            AssignmentTestSupport.planeringsmote(id);
            AssignmentTestSupport.startbekraftelse(id);
            AssignmentTestSupport.verkstallighet(id);
            AssignmentTestSupport.genomforandeplan(id);
            // a granted intervention's closing summary per goal does not apply here
            anrop(ULLA_UTFORARE, "avslutande-sammanfattning", id, sammanfattningBody(AssignmentTestSupport.malIds(id)))
                    .statusCode(409).contentType(PROBLEM).body("rule", is("GALLER_ENDAST_BEVILJAD_INSATS"));
            post(ULLA_UTFORARE, "redogorelse", id, redogorelseBody());
            post(ANNA, "riskbedomning", id, riskBody("MINSKAD", false));
            post(ANNA, "insatsavslut", id, insatsavslutBody("MALEN_UPPFYLLDA", false));
            post(ULLA_UTFORARE, "avslut", id, avslutBody());

            List<ConsumerRecord<String, byte[]>> records = publikaHandelser(reader, id, "InsatsBeviljad", "UppdragSkickat",
                    "UppdragMottaget", "AnsvarigUtförareUtsedd", "PlaneringsmöteGenomfört", "InsatsVerkställd",
                    "GenomförandeplanUpprättad", "RedogörelseLämnad", "RiskbedömningGjord", "InsatsAvslutad", "UppdragAvslutat");
            JsonNode redogorelse = ContractAssertions.assertConformsToContract(records.get(7));
            assertThat(redogorelse.path("sen").asBoolean(true)).isFalse();
            assertThat(redogorelse.path("slag").asText()).isEqualTo("AVSLUTANDE_SAMMANFATTNING");
            assertThat(redogorelse.path("uppdragstyp").asText()).isEqualTo(typ);
            JsonNode beviljad = ContractAssertions.assertConformsToContract(records.get(0));
            assertThat(beviljad.path("periodTom").asText()).isEqualTo(idag().plusDays(90).toString());

            JsonPath uppdrag = hamta(ANNA, id);
            assertThat(uppdrag.getString("status")).isEqualTo("AVSLUTAT");
            assertThat(uppdrag.getBoolean("redogorelse.sen")).isFalse();
            JsonPath lista = checklista(id);
            assertThat(lista.getList("punkter.id", String.class)).contains("AVSLUTANDE_SAMMANFATTNING_UNDER_UTREDNING")
                    .doesNotContain("RISKBEDOMNING", "AVSLUTANDE_SAMMANFATTNING", "REDOGORELSE", "BESLUT_UTREDNINGSUPPDRAG");
            assertThat(status(lista, "AVSLUTANDE_SAMMANFATTNING_UNDER_UTREDNING")).isEqualTo("KLAR");
            assertThat(status(lista, "UPPDRAG_AVSLUTAT")).isEqualTo("KLAR");
        }
    }

    // ---- 3. Utredningsuppdrag ----------------------------------------------------------------------------------------

    @Test
    void utredningsuppdrag_from_enquiry_to_report_and_closure() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String typ = "UTREDNINGSUPPDRAG";
            String id = AssignmentTestSupport.forfragan(ANNA, typ);
            AssignmentTestSupport.beslutat(id, typ);
            AssignmentTestSupport.skicka(id, typ, "INGEN");
            JsonPath skickat = hamta(ANNA, id);
            assertThat(skickat.getBoolean("uppdrag.innehall.familjenInformerad")).isTrue();
            assertThat(skickat.getBoolean("uppdrag.innehall.utredningsplanBifogad")).isTrue();
            assertThat(skickat.getString("insatstyp")).isNull();
            AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
            AssignmentTestSupport.utse(id);
            // no planning meeting for an investigation assignment
            anrop(ANNA, "planeringsmote", id, """
                    {"datum": "%s", "deltagare": ["SOCIALSEKRETERARE"], "barnetDeltog": true, "sekretessInformerad": true,
                     "malGenomgangna": true, "planeratStartdatum": "%s", "forstaUppfoljningsmote": "%s"}"""
                    .formatted(idag(), idag(), idag().plusDays(49)))
                    .statusCode(409).contentType(PROBLEM).body("rule", is("GALLER_INTE_UTREDNINGSUPPDRAG"));
            // closing before the report is a conflict
            anrop(ULLA_UTFORARE, "avslut", id, avslutBody()).statusCode(409).contentType(PROBLEM).body("rule", is("REDOGORELSE_SAKNAS"));
            post(ULLA_UTFORARE, "redogorelse", id, redogorelseBody());
            post(ULLA_UTFORARE, "avslut", id, avslutBody());

            List<ConsumerRecord<String, byte[]>> records = publikaHandelser(reader, id, "UppdragSkickat", "UppdragMottaget",
                    "AnsvarigUtförareUtsedd", "RedogörelseLämnad", "UppdragAvslutat");
            JsonNode redogorelse = ContractAssertions.assertConformsToContract(records.get(3));
            assertThat(redogorelse.path("slag").asText()).isEqualTo("REDOGORELSE");
            assertThat(redogorelse.path("sen").asBoolean(true)).isFalse();

            assertThat(hamta(ANNA, id).getString("status")).isEqualTo("AVSLUTAT");
            JsonPath lista = checklista(id);
            assertThat(lista.getList("punkter.id", String.class)).containsExactly("FORFRAGAN", "KLARTECKEN", "ANNAN_ENHET_TILLFRAGAD",
                    "BESLUT_UTREDNINGSUPPDRAG", "UPPDRAG_SKICKAT", "MOTTAGET", "ANSVARIG_UTFORARE", "REDOGORELSE", "UPPDRAG_AVSLUTAT");
            assertThat(lista.getList("punkter.findAll { it.id != 'ANNAN_ENHET_TILLFRAGAD' }.status", String.class)).allMatch("KLAR"::equals);
            assertThat(lista.getString("punkter.find { it.id == 'ANNAN_ENHET_TILLFRAGAD' }.status")).isEqualTo("EJ_AKTUELL");
            assertThat(lista.getInt("vantar")).isZero();
            assertThat(lista.getString("punkter.find { it.id == 'REDOGORELSE' }.klarAv")).isEqualTo("ulla");
            assertThat(lista.getString("punkter.find { it.id == 'BESLUT_UTREDNINGSUPPDRAG' }.klarAvRoll")).isEqualTo("socialsekreterare");
        }
    }
}
