package se.barnunga.systemtests.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import se.barnunga.local.SystemProcesses;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.PrivacyScan;
import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.SystemTestPaths;
import se.barnunga.systemtests.tracing.OtlpReceiver.ReceivedSpan;
import se.barnunga.testing.DevTokens;

/**
 * One trace across two services as separate processes (issue 19, "Follow a case"): the concern-service and the
 * deadline-service export their spans over OTLP/HTTP to a receiver in this test ({@link OtlpReceiver}). One concern is
 * submitted – with a child's personnummer, names and a free text – and the test follows it: the REST server span, the
 * command and its event-store append, the publish span and the {@code traceparent} header on the Kafka record, the
 * deadline-service's consumer span (parent: the publish span), the command that starts the watches and the publish span
 * of a started watch – all in one trace. No span of either service, name, attribute, event or status, carries any of
 * the personal data sent, neither of the concern nor of refused requests with a personnummer and a name in the query
 * string, in the path and in bodies whose parser errors quote them (all spans are written to
 * {@code target/tracing-spans.txt}). Only PostgreSQL, the broker and the two services run; timings are printed, never asserted.
 */
class TracingAcrossServicesTest {

    private static final String CONCERN = "concern-service";
    private static final String DEADLINE = "deadline-service";
    private static final Duration SPANS_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void one_concern_is_one_trace_from_the_rest_call_to_the_watch_in_the_other_service_without_personal_data() throws Exception {
        Path root = SystemTestPaths.root();
        Path target = SystemTestPaths.target();
        RunSummary summary = new RunSummary("tracing");
        Personuppgifter personuppgifter = new Personuppgifter(summary, 19L);
        Instant started = Instant.now();
        try (OtlpReceiver receiver = OtlpReceiver.start();
             SystemProcesses processes = new SystemProcesses(SystemProcesses.Config.freePorts(root, target.resolve("tracing-state"),
                     line -> System.out.println("[tracing] " + line)))) {
            processes.lockState();
            processes.stopLeftovers();
            processes.reset();
            processes.requireFreePorts(List.of(CONCERN, DEADLINE));
            processes.startPostgres();
            processes.startBroker();
            Map<String, String> tracing = Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint", receiver.endpoint().toString(),
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "200ms");
            processes.startService(CONCERN, tracing);
            processes.startService(DEADLINE, tracing);
            Instant deadline = Instant.now().plus(SystemProcesses.READY_TIMEOUT);
            processes.awaitReady(CONCERN, deadline);
            processes.awaitReady(DEADLINE, deadline);
            Instant ready = Instant.now();

            // one concern, as a member of staff submits it: a child's personnummer, names, a free text
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(processes.baseUri(CONCERN) + "/api/oro"))
                    .header("Authorization", "Bearer " + DevTokens.token("dev-utforare", "UTF-1", "utforare"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(personuppgifter.oroBody(), StandardCharsets.UTF_8))
                    .timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            Instant submitted = Instant.now();

            // a client's mistakes, refused and traced: a personnummer and a name in the query string and in the path, and
            // bodies whose parser errors quote them (malformed JSON, an unknown property named by a name)
            String pnr = personuppgifter.barnPersonnummer();
            String namn = personuppgifter.fornamn();
            String efternamn = personuppgifter.efternamn();
            List<HttpRequest> mistakes = new ArrayList<>();
            for (String path : List.of("/api/oro/inkorg?personnummer=" + pnr + "&namn=" + namn, "/api/oro/" + pnr + "/" + namn)) {
                mistakes.add(request(processes, path).GET().build());
            }
            for (String body : List.of("{\"barn\": [{\"personnummer\": " + pnr + ", \"namn\": " + namn + "}]}",
                    "{\"" + namn + " " + efternamn + "\": \"" + pnr + "\"}")) {
                mistakes.add(request(processes, "/api/oro").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
            }
            for (HttpRequest mistake : mistakes) {
                HttpResponse<String> refused = HttpClient.newHttpClient().send(mistake, HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).as(mistake.method()).isBetween(400, 499);
            }

            Trace trace = awaitTrace(receiver);
            awaitServerSpans(receiver, 1 + mistakes.size());
            Instant traced = Instant.now();
            ReceivedSpan server = trace.server;
            ReceivedSpan command = trace.one(s -> s.service().equals(CONCERN) && s.name().equals("command LamnaOro"));
            ReceivedSpan append = trace.one(s -> s.service().equals(CONCERN) && s.name().equals("event store append")
                    && s.parentSpanId().equals(command.spanId()));
            ReceivedSpan publish = trace.one(s -> s.service().equals(CONCERN) && s.name().equals("publish barnunga.oro.v1"));
            ReceivedSpan process = trace.one(s -> s.service().equals(DEADLINE) && s.name().equals("process barnunga.oro.v1"));
            ReceivedSpan watch = trace.one(s -> s.service().equals(DEADLINE) && s.name().equals("command RegistreraFaktum"));
            ReceivedSpan watchPublished = trace.one(s -> s.service().equals(DEADLINE)
                    && s.name().equals("publish barnunga.bevakning.v1") && s.parentSpanId().equals(watch.spanId()));

            assertThat(server.kind()).isEqualTo("SPAN_KIND_SERVER");
            assertThat(server.name()).isEqualTo("POST /api/oro");
            assertThat(trace.descendsFrom(command, server)).as("the command span descends from the REST span").isTrue();
            assertThat(append.kind()).isEqualTo("SPAN_KIND_INTERNAL");
            assertThat(publish.kind()).isEqualTo("SPAN_KIND_PRODUCER");
            assertThat(publish.parentSpanId()).as("publish ← command (the context stored with the event)").isEqualTo(command.spanId());
            assertThat(publish.attributes()).containsEntry("cloudevents.event_type", "OroInlämnad");
            assertThat(process.kind()).isEqualTo("SPAN_KIND_CONSUMER");
            assertThat(process.parentSpanId()).as("process in the other service ← publish").isEqualTo(publish.spanId());
            assertThat(process.attributes()).containsEntry("messaging.consumer.group.name", "deadline-service.bevakning-handelser");
            assertThat(watch.parentSpanId()).as("the watch's command ← process").isEqualTo(process.spanId());
            assertThat(watchPublished.attributes()).containsEntry("cloudevents.event_type", "BevakningStartad");

            // the record on the topic carries the publish span's context beside the CloudEvents headers
            ConsumerRecord<String, byte[]> record = recordOfTrace(processes.bootstrapServers(), "barnunga.oro.v1", server.traceId());
            assertThat(header(record, "ce_type")).isEqualTo("OroInlämnad");
            assertThat(header(record, "traceparent")).isEqualTo("00-" + server.traceId() + "-" + publish.spanId() + "-01");

            // no personal data in any span of either service
            List<ReceivedSpan> all = receiver.spans();
            Set<String> personal = summary.personalDataUsed();
            assertThat(personal).hasSizeGreaterThanOrEqualTo(6);
            List<String> findings = new ArrayList<>();
            for (ReceivedSpan span : all) {
                String text = span.text();
                personal.stream().filter(text::contains).forEach(value -> findings.add(span.service() + " span '" + span.name()
                        + "' carries a value sent as personal data (" + value.length() + " characters)"));
                if (PrivacyScan.countNumbers(text) > 0) {
                    findings.add(span.service() + " span '" + span.name() + "' carries a personnummer");
                }
            }
            Files.write(target.resolve("tracing-spans.txt"), all.stream().map(s -> String.join(" ", s.service(), s.kind(),
                    s.traceId(), s.spanId(), "parent=" + s.parentSpanId(), "'" + s.name() + "'", s.attributes().toString(),
                    s.events().toString(), s.statusMessage())).toList());
            assertThat(findings).isEmpty();
            assertThat(all).allSatisfy(s -> assertThat(s.events()).as("events (exception messages) of " + s.name()).isEmpty());
            assertThat(all.stream().filter(s -> s.kind().equals("SPAN_KIND_SERVER")).map(s -> s.attributes().get("url.query"))
                    .filter(java.util.Objects::nonNull)).as("the query string of the refused request").containsExactly("redacted");
            assertThat(all).extracting(ReceivedSpan::service).contains(CONCERN, DEADLINE);

            System.out.printf("[tracing] services ready after %d s; the trace complete %d ms after the 201; %d spans in it,"
                            + " %d spans received in %d exports; whole test %d s%n",
                    Duration.between(started, ready).toSeconds(), Duration.between(submitted, traced).toMillis(),
                    trace.spans.size(), all.size(), receiver.requests(), Duration.between(started, Instant.now()).toSeconds());
        }
    }

