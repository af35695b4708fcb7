package se.barnunga.platform.api;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException;

/**
 * Every error of every service as RFC 9457 {@code application/problem+json}, in one place. The convention:
 * <ul>
 * <li>400 – the request is malformed or a field is invalid (names each field and rule);</li>
 * <li>401 – no or an invalid token; 403 – the role or unit may not do this;</li>
 * <li>404 – no such resource or aggregate;</li>
 * <li>409 – the aggregate's current state does not allow the command, or another request changed it concurrently:
 * re-read and decide again;</li>
 * <li>422 – the request is well-formed but its content breaks a domain rule (names the field and the rule);</li>
 * <li>415 – a body that is not {@code application/json} in UTF-8 ({@link StrictRequests});</li>
 * <li>500 – only for faults of our own, logged with an id that the response names; never caused by a request;</li>
 * <li>503 – the database cannot be reached just now (restarting, pool exhausted): {@code Retry-After}, try again.</li>
 * </ul>
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, SimpleResourceInfo resource) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (ourFault) {
            return unexpected(e, uri);
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(field(v.getPropertyPath(), bodyParameters(resource)),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return problem(400, "validation", "Ogiltig begäran",
                "Begäran innehåller ogiltiga fält: " + String.join(", ", violations.stream().map(Problem.Violation::field).distinct().toList()),
                uri, null, violations);
    }

    @ServerExceptionMapper
    public Response invalidPersonnummer(InvalidPersonnummerException e, UriInfo uri) {
        return problem(400, "validation", "Ogiltig begäran", e.getMessage(), uri, null,
                List.of(new Problem.Violation("personnummer", e.reason().name(), e.getMessage())));
    }

    // Listed one by one: Quarkus has built-in mappers for some of these types (e.g. InvalidDefinitionException, which
    // Quarkus REST's reader rethrows as it is), and the most specific type wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            InvalidDefinitionException.class, InvalidTypeIdException.class, InvalidNullException.class,
            PropertyBindingException.class, IgnoredPropertyException.class, InvalidTextException.class,
            StreamReadException.class, StreamConstraintsException.class, InputCoercionException.class,
            com.fasterxml.jackson.core.JsonParseException.class, com.fasterxml.jackson.core.io.JsonEOFException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String rule;
        String message;
        if (e instanceof InvalidTextException t) {
            rule = t.rule();
            message = t.reason();
        } else if (afterTheValue(e)) {
            field = "";
            rule = "TrailingContent";
            message = "begäran har innehåll efter JSON-värdet";
        } else if (duplicateKey(e) != null) {
            // Jackson's STRICT_DUPLICATE_DETECTION has no exception type of its own; its parser stands at the name
            field = contextPath(duplicateKey(e).getParsingContext());
            rule = "DuplicateKey";
            message = "fältet förekommer mer än en gång";
        } else if (loneSurrogateInName(e)) {
            // Jackson 2.21's UTF-8 parser refuses a lone surrogate in a field name itself, before our key deserializer
            // (StrictTextModule) sees the key; the same rule as for a value, so a client gets one answer for both
            rule = TextRules.UNPAIRED_SURROGATE;
            message = "en nyckel: texten innehåller ett ofullständigt Unicode-tecken (ensamt surrogat)";
        } else if (e instanceof JsonMappingException && e.getCause() instanceof StreamReadException) {
            // a syntax error inside a nested value, wrapped by Jackson with the path to it
            rule = "JsonSyntax";
            message = "begäran är inte giltig JSON";
        } else if (e instanceof UnrecognizedPropertyException) {
            rule = "UnknownField";
            message = "okänt fält";
        } else if (e instanceof InvalidFormatException f) {
            rule = "Format";
            message = "värdet kan inte tolkas som " + describe(f.getTargetType());
        } else if (e instanceof ValueInstantiationException vi && vi.getCause() instanceof InvalidPersonnummerException p) {
            rule = p.reason().name();
            message = p.getMessage();
        } else if (e instanceof InvalidDefinitionException) {
            // a body our types cannot take in a way Jackson calls a definition problem: still the body's shape, so a
            // 400, but logged (without the body) so that a type of ours that needs fixing is seen
            LOG.warnf("Request body could not be bound (%s) at %s", e.getClass().getSimpleName(), field);
            rule = "Value";
            message = "ogiltigt värde";
        } else if (e instanceof MismatchedInputException m) {
            rule = "Type";
            message = "fel typ av värde, förväntade " + describe(m.getTargetType());
        } else if (e instanceof JsonMappingException) {
            rule = "Value";
            message = "ogiltigt värde";
        } else if (e instanceof StreamConstraintsException) {
            rule = "TooLarge";
            message = "begäran är för stor eller för djupt nästlad";
        } else {
            rule = "JsonSyntax";
            message = "begäran är inte giltig JSON";
        }
        String name = field.isEmpty() ? "(body)" : field;
        return problem(400, "validation", "Ogiltig begäran", "Fältet " + name + ": " + message, uri, null,
                List.of(new Problem.Violation(name, rule, message)));
    }

    /**
     * Whether the parser refused a lone (unpaired) surrogate escape in a field name. Jackson has no exception type of
     * its own for it, only a {@link com.fasterxml.jackson.core.JsonParseException} whose message says "surrogate in
     * field name" (jackson-core 2.21 {@code UTF8StreamJsonParser}); {@code StrictInputTest} fails if that wording changes.
     */
    private static boolean loneSurrogateInName(JsonProcessingException e) {
        Throwable cause = e instanceof JsonMappingException && e.getCause() instanceof StreamReadException ? e.getCause() : e;
        return cause instanceof com.fasterxml.jackson.core.JsonParseException p
                && p.getOriginalMessage() != null && p.getOriginalMessage().contains("surrogate in field name");
    }

    /**
     * Whether the parser failed after a whole JSON value was read: trailing garbage ({@code {"a":1} xyz}) or a second
     * value ({@code {} {}}, refused by {@code FAIL_ON_TRAILING_TOKENS}). The root context counts its values from 0.
     */
    private static boolean afterTheValue(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j && j.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
                JsonStreamContext root = p.getParsingContext();
                while (root.getParent() != null) {
                    root = root.getParent();
                }
                // the root's index is that of the value being read: 1 means a second value began
                return root.getCurrentIndex() >= 1;
            }
        }
        return false;
    }

    /** The parser that found a duplicated key (anywhere in the cause chain), or {@code null}. */
    private static JsonParser duplicateKey(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s && s.getOriginalMessage() != null
                    && s.getOriginalMessage().startsWith("Duplicate field '") && s.getProcessor() != null) {
                return s.getProcessor();
            }
        }
        return null;
    }

    /** The JSON path of a parser position: {@code barn[0].namn}. */
    private static String contextPath(JsonStreamContext context) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + safeName(c.getCurrentName()));
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** A client's field name as the problem names it: one that breaks the text rules is not echoed. */
    private static String safeName(String name) {
        return TextRules.check(name, false, 100) == null ? name : "(ogiltigt namn)";
    }

    /** A Bean Validation failure that is not a violation (a wrong constraint definition): ours, answered with a body. */
    @ServerExceptionMapper
    public Response validationSetup(ValidationException e, UriInfo uri, SimpleResourceInfo resource) {
        if (e instanceof ConstraintViolationException violations) {
            return validation(violations, uri, resource);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        List<Problem.Violation> violations = e.field() == null ? List.of()
                : List.of(new Problem.Violation(e.field(), e.rule(), e.getMessage()));
        return problem(422, "rule-violation", "Regel i rutinen bryts", e.getMessage(), uri, e.rule(), violations);
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflict e, UriInfo uri) {
        return problem(409, "state-conflict", "Inte tillåtet i ärendets nuvarande läge", e.getMessage(), uri, e.rule(), List.of());
    }

    @ServerExceptionMapper
    public Response concurrency(ConcurrencyException e, UriInfo uri) {
        return problem(409, "concurrent-modification", "Ärendet ändrades samtidigt",
                "Ärendet ändrades av en annan begäran samtidigt. Läs om det och försök igen.", uri, null, List.of());
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermitted e, UriInfo uri) {
        return problem(403, "forbidden", "Otillåten åtgärd", e.getMessage(), uri, null, List.of());
    }

    @ServerExceptionMapper
    public Response aggregateNotFound(AggregateNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Finns inte", "Det finns inget ärende med det id:t.", uri, null, List.of());
    }

    @ServerExceptionMapper
    public Response commandFailed(CommandExecutionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    /** The Agroal pool could not give a connection in time (or the database is gone): 503, never a 500 or a hang. */
    @ServerExceptionMapper({SQLException.class, JDBCConnectionException.class, RollbackException.class})
    public Response database(Exception e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Inloggning krävs",
                        "En giltig token (Bearer) krävs.", uri, null, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Otillåten åtgärd", "Din roll får inte göra detta.", uri, null, List.of());
    }

    /**
     * JAX-RS answers a query parameter it cannot convert (a date {@code fran=igår}, a page {@code två}) with a bare 404.
     * That is the client's malformed input, so it becomes a 400 naming the parameter; other 404s stay 404.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, SimpleResourceInfo resource) {
        List<Problem.Violation> violations = unconvertibleQueryParameters(uri, resource);
        if (violations.isEmpty()) {
            return web(e, uri);
        }
        return problem(400, "validation", "Ogiltig begäran", "Begäran innehåller ogiltiga fält: "
                + String.join(", ", violations.stream().map(Problem.Violation::field).toList()), uri, null, violations);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 415) {
            // Quarkus' own matching: the Content-Type is not one the method consumes
            return problem(415, "unsupported-media-type", "Formatet på begäran stöds inte",
                    "Content-Type: ska vara application/json", uri, null,
                    List.of(new Problem.Violation(StrictRequests.CONTENT_TYPE, "MediaType", "ska vara application/json")));
        }
        String title = switch (status) {
            case 404 -> "Finns inte";
            case 405 -> "Metoden stöds inte";
            case 406 -> "Svarsformatet stöds inte";
            case 415 -> "Formatet på begäran stöds inte";
            default -> "Felaktig begäran";
        };
        String detail = e.getMessage() != null && e.getMessage().matches("[\\p{L}0-9 ,.:()/{}_-]{1,200}") && !e.getMessage().startsWith("HTTP ")
                ? e.getMessage() : title;
        return problem(status, status == 404 ? "not-found" : "http-" + status, title, detail, uri, null, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Unavailability.isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable during a request: %s", Unavailability.describe(e));
            return Response.fromResponse(problem(503, "unavailable", "Tjänsten är tillfälligt otillgänglig",
                            "Databasen kan inte nås just nu. Försök igen om en stund.", uri, null, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, Unavailability.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return problem(500, "internal", "Internt fel",
                "Ett internt fel inträffade. Ange incident-id " + incident + " vid kontakt med driften.", uri, null, List.of());
    }

    static Response problem(int status, String kind, String title, String detail, UriInfo uri, String rule,
                            List<Problem.Violation> violations) {
        // the instance is the path as the client sent it, still percent-encoded (RFC 9457: a URI reference): a control
        // character the client put in the path is never echoed back decoded
        Problem body = new Problem(Problem.type(kind), title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), rule, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The resource method's query parameters whose value cannot be converted to the parameter's type. */
    private static List<Problem.Violation> unconvertibleQueryParameters(UriInfo uri, SimpleResourceInfo resource) {
        Method method = method(resource);
        if (method == null || uri == null) {
            return List.of();
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            String value = query == null ? null : uri.getQueryParameters().getFirst(query.value());
            if (value != null && !convertible(value, p.getType())) {
                violations.add(new Problem.Violation(query.value(), "FORMAT", "Värdet kan inte tolkas som "
                        + (p.getType() == LocalDate.class ? "ett datum (ÅÅÅÅ-MM-DD)" : p.getType().isEnum() ? "ett av de tillåtna värdena" : "ett heltal") + "."));
            }
        }
        return violations;
    }

    private static boolean convertible(String value, Class<?> type) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The names of the resource method's parameters that carry the request body (no JAX-RS parameter annotation). */
    static Set<String> bodyParameters(SimpleResourceInfo resource) {
        Method method = method(resource);
        if (method == null) {
            return Set.of();
        }
        Set<String> body = new HashSet<>();
        for (Parameter p : method.getParameters()) {
            boolean annotated = p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(PathParam.class)
                    || p.isAnnotationPresent(HeaderParam.class) || p.isAnnotationPresent(FormParam.class)
                    || p.isAnnotationPresent(CookieParam.class) || p.isAnnotationPresent(MatrixParam.class)
                    || p.isAnnotationPresent(BeanParam.class) || p.isAnnotationPresent(Context.class);
            if (!annotated) {
                body.add(p.getName());
            }
        }
        return body;
    }

    static Method method(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null || resource.getMethodName() == null) {
            return null;
        }
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    /** The field path of a bean-validation violation, without the method and parameter of a resource method. */
    static String field(Path path) {
        return field(path, Set.of());
    }

    /** As {@link #field(Path)}; a violation on the request body parameter itself (e.g. a missing body) is {@code (body)}. */
    static String field(Path path, Set<String> bodyParameters) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                if (node.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                continue;
            }
            String name = node.getName();
            if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            parts.add(name);
        }
        if (parts.isEmpty()) {
            return parameter == null || bodyParameters.contains(parameter) ? "(body)" : parameter;
        }
        return String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(safeName(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "rätt typ";
        }
        if (type.isEnum()) {
            return "ett av " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "datum (ÅÅÅÅ-MM-DD)";
            case "Instant", "OffsetDateTime" -> "tidpunkt (ISO 8601)";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "heltal";
            case "Boolean", "boolean" -> "true eller false";
            case "String" -> "text";
            default -> "objekt";
        };
    }
}
