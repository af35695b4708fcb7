package se.barnunga.platform.consuming;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.cloudevents.CloudEvent;

/**
 * Reads a consumed contract event's JSON data into its record. Tolerant of properties it does not know, because the
 * contract grows additively within a topic version (docs/events.md) – unlike the REST API, which refuses unknown
 * properties. Data that does not fit the record at all is a {@link PoisonMessage} (it goes to the dead-letter topic).
 */
public final class ContractEventData {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContractEventData() {
    }

    public static <T> T read(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new PoisonMessage("event " + event.getId() + " of type " + event.getType() + " has no data");
        }
        try {
            return JSON.readValue(event.getData().toBytes(), type);
        } catch (IOException e) {
            throw new PoisonMessage("event " + event.getId() + " does not match " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
