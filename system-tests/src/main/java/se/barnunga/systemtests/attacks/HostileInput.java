package se.barnunga.systemtests.attacks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.SystemUnderTest;

/**
 * Hostile input generated from the services' own OpenAPI documents. For every operation of every service it builds a
 * valid request (real cases first, see {@link ValidRequests}), sends it once as the baseline, then sends variants with
 * one thing changed at a time ({@link Mutations}) with a token of a role the operation's security requirement allows.
 * The budget is spread over the operations round-robin; each operation's variants come in an order where the kinds
 * take turns (shuffled by the seed), so even the CI budget (~20 per operation) tries every kind somewhere; once the
 * catalogue is spent (a full run), further rounds of random strings and numbers from jqwik follow.
 * <p>
 * Pass criteria, each miss a finding: no 5xx and no hang; every 4xx is {@code application/problem+json} with a
 * parseable problem; every 400 and 422 names a field (or a rule); no answer echoes a control character; and what the
 * README promises to refuse (control characters, unpaired surrogates, duplicated keys, trailing content, wrong media
 * types and charsets, duplicated query parameters, malformed JSON, unknown properties, missing required fields) is not
 * accepted with a 2xx. Leniency the README does not promise to refuse (a number where a string is expected, {@code
 * "1"} for a number, {@code yes} for a boolean query parameter, invalid UTF-8 in a URL, which decodes to U+FFFD) is
 * counted as the figure {@code hostile-input.lenient-accepted}, not a finding. A control character that a read returns
 * although the request sent none was stored by an earlier request: {@code control-character-stored-and-returned}.
 * <p>
 * The seed is {@code -Dsystemtests.seed} (default: the current time), printed in the summary as {@code seed}.
 */
public final class HostileInput {

    static final String ATTACK = "hostile-input";

    private final SystemUnderTest sut;
    private final RunSummary summary;
    private final long seed;
    private final Http http = new Http();
    private final Verdicts verdicts;

    public HostileInput(SystemUnderTest sut, RunSummary summary) {
        this(sut, summary, Long.getLong("systemtests.seed", System.currentTimeMillis()));
    }

    HostileInput(SystemUnderTest sut, RunSummary summary, long seed) {
        this.sut = sut;
        this.summary = summary;
        this.seed = seed;
        this.verdicts = new Verdicts(summary);
    }

    /** One operation's queue: its baseline first, then its mutations. */
    private record Queue(OpenApiDocument.Operation op, List<Mutation> mutations, Mutations.Base base,
                         List<Mutations.Field> fields) {
    }

    public void run(int requestBudget) {
        summary.figure("seed", seed);
        Random random = new Random(seed);
        ValidRequests valid = new ValidRequests(sut, summary, http, random);
        valid.createCases();
        Mutations mutations = new Mutations(random, seed);

        List<Queue> queues = new ArrayList<>();
        int operations = 0;
        for (String service : sut.services()) {
            OpenApiDocument document = OpenApiDocument.load(http, service, sut.baseUri(service));
            for (OpenApiDocument.Operation op : document.operations()) {
                operations++;
                queues.add(queue(op, valid, mutations, random));
            }
        }
        summary.figure(ATTACK + ".operations", operations);
        summary.figure(ATTACK + ".variants-available", queues.stream().mapToInt(q -> q.mutations().size()).sum());

        // round-robin over the operations until the budget is spent or every variant was sent
        Map<String, Integer> sentByKind = new TreeMap<>();
        Map<String, Integer> lenient = new TreeMap<>();
        int sent = 0;
        int position = 0;
        int fuzzRounds = 0;
        boolean more = true;
        while (sent < requestBudget && more) {
            more = false;
            int at = position;
            if (queues.stream().allMatch(q -> q.mutations().size() <= at)) {
                // the catalogue is spent: one more round of random variants for every operation
                for (Queue queue : queues) {
                    queue.mutations().addAll(mutations.fuzzMutations(queue.base(), queue.fields(), queue.op().in("query")));
                }
                fuzzRounds++;
            }
            for (Queue queue : queues) {
                if (sent >= requestBudget) {
                    break;
                }
                if (position >= queue.mutations().size()) {
                    continue;
                }
                more = true;
                Mutation mutation = queue.mutations().get(position);
                send(queue.op(), mutation, position == 0, lenient);
                sentByKind.merge(mutation.kind().replaceAll(":.*", ""), 1, Integer::sum);
                sent++;
            }
            position++;
        }
        summary.figure(ATTACK + ".requests", sent);
        summary.figure(ATTACK + ".random-rounds-after-the-catalogue", fuzzRounds);
        summary.figure(ATTACK + ".requests-by-kind", sentByKind);
        summary.figure(ATTACK + ".lenient-accepted", lenient);
        verdicts.figures(ATTACK);
    }