    private static HttpRequest.Builder request(SystemProcesses processes, String path) {
        return HttpRequest.newBuilder(URI.create(processes.baseUri(CONCERN) + path))
                .header("Authorization", "Bearer " + DevTokens.token("dev-utforare", "UTF-1", "utforare"))
                .timeout(Duration.ofSeconds(30));
    }

    private static void awaitServerSpans(OtlpReceiver receiver, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(SPANS_TIMEOUT);
        while (receiver.spans().stream().filter(s -> s.kind().equals("SPAN_KIND_SERVER")).count() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("fewer than " + count + " server spans within " + SPANS_TIMEOUT);
            }
            Thread.sleep(200);
        }
    }

    /** The spans of the concern's trace, once the watch's publish span has arrived. */
    private static Trace awaitTrace(OtlpReceiver receiver) throws InterruptedException {
        Instant deadline = Instant.now().plus(SPANS_TIMEOUT);
        while (true) {
            List<ReceivedSpan> spans = receiver.spans();
            Optional<ReceivedSpan> server = spans.stream()
                    .filter(s -> s.service().equals(CONCERN) && s.kind().equals("SPAN_KIND_SERVER") && s.name().contains("/api/oro"))
                    .findFirst();
            if (server.isPresent()) {
                List<ReceivedSpan> trace = spans.stream().filter(s -> s.traceId().equals(server.get().traceId())).toList();
                if (trace.stream().anyMatch(s -> s.service().equals(DEADLINE) && s.name().equals("publish barnunga.bevakning.v1"))) {
                    return new Trace(server.get(), trace);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no complete trace within " + SPANS_TIMEOUT + "; received: "
                        + spans.stream().map(s -> s.service() + " " + s.name() + " " + s.traceId()).toList());
            }
            Thread.sleep(200);
        }
    }

    private record Trace(ReceivedSpan server, List<ReceivedSpan> spans) {

        ReceivedSpan one(Predicate<ReceivedSpan> match) {
            List<ReceivedSpan> found = spans.stream().filter(match).toList();
            assertThat(found).as("spans of the trace: " + spans.stream().map(s -> s.service() + " " + s.name()).toList())
                    .isNotEmpty();
            return found.get(0);
        }

        boolean descendsFrom(ReceivedSpan span, ReceivedSpan ancestor) {
            ReceivedSpan current = span;
            for (int depth = 0; depth < 20 && current != null; depth++) {
                if (current.parentSpanId().equals(ancestor.spanId())) {
                    return true;
                }
                String parent = current.parentSpanId();
                current = spans.stream().filter(s -> s.spanId().equals(parent)).findFirst().orElse(null);
            }
            return false;
        }
    }

    private static ConsumerRecord<String, byte[]> recordOfTrace(String bootstrap, String topic, String traceId) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "tracing-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String traceparent = header(record, "traceparent");
                    if (traceparent != null && traceparent.contains(traceId)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record of trace " + traceId + " on " + topic);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
