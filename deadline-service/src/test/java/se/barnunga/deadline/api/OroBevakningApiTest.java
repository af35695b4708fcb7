package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.oro.OroInlamnad;
import se.barnunga.contracts.oro.SkyddsbedomningGjord;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/** A report of concern from the concern-service: its four deadlines, across Easter. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class OroBevakningApiTest {

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void en_muntlig_oro_fore_pask_bevakas_och_skyddsbedomningen_uppfyller_samma_dag() {
        String oroId = UUID.randomUUID().toString();
        String mottagning = "MOTT-" + (System.nanoTime() % 100000);
        Barn barn = new Barn(pseudonym(), "MAN", 2019);
        // Maundy Thursday 25 March 2027, 15:00; Good Friday and Easter Monday are holidays
        Instant inkom = kl(LocalDate.of(2027, 3, 25), 15);
        TestClock.set(inkom.plusSeconds(60));
        try (ContractEventWriter w = ContractEventWriter.as("concern-service")) {
            w.publish(oroId, new OroInlamnad(oroId, UUID.randomUUID().toString(), barn, null, null, false, "MUNTLIG", false, true,
                    null, false, "MOTTAGNING", mottagning, null, "INGEN_ANSVARIG_SOCIALSEKRETERARE", "utforare", "UTF-1", inkom), inkom);
            w.publish(oroId, new SkyddsbedomningGjord(oroId, false, inkom.plusSeconds(3600), true, inkom.plusSeconds(3700)),
                    inkom.plusSeconds(3700));
        }
        String mia = se.barnunga.testing.DevTokens.token("mia", mottagning, "mottagning");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(mia).get("/api/bevakningar/arenden/" + oroId)
                .then().statusCode(200).body("arendetyp", equalTo("ORO"))
                .body("bevakningar.find { it.regelId == 'SKYDDSBEDOMNING' }.status", equalTo("UPPFYLLD"))
                .body("bevakningar.find { it.regelId == 'SKYDDSBEDOMNING' }.inomFrist", equalTo(true))
                .body("bevakningar.find { it.regelId == 'SKYDDSBEDOMNING' }.regelversion", equalTo(2))
                .body("bevakningar.find { it.regelId == 'SKRIFTLIG_BEKRAFTELSE' }.forfallodatum", equalTo("2027-03-30"))
                .body("bevakningar.find { it.regelId == 'ATERKOPPLING' }.forfallodatum", equalTo("2027-04-01"))
                .body("bevakningar.find { it.regelId == 'FORHANDSBEDOMNING' }.forfallodatum", equalTo("2027-04-08")));

        // Easter Monday evening: the written confirmation is not yet late
        TestClock.set(kl(LocalDate.of(2027, 3, 29), 23));
        svep.svep();
        given().auth().oauth2(mia).get("/api/bevakningar?passerade=true&regel=SKRIFTLIG_BEKRAFTELSE&barn=" + barn.pseudonym())
                .then().statusCode(200).body("total", equalTo(0));
        // Wednesday: it passed at the start of Wednesday 31 March
        TestClock.set(kl(LocalDate.of(2027, 3, 31), 8));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            svep.svep();
            given().auth().oauth2(mia).get("/api/bevakningar?passerade=true&regel=SKRIFTLIG_BEKRAFTELSE&barn=" + barn.pseudonym())
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].okvitteratLarm", equalTo(true));
        });
    }
}
