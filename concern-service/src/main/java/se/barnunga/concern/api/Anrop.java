package se.barnunga.concern.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import se.barnunga.concern.domain.Aterkopplingsbesked;
import se.barnunga.concern.domain.Familjerelation;
import se.barnunga.concern.domain.Form;
import se.barnunga.concern.domain.Forhandsbeslut;
import se.barnunga.concern.domain.Mottagartyp;
import se.barnunga.concern.domain.Overgreppstyp;
import se.barnunga.concern.domain.Relation;
import se.barnunga.concern.domain.Varden.Familjemedlem;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.platform.api.Patterns;
import se.barnunga.platform.identity.ValidPersonnummer;

/**
 * Request bodies of the concern API. Bean Validation rejects malformed input (400, naming the field); the aggregate
 * enforces the routine's rules on the receiving side (422 naming the field and rule, 409 out of order). Submitting a
 * concern is never refused for what the routine forbids: that is recorded as a deviation. Records with personal data
 * or free text mask their {@code toString()}.
 */
public final class Anrop {

    static final int KORT = 200;
    static final int TEXT = 8000;
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private Anrop() {
    }

    @Schema(name = "OroBarn", description = "Barnet: personnummer eller samordningsnummer, eller – utan sådant – namn och födelsedatum.")
    public record BarnAnrop(
            @ValidPersonnummer @Schema(example = "20150412-2381") String personnummer,
            @Size(max = KORT) String namn,
            @Past LocalDate fodelsedatum,
            @Schema(description = "Barnets anknytning till det pågående uppdraget, om ett sådant anges") Relation relation,
            @Schema(description = "Om barnet (15 år eller äldre, eller efter ålder och mognad) informerades innan oron lämnades") Boolean barnetInformerat) {

        /** A child without personnummer is reported by name and birth date. */
        @JsonIgnore
        @AssertTrue(message = "ange personnummer/samordningsnummer, eller namn och födelsedatum")
        public boolean isIdentifierat() {
            return (personnummer != null && !personnummer.isBlank())
                    || (namn != null && !namn.isBlank() && fodelsedatum != null);
        }

        @Override
        public String toString() {
            return "BarnAnrop[***]";
        }
    }

    @Schema(name = "Kontakt", description = "Uppgiftslämnarens kontaktuppgifter (syns bara för mottagaren)")
    public record KontaktAnrop(@Size(max = KORT) String namn, @Size(max = 40) String telefon) {
        @Override
        public String toString() {
            return "KontaktAnrop[***]";
        }
    }

    @Schema(name = "Familjemedlem", description = "En familjemedlem och om hen informerades innan oron lämnades")
    public record FamiljemedlemAnrop(
            @NotNull @Schema(description = "VARDNADSHAVARE eller ANNAN_FAMILJEMEDLEM") Familjerelation relation,
            @NotNull Boolean informerad) {
    }

    @Schema(name = "Oroanmalan", description = "Information om oro för ett eller flera barn (19 kap. 1 § SoL). Tas alltid emot; "
            + "avsteg från rutinen registreras som avvikelser och syns som varningar i svaret.")
    public record OroAnrop(
            @NotEmpty @Size(max = 20) List<@NotNull @Valid BarnAnrop> barn,
            @Pattern(regexp = UUID, message = "uppdragets id (uuid)") String uppdragId,
            @NotNull Boolean akut,
            @NotNull Form form,
            @NotNull @Schema(description = "Oron gäller en förälders eller annan närståendes våld eller annat övergrepp mot barnet") Boolean omValdEllerOvergrepp,
            @Size(max = 3) @Schema(description = "Misstanke om fysiskt, psykiskt eller sexuellt övergrepp, av vem som helst: "
                    + "då ska varken vårdnadshavare eller annan familjemedlem informeras") Set<@NotNull Overgreppstyp> misstanktOvergrepp,
            @Schema(description = "Vårdnadshavarna informerades innan oron lämnades. Anges, eller familjemedlemmar per person") Boolean vardnadshavareInformerade,
            @Size(max = 20) @Schema(description = "Vilka i familjen (vårdnadshavare och andra familjemedlemmar) som informerades "
                    + "innan oron lämnades, en post per person") List<@NotNull @Valid FamiljemedlemAnrop> familjemedlemmar,
            @Size(max = TEXT) String skalAttInteInformera,
            @Schema(description = "Metodhandledare eller närmaste arbetsledare konsulterades (hindrar aldrig anmälan)") Boolean arbetsledareKonsulterad,
            @NotBlank @Size(max = TEXT) @Schema(description = "Vad oron gäller") String beskrivning,
            @Valid KontaktAnrop kontakt) {

        /** Whether the family was told is given: as one flag for the guardians, or person by person. */
        @JsonIgnore
        @AssertTrue(message = "ange vardnadshavareInformerade eller familjemedlemmar")
        public boolean isInformeringAngiven() {
            return vardnadshavareInformerade != null || familjemedlemmar != null;
        }

        /** Both given: the flag says what the list says (every guardian listed, and at least one, was told). */
        @JsonIgnore
        @AssertTrue(message = "vardnadshavareInformerade motsäger familjemedlemmar (sann endast när varje vårdnadshavare i listan informerades)")
        public boolean isInformeringEntydig() {
            if (vardnadshavareInformerade == null || familjemedlemmar == null || familjemedlemmar.contains(null)
                    || familjemedlemmar.stream().anyMatch(f -> f.relation() == null || f.informerad() == null)) {
                return true;
            }
            return vardnadshavareInformerade == Informering.allaVardnadshavareInformerade(familjemedlemmar.stream()
                    .map(f -> new Familjemedlem(f.relation(), f.informerad())).toList());
        }

        @Override
        public String toString() {
            return "OroAnrop[***]";
        }
    }

