package se.barnunga.systemtests.attacks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.SystemUnderTest;

/**
 * The access-control matrix: every operation of every service (from its OpenAPI document) × bad tokens (none, expired,
 * wrong key, {@code alg=none}, wrong issuer, tampered payload) × a valid token of every role the operation does not
 * allow × a valid token of an allowed role of another unit, each on a valid request on this unit's real case.
 * <p>
 * Pass, each miss a finding: bad tokens get 401; a wrong role gets 403; another unit gets 403, or 404 where the service
 * hides that the case exists, on every operation that names the case in its path (a 400 – the request refused before
 * the case was looked up – is counted, not a finding); and no answer to anyone but the owner contains the case: its
 * ids, the child's pseudonyms, personnummer or name (what the request itself carried is not counted). List endpoints
 * answered for another unit are held to the same: 200 is fine, the case in it is not. Outcomes are counted as figures
 * {@code access-control.<kind>.<outcome>}.
 * <p>
 * The budget is spent tier by tier, so a small one still covers every operation: first each operation's six bad
 * tokens, one wrong role and one other unit; then the remaining wrong roles and other units.
 */
public final class AccessControl {

    static final String ATTACK = "access-control";
    private static final Set<String> CASE_PARAMETERS = Set.of("uppdragId", "arendeId", "oroId", "bevakningId");
    /** Roles that are not bound to one unit's cases (reporting, operations, integrations). */
    private static final Set<String> UNIT_FREE_ROLES = Set.of("rapportor", "drift", "system");

    private final SystemUnderTest sut;
    private final RunSummary summary;
    private final long seed;
    private final Http http = new Http();
    private final Verdicts verdicts;
    private final Map<String, Integer> outcomes = new TreeMap<>();

    public AccessControl(SystemUnderTest sut, RunSummary summary) {
        this(sut, summary, Long.getLong("systemtests.seed", System.currentTimeMillis()));
    }

    AccessControl(SystemUnderTest sut, RunSummary summary, long seed) {
        this.sut = sut;
        this.summary = summary;
        this.seed = seed;
        this.verdicts = new Verdicts(summary);
    }

    /** One cell of the matrix. */
    private record Cell(OpenApiDocument.Operation op, String kind, String role, Http.Request request, boolean casePath,
                        List<String> sent) {
    }

    public void run(int requestBudget) {
        summary.figure("seed", seed);
        Random random = new Random(seed);
        ValidRequests valid = new ValidRequests(sut, summary, http, random);
        valid.createCases();
        ForgedTokens forged = new ForgedTokens();

        List<Cell> first = new ArrayList<>();
        List<Cell> rest = new ArrayList<>();
        int operations = 0;
        for (String service : sut.services()) {
            OpenApiDocument document = OpenApiDocument.load(http, service, sut.baseUri(service));
            for (OpenApiDocument.Operation op : document.operations()) {
                operations++;
                cells(op, valid, forged, first, rest);
            }
        }
        summary.figure(ATTACK + ".operations", operations);
        summary.figure(ATTACK + ".cells", first.size() + rest.size());
        selfCheck(valid);
        int sent = 0;
        for (List<Cell> tier : List.of(first, rest)) {
            for (Cell cell : tier) {
                if (sent >= requestBudget) {
                    break;
                }
                send(cell, valid);
                sent++;
            }
        }
        summary.figure(ATTACK + ".requests", sent);
        outcomes.forEach((k, n) -> summary.figure(ATTACK + "." + k, n));
        verdicts.figures(ATTACK);
    }

