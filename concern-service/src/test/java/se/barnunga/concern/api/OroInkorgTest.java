package se.barnunga.concern.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.barnunga.concern.api.ConcernTestSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * The inboxes (most urgent first, with what is overdue and how long each has waited), the queue a caller may ask
 * for, and forwarding from the reception unit.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroInkorgTest extends OroInkorgTestBase {

    // ---- Inkorgens ordning och förseningar -----------------------------------------------------------------------------

    @Test
    void the_inbox_lists_acute_before_non_acute_then_the_oldest_with_what_is_overdue_and_how_long_each_waited() {
        Barnet barnet = Barnet.medAnsvarig("siv");
        TestClock.set(tisdagFormiddag().withHour(9));
        String tidig = tillAnsvarig(barnet.personnummer(), barnet.ss());
        TestClock.set(tisdagFormiddag());
        String akut = lamnaOm(barnet.personnummer(), null, true)
                .body("oro[0].dirigering.mottagare.socialsekreterare", is(barnet.ss())).extract().path("oro[0].oroId");
        TestClock.set(tisdagFormiddag().withHour(11));
        String sen = tillAnsvarig(barnet.personnummer(), barnet.ss());

        // 12:30: the acute one should have been acknowledged by 11:00; nothing is past the end of the day yet
        TestClock.set(tisdagFormiddag().withHour(12).withMinute(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(barnet.ssToken(), null).statusCode(200).body("items.oroId", contains(akut, tidig, sen)));
        inkorg(barnet.ssToken(), null).statusCode(200)
                .body("total", is(3))
                .body("items.akut", contains(true, false, false))
                .body(falt(akut, "forsenat"), contains("KVITTERING"))
                .body(falt(tidig, "forsenat"), empty())
                .body(falt(sen, "forsenat"), empty())
                .body(falt(tidig, "vantatMinuter"), omkring(210))
                .body(falt(akut, "vantatMinuter"), omkring(150))
                .body(falt(sen, "vantatMinuter"), omkring(90))
                .body(falt(akut, "mottagen"), nullValue());
        Instant inkom = Instant.parse(hamta(barnet.ssToken(), akut).statusCode(200).extract().path("inkom"));
        Instant kvitteraSenast = Instant.parse(inkorg(barnet.ssToken(), null).extract().path(falt(akut, "kvitteraSenast")));
        assertThat(Duration.between(inkom, kvitteraSenast)).isBetween(Duration.ofMinutes(60).minusMillis(1), Duration.ofMinutes(60).plusMillis(1));

        // Wednesday 08:30: all three are past the day they came in without a protection assessment
        TestClock.set(tisdagFormiddag().plusDays(1).withHour(8).withMinute(30));
        inkorg(barnet.ssToken(), null).statusCode(200)
                .body("items.oroId", contains(akut, tidig, sen))
                .body(falt(akut, "forsenat"), contains("KVITTERING", "SKYDDSBEDOMNING"))
                .body(falt(tidig, "forsenat"), contains("SKYDDSBEDOMNING"))
                .body(falt(sen, "forsenat"), contains("SKYDDSBEDOMNING"))
                .body(falt(tidig, "vantatMinuter"), omkring(23 * 60 + 30))
                .body(falt(sen, "vantatMinuter"), omkring(21 * 60 + 30));
        hamta(barnet.ssToken(), tidig).statusCode(200).body("forsenat", contains("SKYDDSBEDOMNING"));

        post(barnet.ssToken(), "mottagen", akut, null).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(barnet.ssToken(), null).statusCode(200)
                        .body(falt(akut, "forsenat"), contains("SKYDDSBEDOMNING"))
                        .body(falt(akut, "mottagen"), notNullValue()));

        // Wednesday 17:01: the non-acute ones should have been acknowledged by closing time of the next working day
        TestClock.set(tisdagFormiddag().plusDays(1).withHour(17).withMinute(1));
        inkorg(barnet.ssToken(), null).statusCode(200)
                .body(falt(tidig, "forsenat"), contains("KVITTERING", "SKYDDSBEDOMNING"))
                .body(falt(sen, "forsenat"), contains("KVITTERING", "SKYDDSBEDOMNING"))
                .body(falt(akut, "forsenat"), contains("SKYDDSBEDOMNING"));

        post(barnet.ssToken(), "skyddsbedomning", tidig, skyddsbedomningBody(TestClock.now())).statusCode(200);
        post(barnet.ssToken(), "forhandsbedomning", tidig, FORHANDSBEDOMNING).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(barnet.ssToken(), null).statusCode(200).body("items.oroId", contains(akut, sen)));
    }

    /** GPath of one field of the inbox item of a concern. */
    private static String falt(String oroId, String falt) {
        return "items.find { it.oroId == '" + oroId + "' }." + falt;
    }

    /** Minutes waited, allowing for the time the test itself takes. */
    private static org.hamcrest.Matcher<Integer> omkring(int minuter) {
        return allOf(greaterThanOrEqualTo(minuter - 1), lessThanOrEqualTo(minuter + 1));
    }

    // ---- Vilken kö ------------------------------------------------------------------------------------------------------

    @Test
    void each_role_gets_its_own_queue_by_default_and_may_not_ask_for_another() {
        Barnet barnet = Barnet.medAnsvarig("stina");
        String hosHenne = tillAnsvarig(barnet.personnummer(), barnet.ss());
        String hosMottagningen = lamnaOm(nyttBarn(), null, false).extract().path("oro[0].oroId");
        TestClock.set(tisdagFormiddag().withHour(19));
        String hosJouren = lamnaOm(nyttBarn(), null, true).body("oro[0].dirigering.mottagare.typ", is("SOCIALJOUR"))
                .extract().path("oro[0].oroId");

        awaitIInkorg(barnet.ssToken(), hosHenne);
        awaitIInkorg(MIA_MOTTAGNING, hosMottagningen);
        awaitIInkorg(JONAS_JOUR, hosJouren);
        inkorg(barnet.ssToken(), null).body("items.oroId", contains(hosHenne));
        inkorg(barnet.ssToken(), "EGEN").statusCode(200).body("items.oroId", contains(hosHenne));
        assertThat(allaIInkorg(MIA_MOTTAGNING, "MOTTAGNING")).contains(hosMottagningen).doesNotContain(hosHenne, hosJouren);
        assertThat(allaIInkorg(JONAS_JOUR, "SOCIALJOUR")).contains(hosJouren).doesNotContain(hosHenne, hosMottagningen);
        assertThat(allaIInkorg(MONA_MOTTAGNING_ANNAN_ENHET, null)).doesNotContain(hosMottagningen);

        for (String[] nekas : List.of(new String[] {barnet.ssToken(), "MOTTAGNING"}, new String[] {barnet.ssToken(), "SOCIALJOUR"},
                new String[] {MIA_MOTTAGNING, "EGEN"}, new String[] {MIA_MOTTAGNING, "SOCIALJOUR"},
                new String[] {JONAS_JOUR, "EGEN"}, new String[] {JONAS_JOUR, "MOTTAGNING"})) {
            inkorg(nekas[0], nekas[1]).statusCode(403).contentType(PROBLEM);
        }
        for (String roll : List.of(CHEF_MYND, ULLA_UTFORARE, MATS_METODHANDLEDARE, RUT_RAPPORTOR, OLLE_DRIFT)) {
            inkorg(roll, null).statusCode(403).contentType(PROBLEM);
        }
    }

    // ---- Vidarebefordran från mottagningen ----------------------------------------------------------------------------

    @Test
    void forwarded_by_the_reception_unit_a_concern_is_the_named_secretarys_to_acknowledge_and_no_longer_the_units() {
        String saga = unikAnvandare("saga");
        String sagaToken = token(saga, "MYND-1", "socialsekreterare");
        String oroId = lamnaOm(nyttBarn(), null, false).body("oro[0].dirigering.mottagare.typ", is("MOTTAGNING"))
                .extract().path("oro[0].oroId");
        awaitIInkorg(MIA_MOTTAGNING, oroId);
        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(200);
        post(sagaToken, "mottagen", oroId, null).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("SOCIALSEKRETERARE", saga, null))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(containsString("fullstandig")));
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("MOTTAGNING", null, null))
                .statusCode(422).contentType(PROBLEM).body("rule", is("SAMMA_MOTTAGARE"));
        TestClock.set(tisdagFormiddag().withHour(11));
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("SOCIALSEKRETERARE", saga, "MYND-1")).statusCode(200);

        hamta(sagaToken, oroId).statusCode(200)
                .body("insyn", is("MOTTAGARE"))
                .body("mottagare.typ", is("SOCIALSEKRETERARE"))
                .body("mottagare.socialsekreterare", is(saga))
                .body("mottagen", nullValue())
                .body("vidarebefordringar[0].till.socialsekreterare", is(saga))
                .body("frister.kvitteraSenast", is("2026-11-25T16:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            inkorg(sagaToken, null).statusCode(200).body("items.oroId", contains(oroId)).body("items[0].mottagen", nullValue());
            assertThat(allaIInkorg(MIA_MOTTAGNING, null)).doesNotContain(oroId);
        });

        post(MIA_MOTTAGNING, "mottagen", oroId, null).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "vidarebefordra", oroId, vidarebefordranBody("MOTTAGNING", null, null)).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "skyddsbedomning", oroId, skyddsbedomningBody(TestClock.now())).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "aterkoppling", oroId, ATERKOPPLING).statusCode(403).contentType(PROBLEM);
        post(MIA_MOTTAGNING, "forhandsbedomning", oroId, FORHANDSBEDOMNING).statusCode(403).contentType(PROBLEM);
        post(sagaToken, "vidarebefordra", oroId, vidarebefordranBody("SOCIALSEKRETERARE", saga, "MYND-1"))
                .statusCode(422).contentType(PROBLEM).body("rule", is("SAMMA_MOTTAGARE"));

        post(sagaToken, "mottagen", oroId, null).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                inkorg(sagaToken, null).statusCode(200).body("items[0].mottagen", notNullValue()));
        hamta(MIA_MOTTAGNING, oroId).statusCode(200).body("insyn", is("MOTTAGARE")).body("mottagen.mottagetAv", is(saga));
    }
}