    @Schema(name = "SkriftligBekraftelse")
    public record BekraftelseAnrop(@NotBlank @Size(max = TEXT) String text) {
        @Override
        public String toString() {
            return "BekraftelseAnrop[***]";
        }
    }

    @Schema(name = "Mottagare", description = "SOCIALSEKRETERARE (ange socialsekreterare och enhet), MOTTAGNING eller SOCIALJOUR")
    public record MottagareAnrop(@NotNull Mottagartyp typ,
                                 @Size(max = 128) String socialsekreterare,
                                 @Pattern(regexp = Patterns.UNIT_CODE, message = Patterns.UNIT_CODE_MESSAGE) String enhet) {

        @JsonIgnore
        @AssertTrue(message = "en socialsekreterare anges med socialsekreterare och enhet")
        public boolean isFullstandig() {
            return typ != Mottagartyp.SOCIALSEKRETERARE
                    || (socialsekreterare != null && !socialsekreterare.isBlank() && enhet != null);
        }
    }

    @Schema(name = "Vidarebefordran")
    public record VidarebefordranAnrop(@NotNull @Valid MottagareAnrop till, @NotBlank @Size(max = TEXT) String skal) {
        @Override
        public String toString() {
            return "VidarebefordranAnrop[" + till + ", ***]";
        }
    }

    @Schema(name = "Skyddsbedomning", description = "Skyddsbedömning (20 kap. 1 § SoL): alla fyra delar krävs.")
    public record SkyddsbedomningAnrop(
            @NotNull @Schema(description = "Bedömningen: är barnet i behov av omedelbart skydd") Boolean omedelbartSkyddsbehov,
            @NotBlank @Size(max = TEXT) @Schema(description = "Uppgifter och händelser som bedömningen grundar sig på") String underlag,
            @NotNull @Schema(description = "När bedömningen gjordes (inte före orons ankomst, inte i framtiden)") Instant bedomd,
            @NotBlank @Size(max = KORT) String bedomdAvNamn,
            @NotBlank @Size(max = KORT) String bedomdAvTitel) {
        @Override
        public String toString() {
            return "SkyddsbedomningAnrop[***]";
        }
    }

    @Schema(name = "Aterkoppling", description = "Återkoppling till yrkesverksam anmälare (19 kap. 6 § SoL)")
    public record AterkopplingAnrop(@NotNull Aterkopplingsbesked besked) {
    }

    @Schema(name = "AvstaAterkoppling", description = "Beslut att inte återkoppla till den yrkesverksamma anmälaren, "
            + "av särskilda skäl (19 kap. 6 § SoL)")
    public record AvstaAterkopplingAnrop(@NotBlank @Size(max = TEXT) @Schema(description = "De särskilda skälen") String sarskildaSkal) {
        @Override
        public String toString() {
            return "AvstaAterkopplingAnrop[***]";
        }
    }

    @Schema(name = "Forhandsbedomning", description = "Förhandsbedömningens beslut (20 kap. 2 § SoL), inom 14 dagar")
    public record ForhandsbedomningAnrop(@NotNull Forhandsbeslut beslut,
                                         @NotBlank @Size(max = TEXT) @Schema(description = "Skälen för beslutet (också när utredning inte inleds)") String skal,
                                         @Size(max = TEXT) @Schema(description = "Synnerliga skäl, krävs efter 14 dagar") String synnerligaSkal,
                                         @NotNull @Schema(description = "Barnet har fått komma till tals (11 kap. 10 § SoL)") Boolean barnetKomTillTals,
                                         @Size(max = TEXT) @Schema(description = "Skälen till att barnet inte kom till tals; krävs då") String skalBarnetInteHort) {
        @Override
        public String toString() {
            return "ForhandsbedomningAnrop[" + beslut + ", " + barnetKomTillTals + ", ***]";
        }
    }

    @Schema(name = "BarnSok", description = "Sök oro för ett barn (personnumret skickas i kroppen, aldrig i adressen)")
    public record BarnSokAnrop(@NotBlank @ValidPersonnummer String personnummer) {
        @Override
        public String toString() {
            return "BarnSokAnrop[***]";
        }
    }

    @Schema(name = "Franvaro", description = "Frånvaro för en socialsekreterare (hela dagar, båda inräknade)")
    public record FranvaroAnrop(@Size(max = 128) @Schema(description = "Utelämnas för egen frånvaro") String socialsekreterare,
                                @NotNull LocalDate fran, @NotNull LocalDate tom) {
    }
}
