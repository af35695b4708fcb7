package se.barnunga.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The number search of the privacy scan and the personnummer the load makes (no running system needed). */
class PrivacyScanTest {

    @Test
    void finds_personnummer_in_every_written_form() {
        assertEquals(1, PrivacyScan.countNumbers("{\"pnr\":\"20150412-2381\"}"));
        assertEquals(1, PrivacyScan.countNumbers("barn 150412-2381 i texten"));
        assertEquals(1, PrivacyScan.countNumbers("201504122381"));
        assertEquals(1, PrivacyScan.countNumbers("över hundra: 150412+2381"));
    }

    @Test
    void finds_samordningsnummer_with_day_plus_60() {
        String digits = "150472" + "238";
        assertEquals(1, PrivacyScan.countNumbers("20" + digits.substring(0, 6) + "-238" + Personuppgifter.luhn(digits)));
    }

    @Test
    void ignores_wrong_check_digits_impossible_dates_ids_and_timestamps() {
        assertEquals(0, PrivacyScan.countNumbers("20150412-2382"), "wrong Luhn digit");
        assertEquals(0, PrivacyScan.countNumbers("20151342-2381"), "month 13");
        assertEquals(0, PrivacyScan.countNumbers("20150412-2381-4abc-8def-0123456789ab"), "a UUID");
        assertEquals(0, PrivacyScan.countNumbers("1765052400000 2026-12-06T19:40:45Z 070-1234567"), "millis, time, phone");
    }

    @Test
    void the_loads_personnummer_pass_luhn_and_are_found() {
        Personuppgifter generated = new Personuppgifter(new RunSummary("test"), 7L);
        for (int i = 0; i < 200; i++) {
            String pnr = generated.barnPersonnummer();
            assertEquals(1, PrivacyScan.countNumbers(pnr), pnr);
            assertEquals(1, PrivacyScan.countNumbers(pnr.substring(2)), pnr);
        }
    }

    @Test
    void a_finding_names_where_the_value_stands_never_the_value() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("barnunga.oro.v1", 1, 3L,
                "Alva Lindqvist".getBytes(StandardCharsets.UTF_8),
                "{\"oroId\":\"x\",\"till\":{\"socialsekreterare\":\"hos Alva Lindqvist\"},\"l\":[\"Alva Lindqvist\"]}"
                        .getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_subject", "Alva Lindqvist".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("key", "header:ce_subject", "value:/till/socialsekreterare", "value:/l/0"),
                PrivacyScan.places(record, "Alva Lindqvist"));
        assertEquals(List.of(), PrivacyScan.places(record, "Vera"));
    }

    @Test
    void a_value_in_a_field_name_is_found_and_one_only_in_json_literals_is_not_data() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("barnunga.oro.v1", 1, 6L, "k".getBytes(StandardCharsets.UTF_8),
                "{\"tillSocialsekreterare\":null,\"akut\":true,\"barn\":{\"Alva Lindqvist\":2016}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("name in:/barn"), PrivacyScan.places(record, "Alva Lindqvist"));
        assertEquals(List.of(), PrivacyScan.places(record, "null"), "a sent text \"null\" against a JSON null");
        assertEquals(List.of(), PrivacyScan.places(record, "true"));
        assertEquals(List.of(), PrivacyScan.places(record, "2016"));
    }

    @Test
    void a_value_that_is_part_of_a_field_name_the_contract_declares_is_schema_text_not_data() {
        assertTrue(PrivacyScan.CONTRACT_FIELD_NAMES.contains("tillMottagartyp"), "OroVidarebefordrad's field");
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("barnunga.oro.v1", 1, 6L, "k".getBytes(StandardCharsets.UTF_8),
                "{\"tillMottagartyp\":\"MOTTAGNING\",\"Ti\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), PrivacyScan.places(record, "til"), "part of the contract's field name tillMottagartyp");
        assertEquals(List.of("name in:/"), PrivacyScan.places(record, "Ti"), "a key the contract does not declare");
    }
}
