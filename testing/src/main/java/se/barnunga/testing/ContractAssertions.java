package se.barnunga.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.cloudevents.CloudEvent;
import se.barnunga.contracts.ContractCatalog;

/** Assertions that a record on the broker honours the public contract (docs/architecture.md, "The public contract"). */
public final class ContractAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Class<?>, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractAssertions() {
    }

    /**
     * The record is a binary-mode CloudEvents 1.0 event of a contract type, on that type's topic, keyed and subjected by
     * the aggregate id, whose JSON data validates against the type's JSON Schema. Returns the data as JSON.
     */
    public static JsonNode assertConformsToContract(ConsumerRecord<String, byte[]> record) {
        assertThat(record.headers().lastHeader("ce_specversion")).as("binary mode CloudEvent headers").isNotNull();
        CloudEvent event = TopicReader.cloudEvent(record);
        assertThat(event.getSpecVersion()).isEqualTo(io.cloudevents.SpecVersion.V1);
        Class<? extends Record> type = ContractCatalog.forType(event.getType())
                .orElseThrow(() -> new AssertionError("not a contract event type: " + event.getType()));
        assertThat(record.topic()).isEqualTo(ContractCatalog.topicOf(type));
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getSource()).isNotNull();
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getSubject()).isNotBlank().isEqualTo(record.key());
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getDataSchema()).hasToString(ContractCatalog.schemaUri(type));
        assertThat(event.getData()).isNotNull();
        try {
            JsonNode data = JSON.readTree(event.getData().toBytes());
            Set<ValidationMessage> errors = schema(type).validate(data);
            assertThat(errors).as("%s validates against %s", event.getType(), ContractCatalog.schemaResource(type)).isEmpty();
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON data validates against the JSON Schema of the contract record type. */
    public static void assertDataConforms(Class<?> type, JsonNode data) {
        Set<ValidationMessage> errors = schema(type).validate(data);
        assertThat(errors).as("%s validates against %s", ContractCatalog.typeOf(type), ContractCatalog.schemaResource(type)).isEmpty();
    }

    /** None of the given strings (personnummer, names, free text) occurs anywhere in the record: key, headers, value. */
    public static void assertContainsNone(ConsumerRecord<String, byte[]> record, String... secrets) {
        StringBuilder all = new StringBuilder();
        all.append(record.key()).append('\n');
        for (Header h : record.headers()) {
            all.append(h.key()).append('=').append(new String(h.value(), StandardCharsets.UTF_8)).append('\n');
        }
        all.append(new String(record.value(), StandardCharsets.UTF_8));
        for (String secret : secrets) {
            assertThat(all.toString()).as("the record must not contain a direct identifier").doesNotContain(secret);
        }
    }

    private static JsonSchema schema(Class<?> type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in = ContractCatalog.class.getClassLoader().getResourceAsStream(ContractCatalog.schemaResource(t))) {
                if (in == null) {
                    throw new AssertionError("missing schema " + ContractCatalog.schemaResource(t));
                }
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in), config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
