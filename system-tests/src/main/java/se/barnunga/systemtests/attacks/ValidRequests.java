package se.barnunga.systemtests.attacks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.SystemUnderTest;

/**
 * Valid requests for every operation, the starting point of every attack: real cases created first (an assignment of
 * unit MYND-1 sent to UTF-1, a concern about its child) so that commands on an existing case get past the look-up,
 * and a value for each field from its schema – enum constants, formats, limits – with the domain's codes where a
 * field's name says what it holds (a personnummer with a valid check digit, a unit code, an intervention type from
 * {@code /api/kodlistor}). Every name, personnummer and free text sent is registered with
 * {@link RunSummary#usedPersonalData}.
 */
final class ValidRequests {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FIRST_NAMES = List.of("Alva", "Elsa", "Maja", "Vera", "Liam", "Hugo", "Noah", "Ebbe");
    private static final List<String> LAST_NAMES = List.of("Lindqvist", "Bergström", "Sundberg", "Holmgren", "Åkesson");
    /** The fixture child's surnames: never used for any other request, so finding one elsewhere means the case. */
    private static final List<String> FIXTURE_LAST_NAMES = List.of("Fjällström", "Norrgård", "Tjärnberg", "Östlund");

    final SystemUnderTest sut;
    final RunSummary summary;
    final Http http;
    final Random random;

    String uppdragId;
    String oroId;
    String childPersonnummer;
    String childFirstName;
    String childLastName;
    /** Values that identify the fixture case to someone else: ids, pseudonyms, the child's personnummer and name. */
    final Set<String> caseSecrets = new LinkedHashSet<>();
    /** Whether generated bodies may name the fixture child (a search for it) or must name other children. */
    boolean useFixtureChild = true;
    String insatstyp = "FAMILJEBEHANDLING";
    String bbicOmrade = "HALSA";

    ValidRequests(SystemUnderTest sut, RunSummary summary, Http http, Random random) {
        this.sut = sut;
        this.summary = summary;
        this.http = http;
        this.random = random;
    }

    // ---- who calls -----------------------------------------------------------------------------------------------

    /** The unit of the development user of a role (as in the local run's tokens). */
    static String unit(String role) {
        return switch (role) {
            case "metodhandledare", "utforare" -> "UTF-1";
            case "mottagning" -> "MOTT-1";
            case "socialjour" -> "JOUR-1";
            default -> "MYND-1";
        };
    }

    /** Another unit of the same kind: its staff must not see or change the fixture case. */
    static String otherUnit(String role) {
        return switch (role) {
            case "metodhandledare", "utforare" -> "UTF-2";
            case "mottagning" -> "MOTT-2";
            case "socialjour" -> "JOUR-2";
            default -> "MYND-2";
        };
    }

    static String user(String role) {
        return "dev-" + role;
    }

    String token(String role) {
        return sut.token(role, unit(role), user(role));
    }

    /** The role that acts on the fixture case: the first allowed one in the routine's order of who owns the case. */
    static String actingRole(Set<String> allowed) {
        for (String role : OpenApiDocument.ALL_ROLES) {
            if (allowed.contains(role)) {
                return role;
            }
        }
        return allowed.isEmpty() ? "socialsekreterare" : allowed.iterator().next();
    }

    // ---- the fixture cases ---------------------------------------------------------------------------------------

    /** Creates the assignment and the concern the attacks work on; fails loudly if the system does not take them. */
    void createCases() {
        URI assignment = sut.baseUri("assignment-service");
        Http.Answer kodlistor = http.send(assignment, get("/api/kodlistor", token("socialsekreterare")));
        if (kodlistor.ok()) {
            JsonNode codes = parse(kodlistor.body());
            Iterator<String> types = codes.path("insatstyper").fieldNames();
            if (types.hasNext()) {
                insatstyp = types.next();
            }
            Iterator<String> areas = codes.path("bbicOmraden").fieldNames();
            if (areas.hasNext()) {
                bbicOmrade = areas.next();
            }
        }
        childPersonnummer = Personnummer.child(random);
        childFirstName = pick(FIRST_NAMES);
        childLastName = pick(FIXTURE_LAST_NAMES);
        ObjectNode barn = NODES.objectNode().put("personnummer", childPersonnummer).put("fornamn", childFirstName)
                .put("efternamn", childLastName);
        ObjectNode forfragan = NODES.objectNode().put("typ", "BEVILJAD_INSATS").put("insatstyp", insatstyp)
                .put("behov", "Stöd i föräldraskapet").put("utforarenhet", "UTF-1");
        forfragan.set("barn", barn);
        registerPersonalData(forfragan);
        Http.Answer created = http.send(assignment, post("/api/uppdrag", token("socialsekreterare"), forfragan));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create the fixture assignment: " + created.status());
        }
        uppdragId = parse(created.body()).path("uppdragId").asText();
        walkToSent(assignment);

