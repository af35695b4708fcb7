package se.barnunga.systemtests.attacks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

/**
 * The hostile variants of one operation's valid request, one change at a time: each body field (missing, null, wrong
 * type, huge, control characters, unicode edge cases, absurd dates and numbers, duplicated key, unknown property,
 * random text), the body as a whole (malformed, trailing content, wrong content types and charsets, deep nesting), each
 * query parameter (control characters, huge, duplicated, wrong type, invalid UTF-8) and each path parameter (not a
 * UUID, unknown UUID, NUL, huge, invalid UTF-8).
 * <p>
 * The catalogue of edge cases is written here on purpose: the brief names the exact cases (NUL, {@code \ud800} as a
 * JSON escape, {@code 2026-02-30}, {@code 1e309}, duplicated keys, trailing content …) and most of them are not values
 * but raw JSON text no generator library produces (escapes, invalid UTF-8 bytes, broken syntax). The random part –
 * arbitrary strings over the whole char range and arbitrary integers – comes from jqwik's {@link Arbitraries}, sampled
 * with the run's seeded {@link Random}, so a run is repeatable from its seed.
 */
final class Mutations {

    private static final String RAW = "\"@@RAW-7f3a9c@@\"";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every non-ASCII char as an escape, so unpaired surrogates from the generator reach the server intact. */
    private static final ObjectMapper ESCAPING = new ObjectMapper();

    static {
        ESCAPING.getFactory().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
    }

    static final String HUGE = "x".repeat(100_000);

    private final Random random;
    private final Arbitrary<String> anyStrings;
    private final Arbitrary<java.math.BigInteger> anyIntegers;