    private void send(OpenApiDocument.Operation op, Mutation mutation, boolean baseline, Map<String, Integer> lenient) {
        Http.Answer answer = http.send(sut.baseUri(op.service()), mutation.request());
        summary.request(op.service(), ATTACK + (baseline ? ":baseline" : ""), answer.status());
        for (String category : Verdicts.check(answer)) {
            if (category.equals("control-character-echoed") && !mutation.kind().startsWith("control")) {
                // this request sent none: a control character an earlier request got stored comes back
                category = "control-character-stored-and-returned";
            }
            verdicts.finding(category, op, mutation.target(), mutation.kind(), answer.status());
        }
        if (baseline) {
            if (answer.status() == 400) {
                // the generated valid request is not valid: its mutations test less than they should
                summary.figure(ATTACK + ".baseline-400." + op.id(), answer.status());
            }
            return;
        }
        if (answer.ok()) {
            if (mutation.mustRefuse()) {
                verdicts.finding("accepted-" + mutation.kind().replaceAll(":.*", ""), op, mutation.target(), mutation.kind(),
                        answer.status());
            } else if (mutation.kind().startsWith("wrong-type") || mutation.kind().startsWith("number:as-string")
                    || mutation.kind().startsWith("boolean") || mutation.kind().startsWith("utf8")) {
                lenient.merge(mutation.kind(), 1, Integer::sum);
            }
        }
    }

    /** The baseline and every variant of one operation, the variants shuffled by the seed. */
    private Queue queue(OpenApiDocument.Operation op, ValidRequests valid, Mutations mutations, Random random) {
        String role = ValidRequests.actingRole(op.roles());
        String token = valid.token(role);
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (OpenApiDocument.Parameter p : op.in("path")) {
            pathValues.put(p.name(), valid.pathValue(op, p));
        }
        String path = op.path();
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", Mutations.encode(e.getValue()));
        }
        List<String> query = new ArrayList<>();
        for (OpenApiDocument.Parameter p : op.in("query")) {
            if (p.required()) {
                String value = valid.queryValue(op, p);
                if (value != null) {
                    query.add(Mutations.encode(p.name()) + "=" + Mutations.encode(value));
                }
            }
        }
        JsonNode body = valid.body(op);
        Mutations.Base base = new Mutations.Base(op.method(), path, List.copyOf(query), token, body, op.produces());

        List<Mutation> variants = new ArrayList<>();
        List<Mutations.Field> fields = body == null ? List.of() : Mutations.fields(op.document(), op.body(), body);
        if (body != null) {
            variants.addAll(mutations.bodyMutations(base, fields));
        }
        for (OpenApiDocument.Parameter p : op.in("query")) {
            JsonNode schema = op.document().resolve(p.schema());
            variants.addAll(mutations.queryMutations(base, p, schema, valid.queryValue(op, p)));
        }
        for (String name : pathValues.keySet()) {
            variants.addAll(mutations.pathMutations(base, op.path(), pathValues, name));
        }
        variants.addAll(mutations.headerMutations(base));
        variants = Mutations.interleaved(variants, random);
        variants.add(0, new Mutation("baseline", "(valid)", false, base.valid()));
        return new Queue(op, variants, base, fields);
    }
}
