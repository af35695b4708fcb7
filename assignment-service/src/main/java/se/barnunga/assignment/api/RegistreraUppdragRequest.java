package se.barnunga.assignment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.platform.identity.ValidPersonnummer;

/**
 * Body of "register an assignment".
 *
 * @param typ          kind of assignment
 * @param barn         the child
 * @param utforarenhet code of the performing unit the assignment is for
 */
@Schema(name = "RegistreraUppdrag")
public record RegistreraUppdragRequest(
        @NotNull Uppdragstyp typ,
        @NotNull @Valid BarnRequest barn,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "enhetskod: bokstäver, siffror, - och _")
        String utforarenhet) {

    /**
     * @param personnummer personnummer or samordningsnummer, 10 or 12 digits
     * @param fornamn      given name
     * @param efternamn    family name
     */
    @Schema(name = "Barn")
    public record BarnRequest(
            @NotBlank @ValidPersonnummer @Schema(example = "20150412-2381") String personnummer,
            @NotBlank @Size(max = 200) String fornamn,
            @NotBlank @Size(max = 200) String efternamn) {

        @Override
        public String toString() {
            return "BarnRequest[***]";
        }
    }
}
