package se.barnunga.platform.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). Texts are Swedish
 * for the staff who read them and never contain personal data.
 *
 * @param type       a stable URI per kind of problem, {@code urn:barnunga:problem:<kind>}
 * @param title      short summary of the kind
 * @param status     the HTTP status
 * @param detail     what went wrong in this case
 * @param instance   the request path
 * @param rule       the code of the broken domain rule, where one applies
 * @param violations the invalid fields with the rule each breaks (validation and rule problems)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(URI type, String title, int status, String detail, String instance, String rule,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field.
     *
     * @param field   the JSON path of the field in the request, e.g. {@code barn.personnummer}, or the parameter name
     * @param rule    the rule it breaks, e.g. {@code NotBlank}, {@code ValidPersonnummer}, {@code FORMAT}
     * @param message what the rule requires
     */
    public record Violation(String field, String rule, String message) {
    }

    static URI type(String kind) {
        return URI.create("urn:barnunga:problem:" + kind);
    }
}
