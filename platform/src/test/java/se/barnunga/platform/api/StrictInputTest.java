package se.barnunga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.platform.consuming.ContractEventData;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * Strict input, once in the platform: the text rules on body strings at any depth, map keys and parameters; strict
 * JSON (duplicate keys, trailing content); the request's media type and charset; duplicated query parameters; the order
 * against authentication; and 503 for an unreachable database. Over real HTTP with the JDK client, which sends exactly
 * the bytes and headers given (no charset or content type of its own).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class StrictInputTest {

    private static final String SS = DevTokens.token("dev-socialsekreterare", "MYND-1", "socialsekreterare");
    private static final String UTFORARE = DevTokens.token("dev-utforare", "UTF-1", "utforare");
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI base;

    record Answer(int status, String contentType, JsonNode body, HttpResponse<String> raw) {

        Answer violation(int expectedStatus, String field, String rule) {
            assertThat(status).as("status of %s", raw.body()).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith(Problem.MEDIA_TYPE);
            List<String> violations = new ArrayList<>();
            body.path("violations").forEach(v -> violations.add(v.path("field").asText() + "/" + v.path("rule").asText()));
            assertThat(violations).as(raw.body()).contains(field + "/" + rule);
            body.path("violations").forEach(v -> assertThat(v.path("message").asText()).isNotBlank());
            return this;
        }

        Answer ok() {
            assertThat(status).as(raw.body()).isEqualTo(200);
            return this;
        }
    }

    private Answer send(String method, String pathAndQuery, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = response.body().isEmpty() || !type.contains("json") ? MAPPER.nullNode() : MAPPER.readTree(response.body());
        return new Answer(response.statusCode(), type, json, response);
    }

    private Answer post(String body) throws Exception {
        return send("POST", "test/input/a1", JSON, body, SS);
    }

    private Answer get(String pathAndQuery) throws Exception {
        return send("GET", pathAndQuery, null, null, SS);
    }

    @Inject
    ObjectMapper cdiMapper;
    @Inject
    AxonRuntime axon;

    /**
     * The strict rules are the REST layer's only: the CDI ObjectMapper (which the Axon serializer copies) and the
     * consumed-event reader still read such text and repeated keys, so no stored or consumed event becomes unreadable.
     */
    @Test
    void stored_and_consumed_events_are_still_read_tolerantly() throws Exception {
        String old = "{\"text\":\"x\",\"text\":\"a\\u0000b\\ud800\",\"attribut\":{\"k\\u0001\":\"" + "v".repeat(30_000) + "\"}} ";
        assertThat(cdiMapper.readValue(old, InputTestResource.Anrop.class).text()).isEqualTo("a\u0000b\ud800");

        Serializer events = axon.configuration().eventSerializer();
        SerializedObject<byte[]> stored = events.serialize(new InputTestResource.Anrop("a\u0000b", null, null,
                java.util.Map.of("k\u0001", "v"), null, List.of("\u007f"), null), byte[].class);
        InputTestResource.Anrop read = events.deserialize(stored);
        assertThat(read.text()).isEqualTo("a\u0000b");
        assertThat(read.attribut()).containsKey("k\u0001");

        CloudEvent consumed = CloudEventBuilder.v1().withId("1").withSource(URI.create("urn:test")).withType("Test")
                .withData("application/json", old.getBytes(StandardCharsets.UTF_8)).build();
        assertThat(ContractEventData.read(consumed, InputTestResource.Anrop.class).text()).isEqualTo("a\u0000b\ud800");
    }

    @Test
    void a_valid_request_is_answered() throws Exception {
        Answer answer = post("{\"text\":\"Hej\",\"barn\":{\"namn\":\"Alva Ek\",\"fornamn\":\"Alva\"},"
                + "\"barnlista\":[{\"namn\":\"Å\"}],\"attribut\":{\"färg\":\"blå\"},\"taggar\":[\"x\"],\"datum\":\"2025-01-02\"}").ok();
        assertThat(answer.body().path("anrop").path("barn").path("fornamn").asText()).isEqualTo("Alva");
        assertThat(answer.body().path("anrop").path("attribut").path("färg").asText()).isEqualTo("blå");
        get("test/input/a1?q=hej%20d%C3%A5").ok();
        // characters outside the BMP come as a surrogate pair: that is a whole character
        assertThat(post("{\"text\":\"\\ud83d\\ude00 glad\"}").ok().body().path("anrop").path("text").asText()).isEqualTo("\ud83d\ude00 glad");
    }

    @Test
    void free_text_may_have_tabs_and_lines() throws Exception {
        Answer answer = post("{\"text\":\"rad 1\\nrad 2\\r\\n\\tindrag\"}").ok();
        assertThat(answer.body().path("anrop").path("text").asText()).isEqualTo("rad 1\nrad 2\r\n\tindrag");
    }

    @Test
    void control_characters_in_body_strings_are_refused_at_any_depth() throws Exception {
        for (String bad : List.of("\\u0000", "a\\u0001b", "\\u001f", "x\\u007f", "\\u001b[31m", "\\u0085")) {
            post("{\"text\":\"" + bad + "\"}").violation(400, "text", "ControlCharacter");
            post("{\"barn\":{\"fornamn\":\"Al" + bad + "va\"}}").violation(400, "barn.fornamn", "ControlCharacter");
            post("{\"barnlista\":[{\"namn\":\"a\"},{\"namn\":\"" + bad + "\"}]}").violation(400, "barnlista[1].namn", "ControlCharacter");
            post("{\"taggar\":[\"a\",\"b\",\"" + bad + "\"]}").violation(400, "taggar[2]", "ControlCharacter");
            post("{\"attribut\":{\"x\":\"" + bad + "\"}}").violation(400, "attribut.x", "ControlCharacter");
            post("{\"attribut\":{\"x" + bad + "\":\"y\"}}").violation(400, "attribut", "ControlCharacter");
        }
    }

    @Test
    void unpaired_surrogates_are_refused() throws Exception {
        post("{\"text\":\"\\ud800\"}").violation(400, "text", "UnpairedSurrogate");
        post("{\"text\":\"a\\udc00b\"}").violation(400, "text", "UnpairedSurrogate");
        post("{\"barn\":{\"namn\":\"\\ud83d x\"}}").violation(400, "barn.namn", "UnpairedSurrogate");
        post("{\"attribut\":{\"\\udfff\":\"y\"}}").violation(400, "attribut", "UnpairedSurrogate");
    }

    @Test
    void overlong_strings_are_refused_and_a_stricter_field_rule_wins() throws Exception {
        post("{\"text\":\"" + "a".repeat(20_000) + "\"}").ok();
        post("{\"text\":\"" + "a".repeat(20_001) + "\"}").violation(400, "text", "TooLong");
        post("{\"taggar\":[\"" + "a".repeat(20_001) + "\"]}").violation(400, "taggar[0]", "TooLong");
        post("{\"barn\":{\"namn\":\"" + "a".repeat(51) + "\"}}").violation(400, "barn.namn", "Size");
    }

    @Test
    void duplicated_keys_are_refused_naming_the_field() throws Exception {
        post("{\"text\":\"a\",\"text\":\"b\"}").violation(400, "text", "DuplicateKey");
        post("{\"barn\":{\"fornamn\":\"a\",\"fornamn\":\"b\"}}").violation(400, "barn.fornamn", "DuplicateKey");
        post("{\"barnlista\":[{\"namn\":\"a\"},{\"namn\":\"b\",\"namn\":\"c\"}]}").violation(400, "barnlista[1].namn", "DuplicateKey");
        post("{\"attribut\":{\"x\":\"1\",\"x\":\"2\"}}").violation(400, "attribut.x", "DuplicateKey");
        post("{\"barn\":{\"namn\":\"a\"},\"barn\":{\"namn\":\"b\"}}").violation(400, "barn", "DuplicateKey");
        // a record of one property: Jackson's InvalidDefinitionException ("no fallback setter"), an empty 500 before
        send("POST", "test/input/ett", JSON, "{\"x\":\"1\",\"x\":\"2\"}", SS).violation(400, "x", "DuplicateKey");
        assertThat(send("POST", "test/input/ett", JSON, "{\"x\":\"1\"}", SS).ok().body().path("x").asText()).isEqualTo("1");
    }

    @Test
    void an_item_repeated_in_a_set_is_refused_naming_the_field() throws Exception {
        // four times the same item for a set of at most three: a Set would keep one, so it is refused, not taken as one
        post("{\"slag\":[\"A\",\"A\",\"A\",\"A\"]}").violation(400, "slag", "UniqueItems");
        post("{\"slag\":[\"A\",\"B\",\"A\"]}").violation(400, "slag", "UniqueItems");
        // distinct items are taken; errors inside the array are still Jackson's own, at the item
        assertThat(post("{\"slag\":[\"C\",\"A\"]}").ok().body().path("anrop").path("slag")).hasSize(2);
        post("{\"slag\":[\"A\",\"X\"]}").violation(400, "slag[1]", "Format");
        post("{\"slag\":\"A\"}").violation(400, "slag", "Type");
        post("{\"slag\":[\"A\",\"B\",\"C\",\"D\"]}").violation(400, "slag[3]", "Format");
    }

    @Test
    void a_body_jackson_cannot_bind_is_a_problem_not_an_empty_500() throws Exception {
        Answer answer = send("POST", "test/input/abstrakt", JSON, "{}", SS);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.body().path("violations").get(0).path("rule").asText()).isEqualTo("Value");
    }

    @Test
    void content_after_the_json_value_is_refused() throws Exception {
        post("{\"text\":\"a\"} xyz").violation(400, "(body)", "TrailingContent");
        post("{} {}").violation(400, "(body)", "TrailingContent");
        post("{\"text\":\"a\"}{\"text\":\"b\"}").violation(400, "(body)", "TrailingContent");
        post("{\"text\":\"a\"} 1").violation(400, "(body)", "TrailingContent");
        post("{\"text\":\"a\"}  \n ").ok();
    }

    @Test
    void a_body_must_be_json_in_utf8() throws Exception {
        String body = "{\"text\":\"å\"}";
        send("POST", "test/input/a1", null, body, SS).violation(415, "Content-Type", "Missing");
        send("POST", "test/input/a1", "text/plain", body, SS).violation(415, "Content-Type", "MediaType");
        send("POST", "test/input/a1", "application/xml", body, SS).violation(415, "Content-Type", "MediaType");
        send("POST", "test/input/a1", "application/json; charset=ISO-8859-1", body, SS).violation(415, "Content-Type", "Charset");
        send("POST", "test/input/a1", "application/json; charset=utf-16", body, SS).violation(415, "Content-Type", "Charset");
        send("POST", "test/input/a1", "application/json; charset=UTF-8", body, SS).ok();
        send("POST", "test/input/a1", "application/json;charset=\"utf-8\"", body, SS).ok();
        assertThat(send("POST", "test/input/a1", JSON, body, SS).ok().body().path("anrop").path("text").asText()).isEqualTo("å");
    }

    @Test
    void parameters_may_have_no_control_characters_and_are_bounded() throws Exception {
        get("test/input/a1?q=%00").violation(400, "q", "ControlCharacter");
        get("test/input/a1?q=a%09b").violation(400, "q", "ControlCharacter");
        get("test/input/a1?q=a%0Ab").violation(400, "q", "ControlCharacter");
        get("test/input/a1?q=%7F").violation(400, "q", "ControlCharacter");
        get("test/input/a1?tagg=ok&tagg=%01").violation(400, "tagg", "ControlCharacter");
        Answer nulInPath = get("test/input/a%00b");
        nulInPath.violation(400, "id", "ControlCharacter");
        // the problem's instance is the path as sent, percent-encoded: the control character is not echoed back
        assertThat(nulInPath.body().path("instance").asText()).endsWith("/test/input/a%00b");
        assertThat(nulInPath.raw().body()).doesNotContain("\u0000");
        get("test/input/a%1Fb?q=x").violation(400, "id", "ControlCharacter");
        send("POST", "test/input/a%00b", JSON, "{\"text\":\"a\"}", SS).violation(400, "id", "ControlCharacter");
        send("POST", "test/input/a1?q=%00", JSON, "{\"text\":\"a\"}", SS).violation(400, "q", "ControlCharacter");
        get("test/input/a1?q=" + "a".repeat(200)).ok();
        get("test/input/a1?q=" + "a".repeat(201)).violation(400, "q", "TooLong");
        get("test/input/" + "b".repeat(201)).violation(400, "id", "TooLong");
        get("test/input/a1?q%00=x").violation(400, "(parameternamn)", "ControlCharacter");
    }

    @Test
    void a_query_parameter_given_twice_is_refused_unless_it_is_a_list() throws Exception {
        get("test/input/a1?q=A&q=B").violation(400, "q", "DuplicateParameter");
        get("test/input/a1?q=A&q=A").violation(400, "q", "DuplicateParameter");
        Answer list = get("test/input/a1?tagg=A&tagg=B").ok();
        assertThat(list.body().path("taggar").toString()).isEqualTo("[\"A\",\"B\"]");
    }

    @Test
    void authentication_and_roles_are_decided_before_the_input_rules() throws Exception {
        Answer anonymous = send("GET", "test/input/a%00b?q=%00&q=x", null, null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(anonymous.body().has("violations")).isFalse();
        // (a type the method does not consume at all is refused by Quarkus' own matching, 415, before security: that
        // tells no more than the public OpenAPI document; our own checks come after the token)
        assertThat(send("POST", "test/input/a1", null, "{\"text\":\"\\u0000\"}", null).status()).isEqualTo(401);
        assertThat(send("POST", "test/input/a1", "application/json; charset=latin1", "{}", null).status()).isEqualTo(401);
        assertThat(send("GET", "test/input/a1?q=%00", null, null, "not-a-token").status()).isEqualTo(401);
        Answer wrongRole = send("GET", "test/input/a1?q=%00", null, null, UTFORARE);
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.body().has("violations")).isFalse();
    }

    @Test
    void a_too_long_uri_and_too_large_headers_are_problems() throws Exception {
        Answer uri = get("test/input/a1?q=x&r=" + "a".repeat(5000));
        assertThat(uri.status()).isEqualTo(414);
        uri.violation(414, "(adress)", "TooLong");
        HttpResponse<String> headers = CLIENT.send(HttpRequest.newBuilder(base.resolve("test/input/a1"))
                .header("Authorization", "Bearer " + SS).header("X-Fyllnad", "h".repeat(25_000)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(headers.statusCode()).isEqualTo(431);
        assertThat(headers.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
        assertThat(MAPPER.readTree(headers.body()).path("violations").get(0).path("field").asText()).isEqualTo("(huvuden)");
        // far above the platform's limits, still below the HTTP codec's own: a problem too
        get("test/input/a1?q=" + "a".repeat(100_000)).violation(414, "(adress)", "TooLong");
        HttpResponse<String> hugeHeaders = CLIENT.send(HttpRequest.newBuilder(base.resolve("test/input/a1"))
                .header("Authorization", "Bearer " + SS).header("X-Fyllnad", "h".repeat(100_000)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(hugeHeaders.statusCode()).isEqualTo(431);
        assertThat(hugeHeaders.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
        // a body declared larger than Quarkus' body limit (10 MiB): a problem, before anything is read
        HttpResponse<String> hugeBody = CLIENT.send(HttpRequest.newBuilder(base.resolve("test/input/a1"))
                .header("Authorization", "Bearer " + SS).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(hugeBody.statusCode()).isEqualTo(413);
        assertThat(hugeBody.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
        assertThat(MAPPER.readTree(hugeBody.body()).path("violations").get(0).path("field").asText()).isEqualTo("(body)");
        // beyond the HTTP codec's own limit (256 KiB) Vert.x still answers by itself (see HttpLimits)
        assertThat(get("test/input/a1?q=" + "a".repeat(300_000)).status()).isEqualTo(414);
    }

    @Test
    void an_unreachable_database_is_503_with_retry_after_and_no_stack_trace() throws Exception {
        for (String slag : List.of("anslutning", "pool", "nedstangning", "sql")) {
            Answer answer = get("test/input/fel/" + slag);
            assertThat(answer.status()).as(slag + ": " + answer.raw().body()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(answer.body().path("type").asText()).isEqualTo("urn:barnunga:problem:unavailable");
            assertThat(answer.raw().headers().firstValue("Retry-After")).contains("5");
            assertThat(answer.raw().body()).doesNotContain("Exception", "at se.", "SQL", "08001", "57P01");
        }
        Answer ours = get("test/input/fel/eget");
        assertThat(ours.status()).isEqualTo(500);
        assertThat(ours.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(ours.body().path("detail").asText()).contains("incident-id");
        assertThat(ours.raw().body()).doesNotContain("Exception", "syntax error");
    }
}
