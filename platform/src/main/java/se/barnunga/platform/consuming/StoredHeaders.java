package se.barnunga.platform.consuming;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A parked record's Kafka headers as text (a JSON list of {@code [name, base64 value]} pairs, order and repeats
 * kept), so the record can be rebuilt for a re-drive. Contract events carry no personal data in headers.
 */
final class StoredHeaders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredHeaders() {
    }

    static String write(Headers headers) {
        List<List<String>> pairs = new ArrayList<>();
        for (Header h : headers) {
            pairs.add(List.of(h.key(), h.value() == null ? "" : Base64.getEncoder().encodeToString(h.value())));
        }
        try {
            return JSON.writeValueAsString(pairs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers not writable", e);
        }
    }

    static Headers read(String stored) {
        RecordHeaders headers = new RecordHeaders();
        if (stored == null) {
            return headers;
        }
        try {
            for (List<String> pair : JSON.readValue(stored, new TypeReference<List<List<String>>>() { })) {
                headers.add(pair.get(0), Base64.getDecoder().decode(pair.get(1)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers not readable", e);
        }
        return headers;
    }
}