    /**
     * jqwik's generators can only run on a jqwik thread; {@code sample()} runs anywhere and draws from jqwik's source
     * of randomness of the current thread, which is seeded here with the run's seed (so a run is repeatable).
     */
    Mutations(Random random, long seed) {
        this.random = random;
        SourceOfRandomness.create(Long.toString(seed));
        this.anyStrings = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60);
        this.anyIntegers = Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                java.math.BigInteger.TEN.pow(30));
    }

    /** A request as the operation's caller builds it: path (already encoded), query, token, body bytes, media type. */
    record Base(String method, String path, List<String> query, String token, JsonNode body, String accept) {

        Http.Request request(List<String> query, byte[] body, String contentType) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            headers.add(Map.entry("Authorization", "Bearer " + token));
            headers.add(Map.entry("Accept", accept));
            if (contentType != null) {
                headers.add(Map.entry("Content-Type", contentType));
            }
            String q = query.isEmpty() ? "" : "?" + String.join("&", query);
            return new Http.Request(method, path + q, headers, body);
        }

        Http.Request withBody(byte[] body) {
            return request(query, body, "application/json");
        }

        Http.Request valid() {
            return body == null ? request(query, null, null) : withBody(bytes(body.toString()));
        }
    }

    /** One field of the valid body: where it is, its schema, whether required. */
    record Field(List<Object> path, JsonNode schema, boolean required) {
        String name() {
            StringBuilder out = new StringBuilder();
            for (Object segment : path) {
                if (segment instanceof Integer i) {
                    out.append('[').append(i).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(segment);
                }
            }
            return out.toString();
        }

        String last() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    return s;
                }
            }
            return "";
        }
    }

    // ---- body fields -------------------------------------------------------------------------------------------------

    /** Every field of the body (into the first element of arrays), with its resolved schema. */
    static List<Field> fields(OpenApiDocument document, JsonNode schema, JsonNode body) {
        List<Field> out = new ArrayList<>();
        collect(document, document.resolve(schema), body, new ArrayList<>(), out);
        return out;
    }

    private static void collect(OpenApiDocument document, JsonNode schema, JsonNode node, List<Object> path, List<Field> out) {
        if (node.isObject()) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            node.fields().forEachRemaining(e -> {
                JsonNode child = document.resolve(schema.path("properties").path(e.getKey()));
                List<Object> childPath = new ArrayList<>(path);
                childPath.add(e.getKey());
                out.add(new Field(List.copyOf(childPath), child, required.contains(e.getKey())));
                collect(document, child, e.getValue(), childPath, out);
            });
        } else if (node.isArray() && node.size() > 0) {
            List<Object> childPath = new ArrayList<>(path);
            childPath.add(0);
            JsonNode items = document.resolve(schema.path("items"));
            out.add(new Field(List.copyOf(childPath), items, true));
            collect(document, items, node.get(0), childPath, out);
        }
    }

    List<Mutation> bodyMutations(Base base, List<Field> fields) {
        List<Mutation> out = new ArrayList<>();
        for (Field field : fields) {
            fieldMutations(base, field, out);
        }
        String valid = base.body().toString();
        String target = "(body)";
        // unknown properties, at the root and in the first nested object
        ObjectNode unknown = base.body().deepCopy();
        if (unknown.isObject()) {
            unknown.put("okantFalt", "x");
            out.add(body(base, "unknown-property", target, true, unknown.toString()));
        }
        // malformed and trailing content
        out.add(body(base, "malformed:truncated", target, true, valid.substring(0, valid.length() / 2)));
        out.add(body(base, "malformed:open-brace", target, true, "{"));
        out.add(body(base, "malformed:empty", target, true, ""));
        out.add(body(base, "malformed:null", target, true, "null"));
        out.add(body(base, "malformed:array", target, true, "[]"));
        out.add(body(base, "malformed:string", target, true, "\"text\""));
        out.add(body(base, "malformed:single-quotes", target, true, valid.replace('"', '\'')));
        out.add(body(base, "malformed:comment", target, true, "/* c */" + valid));
        out.add(body(base, "malformed:nan", target, true, "{\"a\":NaN}"));
        out.add(body(base, "malformed:deep-nesting", target, true, "[".repeat(50_000) + "]".repeat(50_000)));
        out.add(body(base, "trailing:garbage", target, true, valid + " x"));
        out.add(body(base, "trailing:second-object", target, true, valid + valid));
        out.add(body(base, "trailing:brace", target, true, valid + "}"));
        out.add(new Mutation("bom-prefix", target, false, base.withBody(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(valid)))));
        // media types and charsets
        byte[] validBytes = bytes(valid);
        out.add(new Mutation("content-type:text/plain", target, true, base.request(base.query(), validBytes, "text/plain")));
        out.add(new Mutation("content-type:xml", target, true, base.request(base.query(), validBytes, "application/xml")));
        out.add(new Mutation("content-type:form", target, true, base.request(base.query(), validBytes, "application/x-www-form-urlencoded")));
        out.add(new Mutation("content-type:missing", target, true, base.request(base.query(), validBytes, null)));
        out.add(new Mutation("charset:iso-8859-1", target, true, base.request(base.query(),
                valid.getBytes(StandardCharsets.ISO_8859_1), "application/json; charset=ISO-8859-1")));
        out.add(new Mutation("charset:utf-16", target, true, base.request(base.query(),
                valid.getBytes(StandardCharsets.UTF_16), "application/json; charset=UTF-16")));
        out.add(new Mutation("charset:unknown", target, true, base.request(base.query(), validBytes, "application/json; charset=x-bogus")));
        out.add(new Mutation("content-type:case", target, false, base.request(base.query(), validBytes, "Application/JSON")));
        return out;
    }

    private void fieldMutations(Base base, Field field, List<Mutation> out) {
        String target = field.name();
        String type = OpenApiDocument.type(field.schema());
        JsonNode current = get(base.body(), field.path());
        boolean isEnum = field.schema().has("enum");
        String format = field.schema().path("format").asText("");
        boolean isDate = format.equals("date") || (current.isTextual() && current.asText().matches("\\d{4}-\\d{2}-\\d{2}"));

        out.add(new Mutation("missing", target, field.required() && !(field.path().get(field.path().size() - 1) instanceof Integer),
                base.withBody(bytes(remove(base.body(), field.path())))));
        out.add(raw(base, field, "null", field.required(), "null"));
        // a duplicated key: the same property twice, the second with another valid-looking value
        if (field.path().get(field.path().size() - 1) instanceof String name) {
            out.add(raw(base, field, "duplicate-key", true, current + ",\"" + name + "\":" + current));
        }
        switch (type) {
            case "string" -> {
                out.add(raw(base, field, "wrong-type:object", true, "{}"));
                out.add(raw(base, field, "wrong-type:array", true, "[\"x\"]"));
                out.add(raw(base, field, "wrong-type:number", false, "12345"));
                out.add(raw(base, field, "huge:100k", true, "\"" + HUGE + "\""));
                out.add(raw(base, field, "control:NUL", true, "\"a\\u0000b\""));
                out.add(raw(base, field, "control:C0", true, "\"a\\u0001\\u001bb\\u0007\""));
                out.add(raw(base, field, "control:raw-unescaped", true, "\"a\u0002b\""));
                out.add(raw(base, field, "control:DEL", false, "\"a\u007fb\""));
                out.add(raw(base, field, "unicode:unpaired-high-surrogate", true, "\"a\\ud800b\""));
                out.add(raw(base, field, "unicode:unpaired-low-surrogate", true, "\"\\udc00\""));
                out.add(raw(base, field, "unicode:noncharacters", false, "\"\\ufffe\\uffff\\ufdd0\""));
                out.add(raw(base, field, "unicode:rtl-override", false, "\"\\u202eabc\\u202c\""));
                out.add(raw(base, field, "unicode:combining-marks", false, "\"a" + "\\u0301".repeat(300) + "\""));
                out.add(raw(base, field, "unicode:emoji-4-byte", false, "\"\uD83D\uDC69\u200D\uD83D\uDC67\uD83E\uDDD2\uD83C\uDFFD\""));
                out.add(raw(base, field, "unicode:bom-zero-width", false, "\"\\ufeff\\u200b\""));
                out.add(rawBytes(base, field, "utf8:invalid-byte", true, new byte[]{'"', 'a', (byte) 0xFF, 'b', '"'}));
                out.add(rawBytes(base, field, "utf8:overlong-nul", true, new byte[]{'"', 'a', (byte) 0xC0, (byte) 0x80, '"'}));
                out.add(rawBytes(base, field, "utf8:cesu-surrogate", true, new byte[]{'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
                out.add(raw(base, field, "blank", false, "\"   \""));
                out.add(raw(base, field, "empty", false, "\"\""));
                if (isDate) {
                    out.add(raw(base, field, "date:0000-01-01", false, "\"0000-01-01\""));
                    out.add(raw(base, field, "date:9999-12-31", false, "\"9999-12-31\""));
                    out.add(raw(base, field, "date:2026-02-30", true, "\"2026-02-30\""));
                    out.add(raw(base, field, "date:2026-13-01", true, "\"2026-13-01\""));
                    out.add(raw(base, field, "date:+999999999-12-31", false, "\"+999999999-12-31\""));
                    out.add(raw(base, field, "date:no-padding", true, "\"2026-1-1\""));
                    out.add(raw(base, field, "date:with-time", false, "\"2026-01-01T00:00:00Z\""));
                    out.add(raw(base, field, "date:number", true, "20260101"));
                }
                if (isEnum) {
                    out.add(raw(base, field, "enum:unknown", true, "\"NOT_A_VALUE\""));
                    out.add(raw(base, field, "enum:lower-case", false, current.toString().toLowerCase(Locale.ROOT)));
                }
                if (current.isTextual() && current.asText().matches("[0-9a-f-]{36}")) {
                    out.add(raw(base, field, "uuid:not-a-uuid", true, "\"not-a-uuid\""));
                    out.add(raw(base, field, "uuid:unknown", false, "\"" + uuid(random) + "\""));
                }
                if (field.last().contains("personnummer")) {
                    String pnr = current.asText();
                    String badCheck = pnr.substring(0, pnr.length() - 1) + ((pnr.charAt(pnr.length() - 1) - '0' + 1) % 10);
                    out.add(raw(base, field, "personnummer:check-digit", true, "\"" + badCheck + "\""));
                    out.add(raw(base, field, "personnummer:date", true, "\"20261340-1234\""));
                }
                String any = anyStrings.sample();
                out.add(raw(base, field, "random-string", hostileText(any), escaped(any)));
            }
            case "integer", "number" -> {
                boolean integer = type.equals("integer");
                out.add(raw(base, field, "number:1e309", integer, "1e309"));
                out.add(raw(base, field, "number:negative", false, "-1"));
                out.add(raw(base, field, "number:-0", false, "-0"));
                out.add(raw(base, field, "number:fraction", false, "0.5"));
                out.add(raw(base, field, "number:huge", integer, "99999999999999999999999"));
                out.add(raw(base, field, "number:int-overflow", integer, "2147483648"));
                out.add(raw(base, field, "number:as-string", false, "\"1\""));
                out.add(raw(base, field, "wrong-type:object", true, "{}"));
                out.add(raw(base, field, "number:random", false, anyIntegers.sample().toString()));
            }
            case "boolean" -> {
                out.add(raw(base, field, "boolean:string-yes", true, "\"yes\""));
                out.add(raw(base, field, "boolean:number", false, "1"));
                out.add(raw(base, field, "wrong-type:object", true, "{}"));
            }
            case "array" -> {
                out.add(raw(base, field, "array:empty", field.schema().path("minItems").asInt(0) > 0, "[]"));
                if (field.schema().has("maxItems")) {
                    JsonNode item = current.size() > 0 ? current.get(0) : JSON.nullNode();
                    int n = field.schema().get("maxItems").asInt() + 1;
                    StringBuilder many = new StringBuilder("[");
                    for (int i = 0; i < Math.max(n, 1); i++) {
                        many.append(i == 0 ? "" : ",").append(item);
                    }
                    out.add(raw(base, field, "array:too-many", true, many.append(']').toString()));
                }
                out.add(raw(base, field, "array:null-element", true, "[null]"));
                out.add(raw(base, field, "wrong-type:string", true, "\"x\""));
            }
            case "object" -> {
                out.add(raw(base, field, "wrong-type:string", true, "\"x\""));
                out.add(raw(base, field, "wrong-type:array", true, "[]"));
                if (current.isObject()) {
                    ObjectNode withUnknown = current.deepCopy();
                    withUnknown.put("okantFalt", 1);
                    out.add(raw(base, field, "unknown-property", true, withUnknown.toString()));
                }
            }
            default -> {
            }
        }
    }

    /**
     * Further random variants once the catalogue is spent (a full run sends more requests than the catalogue has): per
     * field a new random string or integer from jqwik, and per query parameter a random string.
     */
    List<Mutation> fuzzMutations(Base base, List<Field> fields, List<OpenApiDocument.Parameter> queryParameters) {
        List<Mutation> out = new ArrayList<>();
        for (Field field : fields) {
            String type = OpenApiDocument.type(field.schema());
            if (type.equals("string")) {
                String any = anyStrings.sample();
                out.add(raw(base, field, "random-string", hostileText(any), escaped(any)));
            } else if (type.equals("integer") || type.equals("number")) {
                out.add(raw(base, field, "number:random", false, anyIntegers.sample().toString()));
            }
        }
        for (OpenApiDocument.Parameter p : queryParameters) {
            String any = anyStrings.sample();
            List<String> query = new ArrayList<>(withoutParameter(base.query(), p.name()));
            query.add(encode(p.name()) + "=" + encode(any));
            out.add(new Mutation("random-string", "query:" + p.name(), hostileText(any), bodyAware(base, query)));
        }
        return out;
    }

    // ---- query and path parameters -------------------------------------------------------------------------------------

    List<Mutation> queryMutations(Base base, OpenApiDocument.Parameter p, JsonNode schema, String validValue) {
        List<Mutation> out = new ArrayList<>();
        String name = p.name();
        String target = "query:" + name;
        String type = OpenApiDocument.type(schema);
        String format = schema.path("format").asText("");
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[]{"control:NUL", "a%00b", "true"});
        cases.add(new String[]{"control:C0", "%01%1B", "true"});
        cases.add(new String[]{"control:DEL", "a%7Fb", "false"});
        cases.add(new String[]{"huge:100k", HUGE, "true"});
        // invalid UTF-8 in a URL decodes to U+FFFD on the server: harmless, so counted as leniency, not a finding
        cases.add(new String[]{"utf8:invalid-byte", "%FF", "false"});
        cases.add(new String[]{"utf8:cesu-surrogate", "%ED%A0%80", "false"});
        cases.add(new String[]{"unicode:rtl-override", "%E2%80%AEabc", "false"});
        cases.add(new String[]{"unicode:emoji-4-byte", "%F0%9F%A7%92%F0%9F%8F%BD", "false"});
        cases.add(new String[]{"empty", "", "false"});
        switch (type) {
            case "integer", "number" -> {
                cases.add(new String[]{"wrong-type:text", "abc", "true"});
                cases.add(new String[]{"number:1e309", "1e309", type.equals("integer") ? "true" : "false"});
                cases.add(new String[]{"number:fraction", "0.5", type.equals("integer") ? "true" : "false"});
                cases.add(new String[]{"number:negative", "-1", schema.path("minimum").asDouble(-1) >= 0 ? "true" : "false"});
                cases.add(new String[]{"number:huge", "99999999999999999999", "true"});
                cases.add(new String[]{"number:-0", "-0", "false"});
            }
            // JAX-RS reads anything but "true" as false; the README promises 400 only for dates and numbers
            case "boolean" -> cases.add(new String[]{"boolean:yes", "yes", "false"});
            default -> {
            }
        }
        if (format.equals("date")) {
            cases.add(new String[]{"date:0000-01-01", "0000-01-01", "false"});
            cases.add(new String[]{"date:9999-12-31", "9999-12-31", "false"});
            cases.add(new String[]{"date:2026-02-30", "2026-02-30", "true"});
            cases.add(new String[]{"date:2026-13-01", "2026-13-01", "true"});
        }
        if (schema.has("enum")) {
            cases.add(new String[]{"enum:unknown", "NOT_A_VALUE", "true"});
        }
        for (String[] c : cases) {
            List<String> query = new ArrayList<>(withoutParameter(base.query(), name));
            query.add(encode(name) + "=" + c[1]);
            out.add(new Mutation(c[0], target, Boolean.parseBoolean(c[2]), bodyAware(base, query)));
        }
        if (validValue != null) {
            List<String> query = new ArrayList<>(withoutParameter(base.query(), name));
            query.add(encode(name) + "=" + encode(validValue));
            query.add(encode(name) + "=" + encode(validValue));
            out.add(new Mutation("duplicate-parameter", target, true, bodyAware(base, query)));
        }
        return out;
    }

    List<Mutation> pathMutations(Base base, String template, Map<String, String> values, String name) {
        List<Mutation> out = new ArrayList<>();
        String target = "path:" + name;
        List<String[]> cases = List.of(
                new String[]{"id:not-a-uuid", "not-a-uuid", "true"},
                new String[]{"id:unknown-uuid", uuid(random).toString(), "true"},
                new String[]{"id:upper-case", encode(values.get(name).toUpperCase(Locale.ROOT)), "false"},
                new String[]{"control:NUL", "%00", "true"},
                new String[]{"control:NUL-inside", "a%00b", "true"},
                new String[]{"control:C0", "%01%1B", "true"},
                new String[]{"huge:5k", "x".repeat(5_000), "true"},
                new String[]{"utf8:invalid-byte", "%FF", "true"},
                new String[]{"utf8:cesu-surrogate", "%ED%A0%80", "true"},
                new String[]{"unicode:rtl-override", "%E2%80%AEabc", "true"},
                new String[]{"traversal", "..%2F..%2Fq%2Fhealth", "true"},
                new String[]{"blank", "%20", "true"});
        for (String[] c : cases) {
            String path = template;
            for (Map.Entry<String, String> e : values.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", e.getKey().equals(name) ? c[1] : encode(e.getValue()));
            }
            Base mutated = new Base(base.method(), path, base.query(), base.token(), base.body(), base.accept());
            out.add(new Mutation(c[0], target, Boolean.parseBoolean(c[2]), mutated.valid()));
        }
        return out;
    }

    /** Headers: one too large for any server, and an Accept the API cannot produce. */
    List<Mutation> headerMutations(Base base) {
        List<Mutation> out = new ArrayList<>();
        Http.Request valid = base.valid();
        List<Map.Entry<String, String>> huge = new ArrayList<>(valid.headers());
        huge.add(Map.entry("X-Padding", "x".repeat(100_000)));
        out.add(new Mutation("huge:header-100k", "header:X-Padding", true,
                new Http.Request(valid.method(), valid.pathAndQuery(), huge, valid.body())));
        List<Map.Entry<String, String>> accept = new ArrayList<>();
        for (Map.Entry<String, String> h : valid.headers()) {
            accept.add(h.getKey().equals("Accept") ? Map.entry("Accept", "application/xml") : h);
        }
        out.add(new Mutation("accept:xml", "header:Accept", false,
                new Http.Request(valid.method(), valid.pathAndQuery(), accept, valid.body())));
        return out;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static Http.Request bodyAware(Base base, List<String> query) {
        return base.body() == null ? base.request(query, null, null)
                : base.request(query, bytes(base.body().toString()), "application/json");
    }

    private static List<String> withoutParameter(List<String> query, String name) {
        return query.stream().filter(q -> !q.startsWith(encode(name) + "=")).toList();
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Mutation body(Base base, String kind, String target, boolean mustRefuse, String text) {
        return new Mutation(kind, target, mustRefuse, base.withBody(bytes(text)));
    }

    private Mutation raw(Base base, Field field, String kind, boolean mustRefuse, String rawJson) {
        return new Mutation(kind, field.name(), mustRefuse, base.withBody(bytes(replace(base.body(), field.path(), rawJson))));
    }

    private Mutation rawBytes(Base base, Field field, String kind, boolean mustRefuse, byte[] rawJson) {
        String[] parts = withPlaceholder(base.body(), field.path()).split(java.util.regex.Pattern.quote(RAW), 2);
        return new Mutation(kind, field.name(), mustRefuse, base.withBody(concat(bytes(parts[0]), rawJson, bytes(parts[1]))));
    }

    /** The body as JSON text with the value at the path replaced by raw JSON text (which may be invalid on purpose). */
    static String replace(JsonNode body, List<Object> path, String rawJson) {
        return withPlaceholder(body, path).replace(RAW, rawJson);
    }

    private static String withPlaceholder(JsonNode body, List<Object> path) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = get(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        TextNode marker = TextNode.valueOf(RAW.substring(1, RAW.length() - 1));
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, marker);
        } else {
            ((ObjectNode) parent).set((String) last, marker);
        }
        return copy.toString();
    }

    static String remove(JsonNode body, List<Object> path) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = get(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).remove(i);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
        return copy.toString();
    }

    static JsonNode get(JsonNode node, List<Object> path) {
        JsonNode current = node;
        for (Object segment : path) {
            current = segment instanceof Integer i ? current.get(i) : current.get((String) segment);
        }
        return current;
    }

    /** A string as a JSON literal with every non-ASCII char escaped (unpaired surrogates stay unpaired). */
    static String escaped(String value) {
        try {
            return ESCAPING.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text the services must refuse: control characters other than tab and newline, or unpaired surrogates. */
    static boolean hostileText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A random UUID drawn from the run's seeded random, so a run repeats its ids too. */
    static UUID uuid(Random random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    /**
     * The variants in an order where the kinds take turns (control, duplicate-key, malformed, huge, …), each kind's
     * variants and the kinds' order shuffled by the seed: a small budget per operation then still tries every kind.
     */
    static List<Mutation> interleaved(List<Mutation> variants, Random random) {
        Map<String, List<Mutation>> byKind = new java.util.TreeMap<>();
        for (Mutation m : variants) {
            byKind.computeIfAbsent(m.kind().replaceAll(":.*", ""), k -> new ArrayList<>()).add(m);
        }
        List<List<Mutation>> groups = new ArrayList<>(byKind.values());
        groups.forEach(g -> java.util.Collections.shuffle(g, random));
        java.util.Collections.shuffle(groups, random);
        List<Mutation> out = new ArrayList<>();
        for (int i = 0; out.size() < variants.size(); i++) {
            for (List<Mutation> group : groups) {
                if (i < group.size()) {
                    out.add(group.get(i));
                }
            }
        }
        return out;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