        URI concern = sut.baseUri("concern-service");
        ObjectNode oro = NODES.objectNode();
        oro.putArray("barn").addObject().put("personnummer", childPersonnummer);
        oro.put("uppdragId", uppdragId).put("akut", false).put("form", "SKRIFTLIG").put("omValdEllerOvergrepp", false)
                .put("vardnadshavareInformerade", true).put("beskrivning", "Barnet har uteblivit från skolan flera veckor.");
        registerPersonalData(oro);
        Http.Answer oroCreated = http.send(concern, post("/api/oro", token("socialsekreterare"), oro));
        if (!oroCreated.ok()) {
            throw new IllegalStateException("could not create the fixture concern: " + oroCreated.status());
        }
        oroId = firstValue(parse(oroCreated.body()), "oroId");
        if (oroId == null) {
            throw new IllegalStateException("the concern's answer names no oroId");
        }

        caseSecrets.add(uppdragId);
        caseSecrets.add(oroId);
        caseSecrets.add(childPersonnummer);
        caseSecrets.add(Personnummer.digits(childPersonnummer));
        caseSecrets.add(childLastName);
        // the follow-up record and the deadline watches come from the assignment's events: wait until they are there
        // (the commands on them should reach their validation and the owner's data, not a 404)
        awaitFound(sut.baseUri("followup-service"), "/api/uppfoljning/" + uppdragId);
        awaitFound(sut.baseUri("deadline-service"), "/api/bevakningar/arenden/" + uppdragId);
        collectPseudonyms(http.send(sut.baseUri("followup-service"), get("/api/uppfoljning/" + uppdragId, token("socialsekreterare"))));
        // pseudonyms of the child, as the services hand them to those who may see them
        collectPseudonyms(http.send(assignment, get("/api/uppdrag/" + uppdragId + "/ivo-uppgifter", token("rapportor"))));
        collectPseudonyms(http.send(concern, get("/api/oro/" + oroId, token("socialsekreterare"))));
    }

    /**
     * The routine up to the written assignment sent to the performing unit: go-ahead (metodhandledare of UTF-1), the
     * guardian's consent, the decision and the written assignment with every SOSFS 2014:5 item. Each step must succeed.
     */
    private void walkToSent(URI assignment) {
        String ss = token("socialsekreterare");
        String base = "/api/uppdrag/" + uppdragId;
        step(assignment, new Http.Request("POST", base + "/klartecken",
                List.of(Map.entry("Authorization", "Bearer " + token("metodhandledare"))), null), "klartecken");
        String guardian = Personnummer.of(LocalDate.of(1984, 3, 1).plusDays(random.nextInt(3000)), random.nextInt(1000));
        String guardianName = pick(FIRST_NAMES) + " " + childLastName;
        ObjectNode samtycke = NODES.objectNode().put("part", "VARDNADSHAVARE").put("samtycker", true)
                .put("datum", LocalDate.now(ZoneOffset.UTC).toString());
        samtycke.putObject("vardnadshavare").put("personnummer", guardian).put("namn", guardianName);
        registerPersonalData(samtycke);
        step(assignment, post(base + "/samtycke", ss, samtycke), "samtycke");
        ObjectNode beslut = NODES.objectNode().put("beslutsdatum", LocalDate.now(ZoneOffset.UTC).toString())
                .put("lagrum", "SOL_2025_11_1");
        beslut.putArray("mal").addObject().put("beskrivning", "Barnet går till skolan varje dag").put("bbicOmrade", bbicOmrade);
        // SOSFS 2014:5 decision documentation and the routine's agreement with the family
        beslut.put("skal", "Utredningen visar behov av stöd i vardagen").put("beslutsunderlag", "Utredning UTR-1")
                .put("syfte", "En trygg skolgång").put("ansokanAvser", "Familjebehandling")
                .put("malOverenskomnaMedFamiljen", true).put("behovsbedomningKommunicerad", true);
        beslut.putObject("beslutsfattare").put("namn", pick(FIRST_NAMES) + " " + pick(LAST_NAMES))
                .put("titel", "Socialsekreterare").put("delegationsniva", "SOCIALSEKRETERARE");
        registerPersonalData(beslut);
        step(assignment, post(base + "/beslut", ss, beslut), "beslut");
        ObjectNode innehall = NODES.objectNode();
        innehall.putObject("barnetsKontaktuppgifter").put("adress", "Storgatan 1").put("telefon", "070-1234567");
        ObjectNode vh = innehall.putArray("vardnadshavare").addObject().put("personnummer", guardian).put("namn", guardianName);
        vh.putObject("kontakt").put("adress", "Storgatan 1").put("telefon", "070-1234567");
        innehall.put("skyddadePersonuppgifter", "INGEN");
        innehall.putObject("tolkbehov").put("tolk", false);
        innehall.put("uppdragetOmfattar", "Familjebehandling i hemmet").put("bedomningAvBehovOchFormaga", "Behov av stöd")
                .put("uppfoljningsform", "Uppföljningsmöten").put("aterrapporteringVidAvslut", "Skriftlig redogörelse")
                .put("andraHuvudmansInsatser", "Inga").put("sipBehov", false).put("familjenInformerad", true)
                .put("utredningsplanBifogad", false);
        innehall.putObject("socialsekreterarensKontakt").put("telefon", "08-123456");
        ObjectNode skicka = NODES.objectNode();
        skicka.set("innehall", innehall);
        registerPersonalData(skicka);
        step(assignment, post(base + "/skicka", ss, skicka), "skicka");
    }

    private void step(URI service, Http.Request request, String name) {
        Http.Answer answer = http.send(service, request);
        if (!answer.ok()) {
            throw new IllegalStateException("the fixture assignment's step " + name + " was refused: " + answer.status());
        }
    }

    /** Waits (up to a minute) until the owner can read what another service built from the events. */
    private void awaitFound(URI service, String path) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < until) {
            if (http.send(service, get(path, token("socialsekreterare"))).ok()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the fixture case never appeared at " + service + path.replace(uppdragId, "{id}"));
    }

    private void collectPseudonyms(Http.Answer answer) {
        if (!answer.ok()) {
            return;
        }
        collectPseudonyms(parse(answer.body()));
    }

    private void collectPseudonyms(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().toLowerCase(Locale.ROOT).contains("pseudonym") && e.getValue().isTextual()
                        && e.getValue().asText().length() >= 8) {
                    caseSecrets.add(e.getValue().asText());
                }
                collectPseudonyms(e.getValue());
            });
        } else if (node.isArray()) {
            node.forEach(this::collectPseudonyms);
        }
    }

    // ---- values from schemas -------------------------------------------------------------------------------------

    /** A value of a path parameter that reaches the fixture case where the name says which case. */
    String pathValue(OpenApiDocument.Operation op, OpenApiDocument.Parameter p) {
        current = op.document();
        return switch (p.name()) {
            case "uppdragId", "arendeId" -> uppdragId;
            case "oroId" -> oroId;
            // the watch of the assignment's start within 14 days of the decision (ids are <rule>:<case>)
            case "bevakningId" -> "VERKSTALLIGHET_START:" + uppdragId;
            case "kvartal" -> "2026-Q3";
            case "regelId" -> "VERKSTALLIGHET_START";
            // the follow-up record's complaints and views are numbered S1, S2, … (none exists on the fixture case)
            case "synpunktId" -> "S1";
            default -> {
                if (p.name().endsWith("Id")) {
                    yield Mutations.uuid(random).toString();
                }
                JsonNode value = value(op.document().resolve(p.schema()), p.name(), 0);
                yield value.isTextual() && !value.asText().isBlank() ? value.asText() : Mutations.uuid(random).toString();
            }
        };
    }

    /** A valid value of a query parameter, as text; null when the parameter is best left out (paging, filters). */
    String queryValue(OpenApiDocument.Operation op, OpenApiDocument.Parameter p) {
        current = op.document();
        JsonNode schema = op.document().resolve(p.schema());
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        JsonNode value = value(schema, p.name(), 0);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** A valid body for the operation (null when it takes none). */
    JsonNode body(OpenApiDocument.Operation op) {
        if (op.body() == null) {
            return null;
        }
        current = op.document();
        JsonNode body = value(op.document().resolve(op.body()), "", 0);
        registerPersonalData(body);
        return body;
    }

    JsonNode value(JsonNode schema, String name, int depth) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = OpenApiDocument.type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > 6) {
                    return object;
                }
                schema.path("properties").fields().forEachRemaining(e ->
                        object.set(e.getKey(), value(resolve(e.getValue()), e.getKey(), depth + 1)));
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                JsonNode items = resolve(schema.path("items"));
                array.add(value(items, singular(name), depth + 1));
                return array;
            }
            case "boolean":
                return NODES.booleanNode(!lower.startsWith("omvald"));
            case "integer":
                return NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1);
            case "number":
                return NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asDouble()) : 1.0);
            case "string":
                return NODES.textNode(string(schema, lower, format));
            default:
                return NODES.textNode("x");
        }
    }

    /** The operation whose document nested schemas are resolved against (set by the public entry points). */
    private OpenApiDocument current;

    private JsonNode resolve(JsonNode child) {
        return current == null ? child : current.resolve(child);
    }

    private String string(JsonNode schema, String name, String format) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (format.equals("date")) {
            if (name.contains("fodelse")) {
                return "2015-04-12";
            }
            return today.toString();
        }
        if (format.equals("date-time")) {
            return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        }
        if (format.equals("local-time")) {
            return "10:00:00";
        }
        if (format.equals("uuid") || schema.path("pattern").asText().startsWith("[0-9a-fA-F]{8}")) {
            return name.contains("uppdrag") && uppdragId != null ? uppdragId : Mutations.uuid(random).toString();
        }
        if (name.contains("personnummer")) {
            return name.equals("personnummer") && childPersonnummer != null && useFixtureChild && random.nextBoolean() ? childPersonnummer
                    : Personnummer.child(random);
        }
        if (name.equals("fornamn")) {
            return pick(FIRST_NAMES);
        }
        if (name.equals("efternamn")) {
            return pick(LAST_NAMES);
        }
        if (name.equals("namn")) {
            return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
        }
        if (name.contains("enhet")) {
            return name.contains("utforar") ? "UTF-1" : "MYND-1";
        }
        if (name.equals("socialsekreterare")) {
            return "dev-socialsekreterare";
        }
        if (name.contains("utforare")) {
            return "dev-utforare";
        }
        if (name.equals("insatstyp")) {
            return insatstyp;
        }
        if (name.contains("bbic") || name.contains("behovsomrade")) {
            return bbicOmrade;
        }
        if (name.equals("kvartal")) {
            return "2026-Q3";
        }
        if (name.equals("regel")) {
            return "VERKSTALLIGHET_START";
        }
        if (name.contains("epost")) {
            return "familj@example.org";
        }
        if (name.contains("telefon")) {
            return "070-1234567";
        }
        if (name.contains("malid")) {
            return "M1";
        }
        int max = schema.path("maxLength").asInt(4000);
        String text = "Samtal om stöd i vardagen";
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String singular(String name) {
        return name.endsWith("er") ? name.substring(0, name.length() - 2) : name;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Registers every string of a body the run sends (names, personnummer, free text) for the privacy check. */
    void registerPersonalData(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            String text = node.asText();
            // codes, enum constants, ids and dates are not personal data; names, numbers and free text are
            if (!text.matches("[A-Z0-9_-]+|[0-9a-f-]{36}|\\d{4}-\\d{2}-\\d{2}.*|dev-[a-z]+|[A-Z]+-\\d+")) {
                summary.usedPersonalData(text);
            }
            if (text.matches("\\d{8}-\\d{4}")) {
                summary.usedPersonalData(Personnummer.digits(text));
            }
        }
        node.forEach(this::registerPersonalData);
    }

    // ---- requests ------------------------------------------------------------------------------------------------

    static Http.Request get(String path, String token) {
        return get(path, token, "application/json");
    }

    static Http.Request get(String path, String token, String accept) {
        return new Http.Request("GET", path, List.of(Map.entry("Authorization", "Bearer " + token),
                Map.entry("Accept", accept)), null);
    }

    static Http.Request post(String path, String token, JsonNode body) {
        return new Http.Request("POST", path, List.of(Map.entry("Authorization", "Bearer " + token),
                Map.entry("Content-Type", "application/json"), Map.entry("Accept", "application/json")),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return NODES.missingNode();
        }
    }

    /** The first textual value of a field of this name anywhere in the tree. */
    static String firstValue(JsonNode node, String field) {
        if (node.isObject() && node.has(field) && node.get(field).isTextual()) {
            return node.get(field).asText();
        }
        for (JsonNode child : node) {
            String found = firstValue(child, field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
