package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.TopicReader;

/**
 * The routine's whole lifecycle over REST, per kind of assignment, with the roles the routine names: the public
 * CloudEvents on the broker, the history, the checklist, the IVO fields and the rules at closure.
 *
 * <p>The setup and the helpers shared by {@link UppdragLivscykelTest}, {@link UppdragLivscykelAvslutOchIvoTest}.
 */
abstract class UppdragLivscykelTestBase {

    /** Personal data that must never reach the broker. */
    static final String[] HEMLIGT = {"201504122381", "20150412-2381", "1504122381", "Alva", "Ekström",
            "198001010001", "19800101-0001", "8001010001", "Karin", "Storgatan"};

    // ---- helpers -------------------------------------------------------------------------------------------------

    static JsonPath hamta(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/uppdrag/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath checklista(String id) {
        return given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}/checklista", id).then().statusCode(200).extract().jsonPath();
    }

    static String status(JsonPath checklista, String punkt) {
        return checklista.getString("punkter.find { it.id == '" + punkt + "' }.status");
    }

    /** Waits for exactly the expected public events of the assignment, in order, each conforming and free of personal data. */
    static List<ConsumerRecord<String, byte[]>> publikaHandelser(TopicReader reader, String id, String... typer) {
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

    static String revisionBody(List<String> malIds) {
        return AssignmentTestSupport.planBody(malIds)
                .replace("\"deltagare\": [\"BARNET\", \"VARDNADSHAVARE\", \"ANSVARIG_UTFORARE\"]", "\"anledning\": \"UPPFOLJNING\"");
    }

    static String sammanfattningBody(List<String> malIds) {
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

    static String riskBody(String niva, boolean kvarstaende) {
        return """
                {"riskniva": "%s", "kvarstaendeBehov": %s, "datum": "%s"}""".formatted(niva, kvarstaende, idag());
    }

    static String insatsavslutBody(String skal, boolean nyUtredning) {
        return """
                {"datum": "%s", "skal": "%s", "nyUtredningInleds": %s, "motivering": "Enligt riskbedömningen"}""".formatted(idag(), skal, nyUtredning);
    }

    static String avslutBody() {
        return "{\"datum\": \"%s\", \"fysiskaHandlingar\": \"OVERLAMNADE\"}".formatted(idag());
    }

    static String redogorelseBody() {
        return """
                {"datum": "%s", "genomgangenMedFamiljen": true, "familjensSynpunkter": "Familjen känner igen sig",
                 "sammanfattning": "Samspelet har förbättrats"}""".formatted(idag());
    }
}
