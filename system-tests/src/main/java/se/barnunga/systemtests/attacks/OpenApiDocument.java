package se.barnunga.systemtests.attacks;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's own OpenAPI document ({@code GET /q/openapi?format=json}) as the list of its operations.
 * <p>
 * Read with Jackson, not with swagger-parser: the documents are OpenAPI 3.1 (types as in JSON Schema 2020-12,
 * {@code $ref} with sibling keywords) that refer only to their own {@code #/components/schemas}, so resolving a
 * reference is one map look-up ({@link #resolve}); swagger-parser would add a large dependency tree (swagger-core,
 * its own Jackson modules, snakeyaml) next to the Quarkus BOM's Jackson for no gain, and its typed model would still
 * have to be walked the same way. What is written here is that look-up and the walk over {@code paths}.
 */
final class OpenApiDocument {

    /** Every role a token can carry (README "Calling the API"). */
    static final List<String> ALL_ROLES = List.of("socialsekreterare", "metodhandledare", "utforare", "mottagning",
            "socialjour", "enhetschef", "rapportor", "drift", "system");

    /** One parameter of an operation: {@code in} is path, query or header. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation. {@code roles} are the roles its security requirement lists (Quarkus adds the {@code @RolesAllowed}
     * roles as the requirement's scopes); {@code body} is the JSON body's schema or null.
     */
    record Operation(String service, String method, String path, List<Parameter> parameters, JsonNode body,
                     Set<String> roles, String produces, boolean creates, OpenApiDocument document) {

        /** service, method and path template: how findings name the operation (never with values). */
        String id() {
            return service + " " + method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode schemas;
    private final List<Operation> operations = new ArrayList<>();

    OpenApiDocument(String service, JsonNode document) {
        this.schemas = document.path("components").path("schemas");
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(op.path("parameters")));
                JsonNode body = null;
                JsonNode content = op.path("requestBody").path("content");
                if (content.has("application/json")) {
                    body = content.path("application/json").path("schema");
                }
                Set<String> roles = new LinkedHashSet<>();
                for (JsonNode requirement : op.path("security")) {
                    requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
                }
                // what a successful answer is (the Accept to send), and whether the operation creates something (201)
                String produces = "application/json";
                boolean creates = false;
                Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
                while (responses.hasNext()) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    if (response.getKey().startsWith("2")) {
                        creates |= response.getKey().equals("201");
                        Iterator<String> types = response.getValue().path("content").fieldNames();
                        if (types.hasNext()) {
                            produces = types.next();
                        }
                    }
                }
                operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters),
                        body, java.util.Collections.unmodifiableSet(roles), produces, creates, this));
            }
        }
    }

    static OpenApiDocument load(Http http, String service, URI base) {
        Http.Answer answer = http.send(base, new Http.Request("GET", "/q/openapi?format=json",
                List.of(Map.entry("Accept", "application/json")), null));
        if (answer.status() != 200) {
            throw new IllegalStateException(service + ": GET /q/openapi answered " + answer.status());
        }
        try {
            return new OpenApiDocument(service, JSON.readTree(answer.body()));
        } catch (Exception e) {
            throw new IllegalStateException(service + ": the OpenAPI document is not JSON", e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /**
     * The schema with a local {@code $ref} replaced by what it points to; keywords beside the reference (3.1 allows
     * them, e.g. a description) are kept and win.
     */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/components/schemas/")) {
                throw new IllegalStateException("only local schema references are expected, got " + ref);
            }
            JsonNode target = schemas.path(ref.substring("#/components/schemas/".length()));
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
            current.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            current = merged;
        }
        return current == null ? JSON.createObjectNode() : current;
    }

    /** The JSON type of a resolved schema: the first non-null of {@code type} (a string or, in 3.1, an array). */
    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            if (schema.has("properties")) {
                return "object";
            }
            if (schema.has("enum")) {
                return "string";
            }
            return "";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    private List<Parameter> parameters(JsonNode list) {
        List<Parameter> result = new ArrayList<>();
        for (JsonNode p : list) {
            result.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(false),
                    p.path("schema")));
        }
        return result;
    }
}