    private void cells(OpenApiDocument.Operation op, ValidRequests valid, ForgedTokens forged, List<Cell> first, List<Cell> rest) {
        String acting = ValidRequests.actingRole(op.roles());
        Map<String, String> pathValues = new LinkedHashMap<>();
        boolean casePath = false;
        for (OpenApiDocument.Parameter p : op.in("path")) {
            pathValues.put(p.name(), valid.pathValue(op, p));
            casePath |= CASE_PARAMETERS.contains(p.name());
        }
        String path = op.path();
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", Mutations.encode(e.getValue()));
        }
        // lists as long as the API allows, so that the case would be on the page if it leaked
        for (OpenApiDocument.Parameter p : op.in("query")) {
            JsonNode schema = op.document().resolve(p.schema());
            if (p.name().equals("size") && schema.has("maximum")) {
                path += "?size=" + schema.get("maximum").asInt();
            }
        }
        // a search names the fixture child (it must not find the case for another unit); anything that creates names
        // another child, so that the other unit's own new case is not mistaken for this unit's
        valid.useFixtureChild = !op.creates();
        JsonNode body = valid.body(op);
        List<String> sent = new ArrayList<>(pathValues.values());
        if (body != null) {
            collectStrings(body, sent);
        }
        String validToken = valid.token(acting);
        for (String kind : ForgedTokens.KINDS) {
            String token = forged.forge(kind, acting, ValidRequests.unit(acting), ValidRequests.user(acting), validToken);
            first.add(new Cell(op, kind, acting, request(op, path, token, body), casePath, sent));
        }
        boolean firstWrongRole = true;
        for (String role : OpenApiDocument.ALL_ROLES) {
            if (op.roles().contains(role)) {
                continue;
            }
            Cell cell = new Cell(op, "wrong-role", role, request(op, path, valid.token(role), body), casePath, sent);
            (firstWrongRole ? first : rest).add(cell);
            firstWrongRole = false;
        }
        boolean firstOtherUnit = true;
        for (String role : op.roles()) {
            if (UNIT_FREE_ROLES.contains(role)) {
                continue;
            }
            String token = sut.token(role, ValidRequests.otherUnit(role), "annan-" + role);
            Cell cell = new Cell(op, "other-unit", role, request(op, path, token, body), casePath, sent);
            (firstOtherUnit ? first : rest).add(cell);
            firstOtherUnit = false;
        }
    }

    private void send(Cell cell, ValidRequests valid) {
        OpenApiDocument.Operation op = cell.op();
        Http.Answer answer = http.send(sut.baseUri(op.service()), cell.request());
        int status = answer.status();
        summary.request(op.service(), ATTACK + ":" + cell.kind(), status);
        String outcome = switch (status) {
            case 401 -> "denied-401";
            case 403 -> "denied-403";
            case 404 -> "denied-404";
            case 400 -> "refused-400";
            default -> status >= 200 && status < 300 ? "answered-2xx" : "status-" + status;
        };
        outcomes.merge(cell.kind() + "." + outcome, 1, Integer::sum);
        String mutation = cell.kind() + ":" + cell.role();

        for (String category : Verdicts.check(answer)) {
            verdicts.finding(category, op, "(access)", mutation, status);
        }
        switch (cell.kind()) {
            case "wrong-role" -> {
                if (status != 403) {
                    verdicts.finding(answer.ok() ? "access-wrong-role-allowed" : "access-wrong-role-not-403", op, "(access)",
                            mutation, status);
                }
            }
            case "other-unit" -> {
                if (cell.casePath() && status != 403 && status != 404 && status != 400) {
                    verdicts.finding(answer.ok() ? "access-other-unit-allowed" : "access-other-unit-reached-case", op,
                            "(access)", mutation, status);
                }
            }
            default -> {
                if (status != 401) {
                    verdicts.finding(answer.ok() ? "access-bad-token-accepted" : "access-bad-token-not-401", op, "(access)",
                            mutation, status);
                }
            }
        }
        if (leaks(answer, cell.request(), cell.sent(), valid)) {
            verdicts.finding("access-leak", op, "(access)", mutation, status);
        }
    }

    /**
     * The leak check must be able to fail: the owner's own answer about the case has to count as naming it, else the
     * check (or the fixture's secrets) is broken and every "no leak" above would mean nothing.
     */
    private void selfCheck(ValidRequests valid) {
        Http.Request own = ValidRequests.get("/api/uppdrag/" + valid.uppdragId, valid.token("socialsekreterare"));
        Http.Answer answer = http.send(sut.baseUri("assignment-service"), own);
        summary.request("assignment-service", ATTACK + ":self-check", answer.status());
        if (!answer.ok() || !leaks(answer, own, List.of(), valid)) {
            summary.finding("access-control-self-check", "the owner's view of the fixture case does not count as naming it → "
                    + answer.status() + "; the leak check cannot be trusted");
        }
    }

    /** Whether the answer names the case beyond what the request itself carried (its path and body values). */
    private static boolean leaks(Http.Answer answer, Http.Request request, List<String> sent, ValidRequests valid) {
        String body = answer.body().replace(request.pathAndQuery(), "");
        for (String value : sent) {
            if (value.length() >= 4) {
                body = body.replace(value, "").replace(Personnummer.digits(value), "");
            }
        }
        for (String secret : valid.caseSecrets) {
            if (secret != null && secret.length() >= 4 && body.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    private static Http.Request request(OpenApiDocument.Operation op, String path, String token, JsonNode body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (token != null) {
            headers.add(Map.entry("Authorization", "Bearer " + token));
        }
        headers.add(Map.entry("Accept", op.produces()));
        byte[] bytes = null;
        if (body != null) {
            headers.add(Map.entry("Content-Type", "application/json"));
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        return new Http.Request(op.method(), path, headers, bytes);
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, out));
    }
}
