package se.barnunga.deadline.infrastructure;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The assignment-service's answer to {@code GET /api/uppdrag/{uppdragId}/ivo-uppgifter}: what the IVO report needs about
 * one decision on intervention, with the identifying fields (birth date, sex) that never travel on Kafka. Unknown fields
 * are ignored, so the assignment-service may add to it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IvoUppgifter(String uppdragId, String pseudonym, LocalDate fodelsedatum, String kon,
                           LocalDate beslutsdatum, String insatstyp, String lagrum, String myndighetsenhet,
                           LocalDate verkstallighetsdatum, List<Avbrott> avbrott, List<Drojsmal> skalForDrojsmal,
                           LocalDate avslutsdatum, String avslutsskal, LocalDate aterkallatDatum) {

    public IvoUppgifter {
        avbrott = avbrott == null ? List.of() : avbrott;
        skalForDrojsmal = skalForDrojsmal == null ? List.of() : skalForDrojsmal;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Avbrott(LocalDate avbrottsdatum, String orsak, LocalDate aterupptagenDatum) {
    }

    /** A reason for delay: when recorded, its source, the reason, what was offered meanwhile. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Drojsmal(LocalDate datum, String kalla, String skal, String erbjudetUnderTiden) {
    }
}
