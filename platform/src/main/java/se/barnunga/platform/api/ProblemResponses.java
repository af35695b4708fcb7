package se.barnunga.platform.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the standard problem responses once for every operation of every service: 400, 401, 403, 404, 409 and
 * 422 as {@code application/problem+json} with the {@link Problem} schema (see conventions.md, "HTTP status codes").
 * An operation (or its resource class) that declares one of these codes with a body keeps its own, e.g. the IVO
 * report's 422 for a quarter not yet ended; a response without a body (Quarkus' own "Not Authorized", "Not Allowed"
 * and "Bad Request", added at build time) is replaced. It runs at startup ({@code RUN}), after Quarkus' build-time
 * filters. Only the OpenAPI document changes; the answers are produced by
 * {@link ProblemMappers}, {@link StrictRequests} and {@link HttpLimits}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ProblemResponses implements OASFilter {

    /** The standard codes and their descriptions (Swedish: the staff read them in Swagger UI). */
    public static final Map<String, String> STANDARD = standard();

    private static Map<String, String> standard() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("400", "Ogiltig begäran (fältet och regeln anges)");
        codes.put("401", "Inloggning krävs");
        codes.put("403", "Otillåten åtgärd för rollen, enheten eller personen");
        codes.put("404", "Ärendet eller resursen finns inte (eller id:t är inte ett giltigt UUID)");
        codes.put("409", "Steget passar inte ärendets läge, eller ärendet ändrades samtidigt");
        codes.put("422", "Innehållet bryter mot en regel i rutinen (fältet och regeln anges)");
        return Collections.unmodifiableMap(codes);
    }

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> code : STANDARD.entrySet()) {
            APIResponse declared = responses.getAPIResponse(code.getKey());
            if (declared == null || declared.getContent() == null || declared.getContent().getMediaTypes() == null
                    || declared.getContent().getMediaTypes().isEmpty()) {
                responses.addAPIResponse(code.getKey(), problem(code.getValue()));
            }
        }
        return operation;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
