package se.barnunga.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import se.barnunga.contracts.ContractCatalog;

/**
 * After everything else: every record on every topic (the dead-letter topics included) – keys, values and header
 * values – searched for personnummer and samordningsnummer (a valid date, day + 60 for a samordningsnummer, and a valid
 * Luhn digit; {@code YYMMDD-NNNN}, {@code YYYYMMDD-NNNN}, with {@code +} for the over-hundred, or twelve digits) and
 * for every name, personnummer and free text the run sent ({@link RunSummary#personalDataUsed()}). Each match is a
 * finding naming topic, partition, offset, event type, the kind of match and where in the record it stands (key, header
 * or the JSON pointer of the field) – never the value.
 */
public final class PrivacyScan {

    /** A personnummer-like token: optional century, date, separator, four digits; or twelve digits in a row. */
    private static final Pattern NUMMER = Pattern.compile(
            "(?<![0-9])(?:((?:19|20)?)([0-9]{6})([-+])([0-9]{4})|(19|20)([0-9]{6})([0-9]{4}))(?![0-9])");

    /** UUIDs and long hex strings (pseudonyms, hashes) are ids, not numbers: blanked out before the number search. */
    private static final Pattern IDS = Pattern.compile(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{32,}");

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Every field name the contract's records declare (their components, and those of the records they nest): such a
     * name is the schema's text, not data, so a sent value that happens to be part of one (a short name like "till") is
     * not a finding; a field name outside the contract (a map key) is searched.
     */
    static final Set<String> CONTRACT_FIELD_NAMES = contractFieldNames();

    private PrivacyScan() {
    }

    public static void run(SystemUnderTest sut, RunSummary summary) {
        Set<String> topics = Topics.list(sut.kafkaBootstrapServers());
        List<ConsumerRecord<byte[], byte[]>> records = Topics.readAll(sut.kafkaBootstrapServers(), topics);
        Set<String> used = summary.personalDataUsed();
        TreeMap<String, Integer> perTopic = new TreeMap<>();
        int numberMatches = 0;
        int dataMatches = 0;
        int literalOnly = 0;
        for (ConsumerRecord<byte[], byte[]> record : records) {
            perTopic.merge(record.topic(), 1, Integer::sum);
            StringBuilder texts = new StringBuilder();
            append(texts, record.key());
            append(texts, record.value());
            for (Header header : record.headers()) {
                append(texts, header.value());
            }
            String text = texts.toString();
            String where = record.topic() + "[" + record.partition() + "]@" + record.offset();
            int numbers = countNumbers(text);
            if (numbers > 0) {
                numberMatches += numbers;
                summary.finding("privacy", where + ": " + numbers + " personnummer/samordningsnummer pattern(s)");
            }
            int data = 0;
            TreeSet<String> places = new TreeSet<>();
            for (String value : used) {
                if (text.contains(value)) {
                    List<String> at = places(record, value);
                    if (at.isEmpty()) {
                        // only in the record's JSON syntax or literals (null, true, a number) or across the joins of
                        // its parts: no field carries it, so it is not data the system put there (a name or free text
                        // can only travel as a key, a header, a text or a field name, which places() all search)
                        literalOnly++;
                    } else {
                        data++;
                        places.addAll(at);
                    }
                }
            }
            if (data > 0) {
                dataMatches += data;
                summary.finding("privacy", where + " (" + Topics.header(record, "ce_type") + "): " + data
                        + " of the names/personnummer/free texts the run sent, in " + places);
            }
        }
        summary.figure("privacy: records scanned", records.size() + " on " + topics.size() + " topics " + perTopic);
        summary.figure("privacy: personal data values searched for", used.size());
        summary.figure("privacy: personnummer/samordningsnummer matches", numberMatches);
        summary.figure("privacy: matches of data the run sent", dataMatches);
        summary.figure("privacy: values the run sent seen only in JSON syntax or literals (not findings)", literalOnly);
    }

    /**
     * Where in the record a value stands – {@code key}, {@code header:<name>}, the JSON pointer of the text field that
     * holds it, or {@code name in:<pointer>} of the object one of whose field names holds it – so a finding can be traced
     * to the field that let it through without ever printing the value itself. Empty when the value is in none of them
     * (e.g. a sent text {@code "null"} against a JSON null).
     */
    static List<String> places(ConsumerRecord<byte[], byte[]> record, String value) {
        List<String> places = new ArrayList<>();
        if (record.key() != null && new String(record.key(), StandardCharsets.UTF_8).contains(value)) {
            places.add("key");
        }
        for (Header header : record.headers()) {
            if (header.value() != null && new String(header.value(), StandardCharsets.UTF_8).contains(value)) {
                places.add("header:" + header.key());
            }
        }
        if (record.value() != null && new String(record.value(), StandardCharsets.UTF_8).contains(value)) {
            try {
                textPointers(JSON.readTree(record.value()), "", value, places);
            } catch (IOException e) {
                places.add("value (not JSON)");
            }
        }
        return places;
    }

    private static void textPointers(JsonNode node, String pointer, String value, List<String> places) {
        if (node.isTextual() && node.asText().contains(value)) {
            places.add("value:" + (pointer.isEmpty() ? "/" : pointer));
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                if (name.contains(value) && !CONTRACT_FIELD_NAMES.contains(name)) {
                    places.add("name in:" + (pointer.isEmpty() ? "/" : pointer));
                }
            });
            node.fields().forEachRemaining(e -> textPointers(e.getValue(), pointer + "/" + e.getKey(), value, places));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textPointers(node.get(i), pointer + "/" + i, value, places);
            }
        }
    }

    private static Set<String> contractFieldNames() {
        Set<String> names = new TreeSet<>();
        ContractCatalog.EVENTS.forEach(type -> addFieldNames(type, names, new TreeSet<>()));
        return Set.copyOf(names);
    }

    private static void addFieldNames(Type type, Set<String> names, Set<String> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                addFieldNames(argument, names, seen);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c.getName())) {
            for (RecordComponent component : c.getRecordComponents()) {
                names.add(component.getName());
                addFieldNames(component.getGenericType(), names, seen);
            }
        }
    }

    private static void append(StringBuilder texts, byte[] bytes) {
        if (bytes != null) {
            texts.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
        }
    }

    /** How many valid personnummer or samordningsnummer the text contains. */
    public static int countNumbers(String text) {
        int count = 0;
        Matcher m = NUMMER.matcher(IDS.matcher(text).replaceAll(" "));
        while (m.find()) {
            String century = m.group(2) != null ? m.group(1) : m.group(5);
            String date = m.group(2) != null ? m.group(2) : m.group(6);
            String serial = m.group(2) != null ? m.group(4) : m.group(7);
            if (validDate(century, date) && Personuppgifter.luhn(date + serial.substring(0, 3)) == serial.charAt(3) - '0') {
                count++;
            }
        }
        return count;
    }

    private static boolean validDate(String century, String yymmdd) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        if (dd > 60) {
            dd -= 60; // samordningsnummer
        }
        List<Integer> years = century == null || century.isEmpty() ? List.of(1900 + yy, 2000 + yy)
                : List.of(Integer.parseInt(century) * 100 + yy);
        for (int year : years) {
            try {
                LocalDate.of(year, mm, dd);
                return true;
            } catch (DateTimeException e) {
                // try the other century
            }
        }
        return false;
    }
}
