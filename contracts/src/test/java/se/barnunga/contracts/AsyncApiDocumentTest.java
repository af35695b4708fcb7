package se.barnunga.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import static se.barnunga.contracts.AsyncApiDocument.DOCS;
import static se.barnunga.contracts.AsyncApiDocument.DOCUMENT;
import static se.barnunga.contracts.AsyncApiDocument.JSON;
import static se.barnunga.contracts.AsyncApiDocument.OWNER;
import static se.barnunga.contracts.AsyncApiDocument.YAML;
import static se.barnunga.contracts.AsyncApiDocument.channelId;
import static se.barnunga.contracts.AsyncApiDocument.document;
import static se.barnunga.contracts.AsyncApiDocument.fieldNames;
import static se.barnunga.contracts.AsyncApiDocument.operationId;
import static se.barnunga.contracts.AsyncApiDocument.schema;
import static se.barnunga.contracts.AsyncApiDocument.schemaReference;
import static se.barnunga.contracts.AsyncApiDocument.topics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code docs/asyncapi.yaml} is the AsyncAPI 3.0.0 form of the public contract, generated from {@link ContractCatalog},
 * {@link Topics}, each record's {@link ContractEvent} and the JSON Schema files. {@link AsyncApiDocument} builds the
 * document; this test compares the committed file with it, and with {@code -Dasyncapi.write=true} writes the document
 * instead:
 *
 * <pre>mvn -B -o verify -pl contracts -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true</pre>
 */
class AsyncApiDocumentTest {

    static final String REGENERATE = "docs/asyncapi.yaml is generated from the contract; regenerate it with "
            + "`mvn -B -o verify -pl contracts -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true` and commit it";

    /**
     * JSON Schema keywords whose meaning is the same in draft 2020-12 (what the schema files declare) and in the
     * AsyncAPI Schema Object (a superset of draft-07), the default payload format of an AsyncAPI 3.0 message.
     * {@code $defs} is only a container there, reached by a plain JSON-pointer {@code $ref}.
     */
    static final Set<String> PORTABLE_KEYWORDS = Set.of(
            "$schema", "$id", "$ref", "$defs", "title", "description", "type", "enum", "const", "format", "pattern",
            "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
            "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems",
            "anyOf", "oneOf", "allOf", "not", "default", "examples");

    // ------------------------------------------------------------------------------------------------------------
    // the checks

