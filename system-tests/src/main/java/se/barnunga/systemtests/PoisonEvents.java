package se.barnunga.systemtests;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Fault (e), one of the {@link Faults}: a poison event in each service's event store, parked by every processor that
 * handles it while the rest flows on.
 */
final class PoisonEvents {

    /** Reports concerns through the concern-service and returns their ids ({@link Faults#reportConcerns}). */
    @FunctionalInterface
    interface Concerns {
        Set<String> report(int count, String attack);
    }

    private final ProcessSystem sut;
    private final RunSummary summary;
    private final Api api;
    private final Personuppgifter personuppgifter;
    private final Concerns concerns;

    PoisonEvents(ProcessSystem sut, RunSummary summary, Api api, Personuppgifter personuppgifter, Concerns concerns) {
        this.sut = sut;
        this.summary = summary;
        this.api = api;
        this.personuppgifter = personuppgifter;
        this.concerns = concerns;
    }

    /**
     * (e) a poison event in each service's projections: a copy of a real stored event under a new aggregate id, its
     * free-text-like strings carrying a NUL (which PostgreSQL refuses in text), inserted into the event store. Expected
     * (the operator API, role {@code drift}): the event parked, the processors at the head again (later events flow),
     * the health group {@code processing} DOWN while it is parked, and UP after the operator discards it.
     */
    public void run() throws Exception {
        if (!ProcessorChecks.driftApiEnabled()) {
            summary.figure("e: poison events", "not run (-Dsystemtests.drift=false: the operator API is needed)");
            return;
        }
        String drift = ProcessorChecks.driftToken(sut);
        Map<String, Poison> poisons = new java.util.LinkedHashMap<>();
        for (String service : sut.services()) {
            try {
                poisons.put(service, injectPoison(service));
            } catch (IllegalStateException | SQLException e) {
                summary.fault("e: poison event in " + service, false, "could not inject: " + e.getMessage());
            }
        }
        Instant injected = Instant.now();
        // later events, behind the poison in every service: a case walked to its ansvarig utförare and a concern
        CaseLoad later = new CaseLoad(sut, api, personuppgifter, "fault-e later events");
        later.walkOneCase();
        Set<String> laterConcerns = concerns.report(1, "fault-e later events");

        for (Map.Entry<String, Poison> entry : poisons.entrySet()) {
            String service = entry.getKey();
            Poison poison = entry.getValue();
            List<JsonNode> parked = List.of();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (Instant.now().isBefore(deadline)) {
                parked = parkedEntries(service, drift, poison.eventId());
                if (!parked.isEmpty()) {
                    break;
                }
                CaseLoad.pause(1000);
            }
            Duration toParked = Duration.between(injected, Instant.now());
            // the rest flows on: every processor at the head with the poison parked
            boolean flowsOn = processorsAtHead(service, drift, Duration.ofSeconds(120));
            parked = parkedEntries(service, drift, poison.eventId()); // every processor that handles it has parked it now
            int healthWhileParked = ProcessorChecks.processingHealth(api, sut, service);
            // the operator discards it: the signal clears
            int discarded = 0;
            for (JsonNode p : parked) {
                Api.Answer answer = api.sendUncounted(sut.baseUri(service).resolve("/api/drift/parked/"
                        + p.path("id").asText() + "/discard"), "POST", drift, null);
                if (answer.status() / 100 == 2) {
                    discarded++;
                }
            }
            int healthAfter = 0;
            deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                healthAfter = ProcessorChecks.processingHealth(api, sut, service);
                if (healthAfter == 200) {
                    break;
                }
                CaseLoad.pause(1000);
            }
            summary.fault("e: poison event in " + service, !parked.isEmpty() && healthWhileParked == 503 && flowsOn
                            && discarded == parked.size() && healthAfter == 200,
                    "injected a copy of " + poison.type() + " (" + poison.how() + "); parked by "
                            + parked.size() + " processor(s) " + parked.stream().map(p -> p.path("processor").asText()).toList()
                            + " within " + toParked.toSeconds() + " s; /q/health/group/processing while parked "
                            + healthWhileParked + "; every processor at the head (later events processed) while it is parked: "
                            + flowsOn + "; discarded " + discarded + ", processing health afterwards " + healthAfter);
        }
        // the later events reached the read models
        String ss = sut.token("socialsekreterare", "MYND-1", "st-socialsekreterare");
        String reporter = sut.token("utforare", "UTF-1", "st-utforare");
        List<String> unreadable = new ArrayList<>();
        for (CaseLoad.Fall fall : later.cases()) {
            int status = api.get(ProcessSystem.ASSIGNMENT, "fault-e later events", "/api/uppdrag/" + fall.uppdragId, ss).status();
            if (status != 200) {
                unreadable.add("GET /api/uppdrag/{id} " + status);
            }
        }
        for (String oroId : laterConcerns) {
            int status = api.get(ProcessSystem.CONCERN, "fault-e later events", "/api/oro/" + oroId, reporter).status();
            if (status != 200) {
                unreadable.add("GET /api/oro/{id} " + status);
            }
        }
        summary.figure("e: later events readable after the poison", unreadable.isEmpty() ? "yes ("
                + later.cases().size() + " case, " + laterConcerns.size() + " concern)" : unreadable.toString());
        if (unreadable.isEmpty() && (later.cases().isEmpty() || laterConcerns.isEmpty())) {
            unreadable.add("the later case or concern was not acknowledged");
        }
        if (!unreadable.isEmpty()) {
            summary.finding("fault e", "events after the poison not readable: " + unreadable);
        }
    }

    private record Poison(String eventId, String type, String how) {
    }

    /**
     * Free text and names: a string with whitespace, or a capitalised word. By the privacy rule no such string is ever
     * published, so a NUL in it poisons the service's projections without travelling on to other services over Kafka.
     */
    private static final Pattern FREE_TEXT = Pattern.compile("(?s).*\\s.*|\\p{Lu}\\p{Ll}+");

    /**
     * Services whose poison is a NUL in the names and free texts of the copied event – the failure: their read
     * models store a child's name. The others' events carry no personal free text (their texts, e.g. a rule's legal
     * reference, are not necessarily stored), so their poison is a field of the wrong type, which no processor can read.
     */
    private static final Set<String> NUL_POISON = Set.of(ProcessSystem.ASSIGNMENT, ProcessSystem.CONCERN);

    /** Per service, a domain event its read model handles (the case for the concern-service: a child's name). */
    private static final Map<String, String> PROJECTED_EVENT = Map.of(
            ProcessSystem.ASSIGNMENT, "UppdragRegistrerat",
            ProcessSystem.FOLLOWUP, "UppdragKant",
            ProcessSystem.CONCERN, "OroLamnad",
            ProcessSystem.DEADLINE, "BevakningStartad");

    /** Inserts the poison into the service's event store; returns its event id. */
    private Poison injectPoison(String service) throws SQLException {
        try (Connection c = DriverManager.getConnection(sut.jdbcUrl(service), sut.postgresUser(), "")) {
            // the latest event of a type the service's read model handles (else the latest creation event)
            PreparedStatement q = c.prepareStatement("SELECT aggregateidentifier, type, metadata, payload, payloadrevision,"
                    + " payloadtype FROM domainevententry WHERE payloadtype LIKE ? OR sequencenumber = 0"
                    + " ORDER BY (payloadtype LIKE ?) DESC, globalindex DESC LIMIT 1");
            String wanted = "%$" + PROJECTED_EVENT.getOrDefault(service, "-");
            q.setString(1, wanted);
            q.setString(2, wanted);
            try (q; ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no event in the store of " + service + " to copy");
                }
                String oldId = rs.getString(1);
                String newId = newIdFor(oldId, UUID.randomUUID().toString());
                JsonNode payload = Api.JSON.readTree(new String(rs.getBytes(4), StandardCharsets.UTF_8));
                int[] poisoned = {0};
                JsonNode poisonedPayload = poison(payload, uuidOf(oldId), uuidOf(newId), poisoned, NUL_POISON.contains(service));
                String how = poisoned[0] + " free-text string(s) with a NUL";
                if (poisoned[0] == 0) {
                    // no free text in this event: a field of the wrong type instead (the payload cannot be read)
                    String field = wrongType((ObjectNode) poisonedPayload, uuidOf(newId));
                    how = "field " + field + " an object instead of a string";
                }
                String eventId = UUID.randomUUID().toString();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO domainevententry (aggregateidentifier,"
                        + " sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                        + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, newId);
                    insert.setString(2, rs.getString(2));
                    insert.setString(3, eventId);
                    insert.setBytes(4, rs.getBytes(3));
                    insert.setBytes(5, Api.JSON.writeValueAsBytes(poisonedPayload));
                    insert.setString(6, rs.getString(5));
                    insert.setString(7, rs.getString(6));
                    insert.setString(8, Instant.now().toString());
                    insert.executeUpdate();
                }
                String copied = rs.getString(6);
                return new Poison(eventId, copied.substring(Math.max(copied.lastIndexOf('.'), copied.lastIndexOf('$')) + 1), how);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not read the event to copy in " + service + ": " + e.getMessage());
        }
    }

    /** A new aggregate id of the same shape (an id that contains a UUID keeps its prefix and suffix). */
    private static String newIdFor(String oldId, String newUuid) {
        java.util.regex.Matcher m = UUID_PATTERN.matcher(oldId);
        return m.find() ? oldId.substring(0, m.start()) + newUuid + oldId.substring(m.end()) : newUuid;
    }

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The payload with the aggregate's id replaced and a NUL appended to every free-text string. */
    private static JsonNode poison(JsonNode node, String oldUuid, String newUuid, int[] poisoned, boolean nul) {
        if (node.isTextual()) {
            String text = node.asText();
            if (oldUuid != null && text.contains(oldUuid)) {
                return TextNode.valueOf(text.replace(oldUuid, newUuid));
            }
            if (nul && FREE_TEXT.matcher(text).matches()) {
                poisoned[0]++;
                return TextNode.valueOf(text + "\u0000");
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), poison(field.getValue(), oldUuid, newUuid, poisoned, nul));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Api.JSON.createArrayNode();
            node.forEach(element -> copy.add(poison(element, oldUuid, newUuid, poisoned, nul)));
            return copy;
        }
        return node;
    }

    /** Turns the first top-level string field that is not the aggregate's id into an object; returns its name. */
    private static String wrongType(ObjectNode payload, String newUuid) {
        for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual() && (newUuid == null || !field.getValue().asText().contains(newUuid))) {
                payload.set(field.getKey(), Api.JSON.createObjectNode().put("poison", true));
                return field.getKey();
            }
        }
        throw new IllegalStateException("the copied event has no field to poison: " + payload.fieldNames());
    }

    private static String uuidOf(String id) {
        java.util.regex.Matcher m = UUID_PATTERN.matcher(id);
        return m.find() ? m.group() : null;
    }

    private List<JsonNode> parkedEntries(String service, String token, String eventId) {
        Api.Answer answer = api.sendUncounted(sut.baseUri(service).resolve("/api/drift/parked?state=PARKED"), "GET", token, null);
        List<JsonNode> entries = new ArrayList<>();
        if (answer.status() == 200) {
            for (JsonNode entry : answer.json().path("parked")) {
                if (eventId.equals(entry.path("eventId").asText())) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private boolean processorsAtHead(String service, String token, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            Api.Answer answer = api.sendUncounted(sut.baseUri(service).resolve("/api/drift/processors"), "GET", token, null);
            if (answer.status() == 200) {
                boolean atHead = true;
                for (JsonNode p : answer.json().path("processors")) {
                    atHead &= ProcessorChecks.atHead(p);
                }
                if (atHead) {
                    return true;
                }
            }
            CaseLoad.pause(1000);
        }
        return false;
    }
}
