package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MAJA_METODHANDLEDARE_UTF2;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.OLLE_DRIFT;
import static se.barnunga.assignment.api.AssignmentTestSupport.RUT_RAPPORTOR;
import static se.barnunga.assignment.api.AssignmentTestSupport.ULLA_UTFORARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.anrop;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;
import static se.barnunga.assignment.api.AssignmentTestSupport.post;
import static se.barnunga.testing.ProblemAssertions.PROBLEM;

import java.time.Duration;
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
 * The routine's whole lifecycle over REST, per kind of assignment, with the roles the routine names: the public
 * CloudEvents on the broker, the history, the checklist, the IVO fields and the rules at closure.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragLivscykelTest {

    /** Personal data that must never reach the broker. */
    private static final String[] HEMLIGT = {"201504122381", "20150412-2381", "1504122381", "Alva", "Ekström",
            "198001010001", "19800101-0001", "8001010001", "Karin", "Storgatan"};

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static JsonPath hamta(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/uppdrag/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath checklista(String id) {
        return given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}/checklista", id).then().statusCode(200).extract().jsonPath();
    }

    private static String status(JsonPath checklista, String punkt) {
        return checklista.getString("punkter.find { it.id == '" + punkt + "' }.status");
    }

    /** Waits for exactly the expected public events of the assignment, in order, each conforming and free of personal data. */
    private static List<ConsumerRecord<String, byte[]>> publikaHandelser(TopicReader reader, String id, String... typer) {
        List<ConsumerRecord<String, byte[]>> records = reader.await(typer.length, TopicReader.withKey(id), Duration.ofSeconds(30));
        assertThat(records).extracting(r -> TopicReader.cloudEvent(r).getType()).containsExactly(typer);
        // nothing more follows
        assertThatThrownBy(() -> reader.await(typer.length + 1, TopicReader.withKey(id), Duration.ofSeconds(2)))
                .as("no further public event for the assignment").isInstanceOf(org.awaitility.core.ConditionTimeoutException.class);
        for (ConsumerRecord<String, byte[]> r : records) {
            ContractAssertions.assertConformsToContract(r);
            ContractAssertions.assertContainsNone(r, HEMLIGT);
            assertThat(TopicReader.cloudEvent(r).getSubject()).isEqualTo(id);
        }
        return records;
    }

    private static String revisionBody(List<String> malIds) {
        return AssignmentTestSupport.planBody(malIds)
                .replace("\"deltagare\": [\"BARNET\", \"VARDNADSHAVARE\", \"ANSVARIG_UTFORARE\"]", "\"anledning\": \"UPPFOLJNING\"");
    }

    private static String sammanfattningBody(List<String> malIds) {
        StringBuilder bedomningar = new StringBuilder();
        for (String malId : malIds) {
            if (bedomningar.length() > 0) {
                bedomningar.append(',');
            }
            bedomningar.append("""
                    {"malId": "%s", "bedomning": "POSITIV_FORANDRING_MAL_UPPFYLLT", "sammanfattning": "Målet är nått"}""".formatted(malId));
        }
        return """
                {"datum": "%s", "malUppfyllelse": [%s], "overlamnadTill": ["VARDNADSHAVARE"]}""".formatted(idag(), bedomningar);
    }

    private static String riskBody(String niva, boolean kvarstaende) {
        return """
                {"riskniva": "%s", "kvarstaendeBehov": %s, "datum": "%s"}""".formatted(niva, kvarstaende, idag());
    }

    private static String insatsavslutBody(String skal, boolean nyUtredning) {
        return """
                {"datum": "%s", "skal": "%s", "nyUtredningInleds": %s, "motivering": "Enligt riskbedömningen"}""".formatted(idag(), skal, nyUtredning);
    }

    private static String avslutBody() {
        return "{\"datum\": \"%s\", \"fysiskaHandlingar\": \"OVERLAMNADE\"}".formatted(idag());
    }

    private static String redogorelseBody() {
        return """
                {"datum": "%s", "genomgangenMedFamiljen": true, "familjensSynpunkter": "Familjen känner igen sig",
                 "sammanfattning": "Samspelet har förbättrats"}""".formatted(idag());
    }

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

    // ---- 4. Avböjande och ny förfrågan ---------------------------------------------------------------------------------

    @Test
    void a_declined_enquiry_is_followed_by_an_enquiry_to_another_unit() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        // special reasons are required
        anrop(MATS_METODHANDLEDARE, "avbojande", id, "{\"skal\": \" \"}").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("skal"));
        // a new enquiry while the first one is open is a conflict
        anrop(ANNA, "forfragan", id, "{\"utforarenhet\": \"UTF-2\"}").statusCode(409).contentType(PROBLEM)
                .body("rule", is("FORFRAGAN_PAGAR"));
        post(MATS_METODHANDLEDARE, "avbojande", id, "{\"skal\": \"Ingen behandlare med rätt metod har plats på ett halvår\"}");
        anrop(MATS_METODHANDLEDARE, "klartecken", id, null).statusCode(409).contentType(PROBLEM).body("rule", is("FORFRAGAN_BESVARAD"));
        // the declining unit may not be asked again
        anrop(ANNA, "forfragan", id, "{\"utforarenhet\": \"UTF-1\"}").statusCode(422).contentType(PROBLEM)
                .body("rule", is("ENHETEN_HAR_AVBOJT")).body("violations[0].field", is("utforarenhet"));
        post(ANNA, "forfragan", id, """
                {"utforarenhet": "UTF-2", "onskemal": {"metod": "MI", "tidsomfattning": "12 veckor", "intensitet": "1 gång/vecka"}}""");
        post(MAJA_METODHANDLEDARE_UTF2, "klartecken", id, null);

        JsonPath uppdrag = hamta(ANNA, id);
        assertThat(uppdrag.getString("status")).isEqualTo("KLARTECKEN");
        assertThat(uppdrag.getString("utforarenhet")).isEqualTo("UTF-2");
        assertThat(uppdrag.getList("forfragningar")).hasSize(2);
        assertThat(uppdrag.getString("forfragningar[0].forfragan.utforarenhet")).isEqualTo("UTF-1");
        assertThat(uppdrag.getString("forfragningar[0].avbojd.skal")).startsWith("Ingen behandlare");
        assertThat(uppdrag.getString("forfragningar[0].klartecken")).isNull();
        assertThat(uppdrag.getString("forfragningar[1].forfragan.utforarenhet")).isEqualTo("UTF-2");
        assertThat(uppdrag.getInt("forfragningar[1].forfragan.forfraganNr")).isEqualTo(2);
        assertThat(uppdrag.getMap("forfragningar[1].klartecken")).isNotNull().isNotEmpty();
        assertThat(uppdrag.getString("forfragningar[1].avbojd")).isNull();

        given().auth().oauth2(MATS_METODHANDLEDARE).when().get("/api/uppdrag/{id}", id)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(MAJA_METODHANDLEDARE_UTF2).when().get("/api/uppdrag/{id}", id)
                .then().statusCode(200).body("vy", is("AVIDENTIFIERAD")).body("utforarenhet", is("UTF-2"));
        // the old unit may not act on it any more
        anrop(MATS_METODHANDLEDARE, "mottagande", id, null).statusCode(403).contentType(PROBLEM);
    }

    // ---- 5. Avslut med ökad risk ---------------------------------------------------------------------------------------

    @Test
    void closing_with_increased_risk_and_remaining_needs_requires_a_new_investigation() {
        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
            // closing a started intervention needs the risk assessment first
            anrop(ANNA, "insatsavslut", id, insatsavslutBody("ANNAT", false)).statusCode(409).contentType(PROBLEM)
                    .body("rule", is("RISKBEDOMNING_SAKNAS"));
            post(ANNA, "riskbedomning", id, riskBody("OKAD", true));
            anrop(ANNA, "insatsavslut", id, insatsavslutBody("ANNAT", false))
                    .statusCode(422).contentType(PROBLEM)
                    .body("status", is(422))
                    .body("rule", is("NY_UTREDNING_KRAVS"))
                    .body("violations", hasSize(1))
                    .body("violations[0].field", is("nyUtredningInleds"))
                    .body("violations[0].rule", is("NY_UTREDNING_KRAVS"))
                    .body("violations[0].message", notNullValue());
            assertThat(hamta(ANNA, id).getString("status")).isEqualTo("VERKSTALLT");
            post(ANNA, "insatsavslut", id, insatsavslutBody("ANNAT", true));
            assertThat(hamta(ANNA, id).getString("status")).isEqualTo("INSATS_AVSLUTAD");

            // ... PlaneringsmöteGenomfört, InsatsVerkställd, RiskbedömningGjord, InsatsAvslutad
            List<ConsumerRecord<String, byte[]>> records = reader.await(8, TopicReader.withKey(id), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> avslutad = records.stream()
                    .filter(r -> TopicReader.cloudEvent(r).getType().equals("InsatsAvslutad")).findFirst().orElseThrow();
            JsonNode data = ContractAssertions.assertConformsToContract(avslutad);
            ContractAssertions.assertContainsNone(avslutad, HEMLIGT);
            assertThat(data.path("nyUtredning").asBoolean()).isTrue();
            assertThat(data.path("riskniva").asText()).isEqualTo("OKAD");
            assertThat(data.path("skal").asText()).isEqualTo("ANNAT");
            assertThat(data.toString()).doesNotContain("Enligt riskbedömningen");
        }
    }

    @Test
    void the_reason_new_investigation_needs_no_flag_and_unchanged_risk_without_remaining_needs_closes() {
        String id = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        post(ANNA, "riskbedomning", id, riskBody("OFORANDRAD", true));
        post(ANNA, "insatsavslut", id, insatsavslutBody("NY_UTREDNING", false));
        assertThat(hamta(ANNA, id).getBoolean("insatsAvslutad.nyUtredning")).isTrue();

        String annat = AssignmentTestSupport.verkstallt("BEVILJAD_INSATS");
        post(ANNA, "riskbedomning", annat, riskBody("OFORANDRAD", false));
        post(ANNA, "insatsavslut", annat, insatsavslutBody("BESLUTSPERIOD_UTGANGEN", false));
        assertThat(hamta(ANNA, annat).getBoolean("insatsAvslutad.nyUtredning")).isFalse();
    }

    // ---- 6. IVO-uppgifter ------------------------------------------------------------------------------------------------

    @Test
    void the_rapportor_reads_the_ivo_fields_and_the_read_is_audited() {
        String id = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        // no decision yet: nothing to report
        given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(409).contentType(PROBLEM).body("rule", is("INGET_BESLUT_OM_INSATS"));
        AssignmentTestSupport.beslutat(id);
        AssignmentTestSupport.skicka(id, "BEVILJAD_INSATS", "INGEN");

        String ivo = given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(200)
                .body("uppdragId", is(id))
                .body("fodelsedatum", is("2015-04-12"))
                .body("kon", is("KVINNA"))
                .body("beslutsdatum", is(idag().toString()))
                .body("lagrum", is("SOL_2025_11_1"))
                .body("insatstyp", is("FAMILJEBEHANDLING"))
                .body("myndighetsenhet", is("MYND-1"))
                .body("pseudonym", notNullValue())
                .body("verkstallighetsdatum", nullValue())
                .body("skalForDrojsmal", hasSize(0))
                .extract().asString();
        assertThat(ivo).doesNotContain("201504122381").doesNotContain("Alva").doesNotContain("Ekström");

        post(MATS_METODHANDLEDARE, "hinder", id, """
                {"hinder": "KAN_INTE_VERKSTALLA_INOM_SKALIG_TID", "skal": "Alla behandlare är fullbokade till hösten",
                 "enhetschefInformerad": true, "erbjudetUnderTiden": "Stödsamtal varannan vecka"}""");
        given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(200)
                .body("skalForDrojsmal", hasSize(1))
                .body("skalForDrojsmal[0].kalla", is("UTFORARENHET_KAN_INTE_VERKSTALLA_INOM_SKALIG_TID"))
                .body("skalForDrojsmal[0].skal", is("Alla behandlare är fullbokade till hösten"))
                .body("skalForDrojsmal[0].erbjudetUnderTiden", is("Stödsamtal varannan vecka"))
                .body("skalForDrojsmal[0].datum", is(idag().toString()));
        // the unit that cannot start in time keeps the assignment: its status is unchanged
        assertThat(hamta(ANNA, id).getString("status")).isEqualTo("SKICKAT");

        given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}/ivo-uppgifter", id)
                .then().statusCode(403).contentType(PROBLEM);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", id).when().get("/api/audit")
                        .then().statusCode(200)
                        .body("findAll { it.operation == 'GET /api/uppdrag/{uppdragId}/ivo-uppgifter' && it.userId == 'rut' }.outcome",
                                hasItem("OK"))
                        .body("findAll { it.operation == 'GET /api/uppdrag/{uppdragId}/ivo-uppgifter' && it.userId == 'rut' }.resource",
                                everyItem(is("uppdrag-ivo")))
                        .body("findAll { it.operation == 'GET /api/uppdrag/{uppdragId}/ivo-uppgifter' && it.userId == 'anna' }.outcome",
                                not(hasItem("OK"))));
    }

    @Test
    void the_rapportor_reads_many_cases_ivo_fields_in_one_call_and_each_read_is_audited() {
        String beslutat = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        AssignmentTestSupport.beslutat(beslutat);
        String utanBeslut = AssignmentTestSupport.forfragan(ANNA, "BEVILJAD_INSATS");
        String okant = java.util.UUID.randomUUID().toString();
        String ett = given().auth().oauth2(RUT_RAPPORTOR).when().get("/api/uppdrag/{id}/ivo-uppgifter", beslutat)
                .then().statusCode(200).extract().asString();

        io.restassured.path.json.JsonPath svar = given().auth().oauth2(RUT_RAPPORTOR).contentType("application/json")
                .body(java.util.Map.of("uppdragIds", java.util.List.of(beslutat, utanBeslut, okant)))
                .when().post("/api/uppdrag/ivo-uppgifter").then().statusCode(200).extract().jsonPath();
        assertThat(svar.getList("uppgifter.uppdragId")).containsExactly(beslutat);
        assertThat(svar.getList("saknas")).containsExactlyInAnyOrder(utanBeslut, okant);
        assertThat(svar.getMap("uppgifter[0]")).as("the same fields as the single GET")
                .isEqualTo(io.restassured.path.json.JsonPath.from(ett).getMap("$"));
        assertThat(svar.prettify()).doesNotContain("201504122381").doesNotContain("Alva");

        given().auth().oauth2(ANNA).contentType("application/json").body(java.util.Map.of("uppdragIds", java.util.List.of(beslutat)))
                .when().post("/api/uppdrag/ivo-uppgifter").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(RUT_RAPPORTOR).contentType("application/json")
                .body(java.util.Map.of("uppdragIds", java.util.List.of("inte-ett-id")))
                .when().post("/api/uppdrag/ivo-uppgifter").then().statusCode(400);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(OLLE_DRIFT).queryParam("caseId", beslutat).when().get("/api/audit")
                        .then().statusCode(200)
                        .body("findAll { it.operation == 'POST /api/uppdrag/ivo-uppgifter' && it.userId == 'rut' }.outcome",
                                hasItem("OK"))
                        .body("findAll { it.operation == 'POST /api/uppdrag/ivo-uppgifter' && it.userId == 'rut' }.resource",
                                everyItem(is("uppdrag-ivo"))));
    }
}
