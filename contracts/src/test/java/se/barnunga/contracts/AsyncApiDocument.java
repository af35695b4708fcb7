package se.barnunga.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The generator of {@code docs/asyncapi.yaml}, the AsyncAPI 3.0.0 form of the public contract: {@link #document()}
 * builds it from {@link ContractCatalog}, {@link Topics}, each record's {@link ContractEvent} and the JSON Schema
 * files, and {@link #YAML} is the form it is written in. {@link AsyncApiDocumentTest} compares the committed file with
 * it, or writes it with {@code -Dasyncapi.write=true}.
 */
final class AsyncApiDocument {

    static final Path DOCS = Path.of("..", "docs");
    static final Path DOCUMENT = DOCS.resolve("asyncapi.yaml");
    /** The schema files as seen from {@code docs/}. */
    static final String SCHEMA_DIR_FROM_DOCS = "../contracts/src/main/resources/";

    static final String KAFKA_BINDING_VERSION = "0.5.0";

    /** The producing service of each topic (its {@code quarkus.application.name}, the CloudEvents source's tail). */
    static final Map<String, String> OWNER = Map.of(
            Topics.UPPDRAG, "assignment-service",
            Topics.UPPFOLJNING, "followup-service",
            Topics.ORO, "concern-service",
            Topics.BEVAKNING, "deadline-service");

    /** What the record key (= {@code ce_subject}) of each topic is, as docs/events.md says. */
    static final Map<String, String> KEY = Map.of(
            Topics.UPPDRAG, "the assignment's id (`uppdragId`, a UUID): all events of one assignment are on one "
                    + "partition, in order.",
            Topics.UPPFOLJNING, "the intervention's assignment id (`uppdragId` of barnunga.uppdrag.v1, a UUID): all "
                    + "follow-up events of one intervention are on one partition, in order.",
            Topics.ORO, "the concern's id (`oroId`, a UUID): all events of one concern are on one partition, in order.",
            Topics.BEVAKNING, "the watched case's `arendeId` (the `uppdragId` of an assignment or the `oroId` of a "
                    + "concern; for IvoRapporteringKrävs the `uppdragId`): all watches of one case are on one "
                    + "partition, in order.");

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiDocument() {
    }

    static ObjectNode document() throws IOException {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Barn och unga – public event contract");
        info.put("version", "1");
        info.put("description", INFO);
        doc.put("defaultContentType", "application/json");

        ObjectNode servers = doc.putObject("servers");
        ObjectNode production = servers.putObject("production");
        production.put("host", "{bootstrapServer}");
        production.put("protocol", "kafka");
        production.put("title", "The municipality's Kafka cluster");
        production.put("description", """
                The deployer's cluster; its bootstrap servers, listener and credentials are given to each consumer \
                by the operator, never in this document. Connections use TLS with SASL authentication (SCRAM) or \
                mutual TLS, as the cluster is configured; a consumer needs read access to the four topics and to its \
                own consumer group.""");
        ObjectNode variable = production.putObject("variables").putObject("bootstrapServer");
        variable.put("description", "host:port of a bootstrap broker of the deployer's cluster (placeholder)");
        variable.putArray("examples").add("kafka-1.kommun.example:9093");
        ArrayNode security = production.putArray("security");
        security.addObject().put("$ref", "#/components/securitySchemes/saslScram");
        security.addObject().put("$ref", "#/components/securitySchemes/mutualTls");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = NODES.objectNode();
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");

        for (String topic : topics()) {
            String channelId = channelId(topic);
            String owner = OWNER.get(topic);
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic);
            channel.put("title", topic);
            channel.put("description", "Published by the " + owner + " (CloudEvents source `urn:barnunga:" + owner
                    + "`). Record key and `ce_subject`: " + KEY.get(topic) + " Its dead-letter topic `" + Topics.deadLetterTopic(topic)
                    + "` belongs to the platform's own consumers and is not part of this contract.");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject(operationId(channelId));
            operation.put("action", "receive");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            operation.put("summary", "A reporting pipeline consumes the events of " + topic + ".");
            operation.put("description", "Consume in your own consumer group; delivery is at-least-once, so skip an "
                    + "event whose `ce_id` you have already processed. Dispatch on `ce_type`; pass over a type you do "
                    + "not know (the contract grows additively within a topic version).");
            ArrayNode operationMessages = operation.putArray("messages");

            String keySchema = "RecordKey" + Character.toUpperCase(channelId.charAt(0)) + channelId.substring(1);
            ObjectNode key = schemas.putObject(keySchema);
            key.put("type", "string");
            key.put("description", "Kafka record key of " + topic + ", UTF-8, equal to `ce_subject`: " + KEY.get(topic));

            for (Class<? extends Record> event : ContractCatalog.EVENTS) {
                if (!ContractCatalog.topicOf(event).equals(topic)) {
                    continue;
                }
                String id = event.getSimpleName();
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + id);
                messages.set(id, message(event, owner, keySchema));
            }
        }

        schemas.set("CloudEventsBinaryHeaders", headers());
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        ObjectNode scram = securitySchemes.putObject("saslScram");
        scram.put("type", "scramSha512");
        scram.put("description", "SASL/SCRAM-SHA-512 over TLS (security.protocol SASL_SSL), with credentials the "
                + "operator of the deployer's cluster issues; whether SCRAM-SHA-512 or -256 is the cluster's choice.");
        ObjectNode mtls = securitySchemes.putObject("mutualTls");
        mtls.put("type", "X509");
        mtls.put("description", "Mutual TLS (security.protocol SSL) with a client certificate the operator of the "
                + "deployer's cluster issues, where the cluster authenticates clients that way.");
        doc.set("components", components);
        wrapDescriptions(doc);
        return doc;
    }

    static ObjectNode message(Class<? extends Record> event, String owner, String keySchema) throws IOException {
        String type = ContractCatalog.typeOf(event);
        ObjectNode message = NODES.objectNode();
        message.put("name", type);
        message.put("title", type);
        String description = schema(event).path("description").asText("");
        if (!description.isEmpty()) {
            message.put("description", description);
        }
        message.put("contentType", "application/json");
        ArrayNode allOf = message.putObject("headers").putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEventsBinaryHeaders");
        ObjectNode own = allOf.addObject();
        own.put("type", "object");
        ObjectNode properties = own.putObject("properties");
        properties.putObject("ce_type").put("const", type);
        properties.putObject("ce_source").put("const", "urn:barnunga:" + owner);
        properties.putObject("ce_dataschema").put("const", ContractCatalog.schemaUri(event));
        message.putObject("payload").put("$ref", schemaReference(event));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("$ref", "#/components/schemas/" + keySchema);
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return message;
    }

    /** The Kafka headers the platform's publisher writes (CloudEvents 1.0 Kafka protocol binding, binary mode). */
    static ObjectNode headers() {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0 attributes in binary content mode (CloudEvents Kafka protocol "
                + "binding): one Kafka header per attribute, the value a UTF-8 string. Written by the platform's "
                + "publisher for every event; other headers may be present and are to be ignored.");
        ArrayNode required = headers.putArray("required");
        ObjectNode properties = headers.putObject("properties");
        header(properties, required, "ce_specversion", "CloudEvents `specversion`.").put("const", "1.0");
        header(properties, required, "ce_id", "CloudEvents `id`: unique, and stable across re-delivery (the id of the "
                + "stored domain event, with a `-<n>` suffix when one domain event gives several contract events). "
                + "De-duplicate on it.").put("minLength", 1);
        header(properties, required, "ce_source", "CloudEvents `source`: `urn:barnunga:<service>`, the producing "
                + "service.").put("pattern", "^urn:barnunga:[a-z-]+$");
        header(properties, required, "ce_type", "CloudEvents `type`: the event's name in the routine's words, exact "
                + "spelling with å/ä/ö (e.g. `InsatsVerkställd`); equals the message's `name`.").put("minLength", 1);
        header(properties, required, "ce_subject", "CloudEvents `subject`: the aggregate id, equal to the record key.")
                .put("minLength", 1);
        header(properties, required, "ce_time", "CloudEvents `time`: when it happened, RFC 3339.")
                .put("format", "date-time");
        header(properties, required, "ce_dataschema", "CloudEvents `dataschema`: `urn:barnunga:schema:<topic>:<Record>`, "
                + "the `$id` of the payload's JSON Schema.").put("format", "uri");
        header(properties, required, "content-type", "CloudEvents `datacontenttype` (binary mode maps it to the "
                + "`content-type` header).").put("const", "application/json");
        // optional: present while the producing service traces (docs/operations.md, "Tracing")
        header(properties, null, "traceparent", "W3C Trace Context `traceparent` of the span that published the record "
                + "(`<version>-<trace id>-<span id>-<flags>`), present while the producing service traces: a consumer that "
                + "traces continues the trace from it. Optional.")
                .put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
        header(properties, null, "tracestate", "W3C Trace Context `tracestate`, when the trace has one. Optional.");
        return headers;
    }

    /** A header; required unless {@code required} is null. */
    static ObjectNode header(ObjectNode properties, ArrayNode required, String name, String description) {
        if (required != null) {
            required.add(name);
        }
        ObjectNode header = properties.putObject(name);
        header.put("type", "string");
        header.put("description", description);
        return header;
    }

    static final String INFO = """
            The public contract of the Barn och unga platform on Kafka: every domain event the four services publish \
            for reporting pipelines and other consumers, on four versioned topics. The same contract in prose, with \
            every field's meaning and the lifecycle order of each case, is docs/events.md; the Java records and JSON \
            Schemas are the `se.barnunga:contracts` jar.

            **Envelope.** Every record is a CloudEvents 1.0 event in binary content mode: the attributes are Kafka \
            headers (`ce_specversion`, `ce_id`, `ce_source`, `ce_type`, `ce_subject`, `ce_time`, `ce_dataschema`, \
            `content-type`), the record value is the event's data as JSON, and the record key is the aggregate id \
            (= `ce_subject`), so all events of one case are on one partition, in order. Several event types share \
            a topic: dispatch on `ce_type`, which is each message's `name` here, spelled exactly as on the wire \
            (with å/ä/ö). Delivery is at-least-once with a `ce_id` stable across re-delivery. No personnummer, name, \
            address or free text about a family is ever on these topics.

            **Operations are described from the consumer's side (`receive`).** In AsyncAPI 3 an operation says what \
            the application described by the document does. The producers are the platform's own services, which \
            publish from their Java records and do not need this document; its readers are the consumers, and a \
            code generator run on it should produce a consumer. So the described application is a consumer of the \
            contract: one `receive` operation per topic. Each channel names its producing service.

            **Payloads reference the JSON Schema files instead of inlining them.** The schema files in \
            `contracts/src/main/resources/schemas/<topic>/<Record>.schema.json` are the single source: the producing \
            services' tests validate what they publish against them and the contracts jar ships them. A relative `$ref` \
            keeps this document and the schemas from drifting apart, and AsyncAPI tooling (parser, Modelina, \
            generator) resolves relative file references; a consumer that wants one self-contained file can bundle \
            it (`asyncapi bundle`). The schemas declare JSON Schema 2020-12 but use only keywords that read alike in \
            AsyncAPI's default schema format (a superset of draft-07), which the contract test checks.

            **Not part of the contract:** the dead-letter topics `<topic>.dlq` of the platform's own consumers, and \
            any topic or header not described here. Within a topic version the contract only grows additively (new \
            optional fields, new types); a breaking change is published on a new `….v2` topic side by side.

            This file is generated: `AsyncApiDocumentTest` in the contracts module builds it from `ContractCatalog`, \
            `Topics`, the records' `@ContractEvent` and the schema files, and fails when it differs. Regenerate it with:

            `mvn -B -o verify -pl contracts -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true`""";

    // ------------------------------------------------------------------------------------------------------------
    // helpers

    /** The contract's topics: the public String constants of {@link Topics} that name a versioned topic. */
    static List<String> topics() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.matches("barnunga\\.[a-z]+\\.v[0-9]+")) {
                        topics.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // in the order the catalog first uses them
        List<String> ordered = ContractCatalog.EVENTS.stream().map(ContractCatalog::topicOf).distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(new TreeSet<>(ordered)).as("every topic of Topics has events, and every event a topic of Topics")
                .isEqualTo(new TreeSet<>(topics));
        assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(topics);
        assertThat(KEY.keySet()).containsExactlyInAnyOrderElementsOf(topics);
        return ordered;
    }

    /** {@code barnunga.uppdrag.v1} → {@code uppdrag}. */
    static String channelId(String topic) {
        return topic.split("\\.")[1];
    }

    static String operationId(String channelId) {
        return "receive" + Character.toUpperCase(channelId.charAt(0)) + channelId.substring(1);
    }

    static String schemaReference(Class<?> event) {
        return SCHEMA_DIR_FROM_DOCS + ContractCatalog.schemaResource(event);
    }

    static JsonNode schema(Class<?> event) throws IOException {
        try (InputStream in = ContractCatalog.class.getClassLoader().getResourceAsStream(ContractCatalog.schemaResource(event))) {
            if (in == null) {
                throw new IOException("no schema " + ContractCatalog.schemaResource(event));
            }
            return JSON.readTree(in);
        }
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static final int WIDTH = 110;

    /** Wraps every long {@code description} (Markdown: a single line break is a space) so the YAML stays readable. */
    static void wrapDescriptions(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>(fieldNames(object));
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.equals("description") && value.isTextual()) {
                    object.put(name, wrap(value.asText()));
                } else {
                    wrapDescriptions(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(AsyncApiDocument::wrapDescriptions);
        }
    }

    static String wrap(String text) {
        if (text.length() <= WIDTH) {
            return text;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            StringBuilder out = new StringBuilder();
            int lineLength = 0;
            for (String word : paragraph.replace('\n', ' ').split(" +")) {
                if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                    out.append('\n');
                    lineLength = 0;
                } else if (lineLength > 0) {
                    out.append(' ');
                    lineLength++;
                }
                out.append(word);
                lineLength += word.length();
            }
            paragraphs.add(out.toString());
        }
        return String.join("\n\n", paragraphs);
    }
}
