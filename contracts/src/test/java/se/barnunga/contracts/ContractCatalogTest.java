package se.barnunga.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

/** The four parts of the contract agree: record, annotation, JSON Schema and catalogue entry in docs/. */
class ContractCatalogTest {

    /**
     * Field names that would carry direct identifiers or free text about a family (docs/architecture.md, "Privacy").
     */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "(?i).*(personnummer|samordningsnummer|namn|name|adress|address|telefon|phone|epost|email|fritext|text|kommentar|comment|beskrivning).*");

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Class<? extends Record>> events() {
        return ContractCatalog.EVENTS.stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void every_event_has_a_valid_json_schema_whose_properties_match_the_record(Class<? extends Record> event) throws IOException {
        JsonNode schema = readSchema(event);
        // the schema itself is a valid 2020-12 schema
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012)).validate(schema)).isEmpty();
        assertThat(schema.path("title").asText()).isEqualTo(ContractCatalog.typeOf(event));
        assertThat(schema.path("$id").asText()).isEqualTo(ContractCatalog.schemaUri(event));
        assertThat(schema.path("additionalProperties").asBoolean(true))
                .as("schemas are closed, so nothing undeclared can leak onto Kafka").isFalse();

        Set<String> recordFields = new HashSet<>();
        for (RecordComponent c : event.getRecordComponents()) {
            recordFields.add(c.getName());
        }
        Set<String> schemaFields = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(schemaFields::add);
        assertThat(schemaFields).isEqualTo(recordFields);
    }

    @ParameterizedTest
    @MethodSource("events")
    void no_event_carries_a_direct_identifier_or_free_text(Class<? extends Record> event) throws IOException {
        List<String> names = new ArrayList<>();
        collectPropertyNames(readSchema(event), names);
        assertThat(names).isNotEmpty().noneMatch(n -> FORBIDDEN.matcher(n).matches());
    }

    @Test
    void types_are_unique_and_topics_are_versioned() {
        Set<String> types = new HashSet<>();
        for (Class<? extends Record> event : ContractCatalog.EVENTS) {
            assertThat(types.add(ContractCatalog.typeOf(event))).as("duplicate type %s", event).isTrue();
            assertThat(ContractCatalog.topicOf(event)).matches("barnunga\\.[a-z]+\\.v[0-9]+");
            assertThat(ContractCatalog.forType(ContractCatalog.typeOf(event))).contains(event);
        }
        assertThat(ContractCatalog.forType("NoSuchEvent")).isEmpty();
    }

    @Test
    void every_event_is_in_the_event_catalogue_document() throws IOException {
        Path catalogue = Path.of("..", "docs", "events.md");
        String text = Files.readString(catalogue);
        for (Class<? extends Record> event : ContractCatalog.EVENTS) {
            assertThat(text).as("docs/events.md documents %s", ContractCatalog.typeOf(event))
                    .contains("`" + ContractCatalog.typeOf(event) + "`")
                    .contains(ContractCatalog.schemaResource(event));
        }
    }

    private static JsonNode readSchema(Class<?> event) throws IOException {
        try (InputStream in = ContractCatalog.class.getClassLoader().getResourceAsStream(ContractCatalog.schemaResource(event))) {
            assertThat(in).as("schema %s", ContractCatalog.schemaResource(event)).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static void collectPropertyNames(JsonNode node, List<String> names) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(names::add);
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectPropertyNames(it.next(), names);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectPropertyNames(n, names));
        }
    }
}