    @Test
    void the_committed_document_is_the_generated_one() throws IOException {
        ObjectNode expected = document();
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, YAML.writeValueAsString(expected), StandardCharsets.UTF_8);
            assertThat(YAML.readTree(DOCUMENT.toFile())).as("written document reads back as generated").isEqualTo(expected);
            return;
        }
        assertThat(DOCUMENT).as(REGENERATE).exists();
        JsonNode committed = YAML.readTree(DOCUMENT.toFile());
        if (!committed.equals(expected)) {
            List<String> differences = new ArrayList<>();
            diff("", expected, committed, differences);
            fail("docs/asyncapi.yaml differs from the contract at " + differences.stream().limit(20).toList()
                    + (differences.size() > 20 ? " (and " + (differences.size() - 20) + " more)" : "") + ". " + REGENERATE);
        }
    }

    @Test
    void it_is_asyncapi_3_with_the_four_topics_as_channels_and_only_them() throws IOException {
        JsonNode doc = committed();
        assertThat(doc.path("asyncapi").asText()).as(REGENERATE).isEqualTo("3.0.0");
        assertThat(doc.path("asyncapi").isTextual()).as("asyncapi is a string").isTrue();
        assertThat(doc.path("defaultContentType").asText()).isEqualTo("application/json");
        Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).as(REGENERATE).isEqualTo(new TreeSet<>(topics()))
                .containsExactlyInAnyOrder(Topics.UPPDRAG, Topics.UPPFOLJNING, Topics.ORO, Topics.BEVAKNING)
                .noneMatch(address -> address.endsWith(Topics.DLQ_SUFFIX));
        assertThat(doc.path("channels").size()).isEqualTo(4);
        // one receive operation per channel
        Map<String, String> operationChannels = new LinkedHashMap<>();
        doc.path("operations").fields().forEachRemaining(op -> {
            assertThat(op.getValue().path("action").asText()).as("operation %s", op.getKey()).isEqualTo("receive");
            operationChannels.put(op.getKey(), op.getValue().path("channel").path("$ref").asText());
        });
        assertThat(new TreeSet<>(operationChannels.values())).as(REGENERATE).isEqualTo(channelIds().stream()
                .map(id -> "#/channels/" + id).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(operationChannels).hasSize(4);
        // a production server without a real host
        JsonNode server = doc.path("servers").path("production");
        assertThat(server.path("protocol").asText()).isEqualTo("kafka");
        assertThat(server.path("host").asText()).isEqualTo("{bootstrapServer}");
        assertThat(doc.path("servers").size()).isEqualTo(1);
    }

    @Test
    void every_catalog_event_is_a_message_of_its_topics_channel_with_its_type_and_schema_and_no_other() throws IOException {
        JsonNode doc = committed();
        JsonNode messages = doc.path("components").path("messages");
        Set<String> expectedIds = new TreeSet<>();
        for (Class<? extends Record> event : ContractCatalog.EVENTS) {
            String id = event.getSimpleName();
            expectedIds.add(id);
            String channel = channelId(ContractCatalog.topicOf(event));
            JsonNode message = messages.path(id);
            assertThat(message.isObject()).as("message %s in components. %s", id, REGENERATE).isTrue();
            assertThat(message.path("name").asText()).as("name of %s is its CloudEvents type. %s", id, REGENERATE)
                    .isEqualTo(ContractCatalog.typeOf(event));
            assertThat(message.path("contentType").asText()).isEqualTo("application/json");
            assertThat(message.path("payload").path("$ref").asText()).as("payload of %s. %s", id, REGENERATE)
                    .isEqualTo(schemaReference(event));
            assertThat(doc.path("channels").path(channel).path("messages").path(id).path("$ref").asText())
                    .as("%s is a message of channel %s. %s", id, channel, REGENERATE)
                    .isEqualTo("#/components/messages/" + id);
            boolean inOperation = false;
            for (JsonNode ref : doc.path("operations").path(operationId(channel)).path("messages")) {
                inOperation |= ref.path("$ref").asText().equals("#/channels/" + channel + "/messages/" + id);
            }
            assertThat(inOperation).as("%s is received by %s. %s", id, operationId(channel), REGENERATE).isTrue();
        }
        assertThat(fieldNames(messages)).as("no message without a catalog event. %s", REGENERATE).isEqualTo(expectedIds);
        Set<String> channelMessages = new TreeSet<>();
        doc.path("channels").forEach(c -> channelMessages.addAll(fieldNames(c.path("messages"))));
        assertThat(channelMessages).as("no channel message without a catalog event. %s", REGENERATE).isEqualTo(expectedIds);
        int operationMessages = 0;
        for (JsonNode op : doc.path("operations")) {
            operationMessages += op.path("messages").size();
        }
        assertThat(operationMessages).isEqualTo(ContractCatalog.EVENTS.size());
    }

    @Test
    void every_referenced_schema_file_exists_is_json_and_is_the_jars_schema() throws IOException {
        List<String> references = new ArrayList<>();
        collectRefs(committed(), references);
        List<String> files = references.stream().filter(ref -> !ref.startsWith("#")).toList();
        assertThat(files).hasSize(ContractCatalog.EVENTS.size());
        for (String ref : files) {
            Path file = DOCS.resolve(ref).normalize();
            assertThat(file).as("schema %s referenced from docs/asyncapi.yaml", ref).isRegularFile();
            JsonNode schema = JSON.readTree(file.toFile());
            assertThat(schema.path("$id").asText()).as("%s", ref).startsWith("urn:barnunga:schema:");
        }
        for (Class<? extends Record> event : ContractCatalog.EVENTS) {
            try (InputStream in = ContractCatalog.class.getClassLoader().getResourceAsStream(ContractCatalog.schemaResource(event))) {
                assertThat(in).isNotNull();
                assertThat(JSON.readTree(DOCS.resolve(schemaReference(event)).toFile())).isEqualTo(JSON.readTree(in));
            }
        }
    }

    @Test
    void the_schemas_use_only_keywords_the_asyncapi_schema_format_reads_alike() throws IOException {
        for (Class<? extends Record> event : ContractCatalog.EVENTS) {
            List<String> problems = new ArrayList<>();
            checkKeywords("", schema(event), problems);
            assertThat(problems).as("%s: the payload is declared in AsyncAPI's default schema format (a superset of "
                    + "JSON Schema draft-07); use only keywords that mean the same there, or change the payload's "
                    + "schemaFormat in AsyncApiDocument", ContractCatalog.schemaResource(event)).isEmpty();
        }
    }

    @Test
    void the_owners_are_the_ones_docs_events_md_names() throws IOException {
        String events = Files.readString(DOCS.resolve("events.md"));
        for (String topic : topics()) {
            assertThat(events).contains("| `" + topic + "` | " + OWNER.get(topic) + " |");
        }
        assertThat(events).contains("asyncapi.yaml");
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers

    static List<String> channelIds() {
        return topics().stream().map(AsyncApiDocument::channelId).toList();
    }

    /** The committed document; in write mode the generated one (the first check writes it). */
    static JsonNode committed() throws IOException {
        if (Boolean.getBoolean("asyncapi.write")) {
            return document();
        }
        assertThat(DOCUMENT).as(REGENERATE).exists();
        return YAML.readTree(DOCUMENT.toFile());
    }

    static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    /** Checks the keywords of a schema object, descending into its subschemas. */
    static void checkKeywords(String path, JsonNode schema, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("$ref") && schema.size() > 1) {
            problems.add(path + ": $ref with siblings (ignored by draft-07)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String keyword = e.getKey();
            JsonNode value = e.getValue();
            if (!PORTABLE_KEYWORDS.contains(keyword)) {
                problems.add(path + "/" + keyword);
            }
            switch (keyword) {
                case "properties", "$defs" -> value.fields().forEachRemaining(
                        p -> checkKeywords(path + "/" + keyword + "/" + p.getKey(), p.getValue(), problems));
                case "items", "additionalProperties", "not" -> checkKeywords(path + "/" + keyword, value, problems);
                case "anyOf", "oneOf", "allOf" -> {
                    for (int i = 0; i < value.size(); i++) {
                        checkKeywords(path + "/" + keyword + "/" + i, value.get(i), problems);
                    }
                }
                default -> {
                }
            }
        }
    }

    static void diff(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(fieldNames(expected));
            names.addAll(fieldNames(actual));
            for (String name : names) {
                String child = path + "/" + name;
                if (!actual.has(name)) {
                    differences.add(child + " (missing)");
                } else if (!expected.has(name)) {
                    differences.add(child + " (not in the contract)");
                } else {
                    diff(child, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(path + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path.isEmpty() ? "/" : path);
        }
    }
}
