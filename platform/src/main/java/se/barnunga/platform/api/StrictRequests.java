package se.barnunga.platform.api;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The request checks every endpoint of every service gets, before its method runs (and before the body is read):
 * <ul>
 * <li>a request that carries a body to an endpoint that takes one must say {@code Content-Type: application/json},
 * with no charset or UTF-8 – else 415 naming {@code Content-Type};</li>
 * <li>every path and query parameter (names and values, decoded) passes {@link TextRules} without line breaks and
 * within {@link InputSettings#maxParameterLength()} – else 400 naming the parameter;</li>
 * <li>a query parameter given twice is refused ({@code DuplicateParameter}) unless the method takes it as a list or
 * set: no value silently wins.</li>
 * </ul>
 * Headers are not checked here because none reaches storage: the user, roles and unit come from the signed token, the
 * {@code Authorization} header is only passed on to another service, and nothing else is read.
 * <p>
 * Order against security: Quarkus REST runs the {@code @RolesAllowed} check (the token is verified there, lazily, as
 * {@code quarkus.http.auth.proactive=false}) before the request filters of the matched method, so a caller without a
 * valid token gets 401 and one without the role 403 whatever its parameters – the input rules tell an unauthenticated
 * caller nothing. {@code StrictRequestsTest} holds that order.
 */
@Singleton
public class StrictRequests {

    static final String DUPLICATE_PARAMETER = "DuplicateParameter";
    static final String CONTENT_TYPE = "Content-Type";

    // looked up per request: Quarkus REST creates its filters at static init, before runtime configuration exists
    @Inject
    Instance<InputSettings> settings;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, UriInfo uri, SimpleResourceInfo resource) {
        Method method = ProblemMappers.method(resource);
        Problem.Violation mediaType = method != null && !ProblemMappers.bodyParameters(resource).isEmpty() && hasBody(request)
                ? mediaType(request.getHeaderString(HttpHeaders.CONTENT_TYPE)) : null;
        if (mediaType != null) {
            return ProblemMappers.problem(415, "unsupported-media-type", "Formatet på begäran stöds inte",
                    "Content-Type: " + mediaType.message(), uri, null, List.of(mediaType));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        MultivaluedMap<String, String> path;
        MultivaluedMap<String, String> query;
        try {
            path = uri.getPathParameters(true);
            query = uri.getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            return ProblemMappers.problem(400, "validation", "Ogiltig begäran", "Adressen har ogiltig procentkodning.", uri,
                    null, List.of(new Problem.Violation("(adress)", "Encoding", "ogiltig procentkodning (%xx)")));
        }
        int maxLength = settings.get().maxParameterLength();
        check(path, violations, Set.of(), maxLength);
        check(query, violations, repeatable(method), maxLength);
        if (violations.isEmpty()) {
            return null;
        }
        return ProblemMappers.problem(400, "validation", "Ogiltig begäran", "Begäran innehåller ogiltiga fält: "
                + String.join(", ", violations.stream().map(Problem.Violation::field).distinct().toList()), uri, null, violations);
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Problem.Violation> violations,
                              Set<String> repeatable, int maxLength) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = p.getKey();
            TextRules.Broken badName = TextRules.check(name, false, maxLength);
            if (badName != null) {
                violations.add(new Problem.Violation("(parameternamn)", badName.rule(), "parameternamnet: " + badName.message()));
                continue;
            }
            List<String> values = p.getValue() == null ? List.of() : p.getValue();
            if (values.size() > 1 && !repeatable.contains(name)) {
                violations.add(new Problem.Violation(name, DUPLICATE_PARAMETER, "parametern får bara anges en gång"));
            }
            for (String value : values) {
                TextRules.Broken broken = TextRules.check(value, false, maxLength);
                if (broken != null) {
                    violations.add(new Problem.Violation(name, broken.rule(), broken.message()));
                    break;
                }
            }
        }
    }

    /** The query parameters the method takes as a list, set or array: these may be repeated. */
    private static Set<String> repeatable(Method method) {
        if (method == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (Parameter p : method.getParameters()) {
            String name = p.isAnnotationPresent(QueryParam.class) ? p.getAnnotation(QueryParam.class).value()
                    : p.isAnnotationPresent(RestQuery.class) ? restQueryName(p) : null;
            if (name != null && (Collection.class.isAssignableFrom(p.getType()) || p.getType().isArray())) {
                names.add(name);
            }
        }
        return names;
    }

    private static String restQueryName(Parameter p) {
        String value = p.getAnnotation(RestQuery.class).value();
        return value == null || value.isEmpty() ? p.getName() : value;
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** What is wrong with the request's Content-Type for a JSON body, or {@code null}. */
    static Problem.Violation mediaType(String header) {
        if (header == null || header.isBlank()) {
            return new Problem.Violation(CONTENT_TYPE, "Missing", "saknas, ska vara application/json");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            return new Problem.Violation(CONTENT_TYPE, "MediaType", "kan inte tolkas, ska vara application/json");
        }
        if (!"application".equalsIgnoreCase(type.getType()) || !"json".equalsIgnoreCase(type.getSubtype())) {
            return new Problem.Violation(CONTENT_TYPE, "MediaType", "ska vara application/json");
        }
        for (Map.Entry<String, String> parameter : type.getParameters().entrySet()) {
            if (MediaType.CHARSET_PARAMETER.equalsIgnoreCase(parameter.getKey())
                    && !"utf-8".equals(unquoted(parameter.getValue()).toLowerCase(Locale.ROOT))) {
                return new Problem.Violation(CONTENT_TYPE, "Charset", "teckenkodningen ska vara UTF-8");
            }
        }
        return null;
    }

    private static String unquoted(String value) {
        String v = value == null ? "" : value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
