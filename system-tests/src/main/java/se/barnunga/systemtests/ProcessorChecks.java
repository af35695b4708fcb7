package se.barnunga.systemtests;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks of the event processors through the operator API (role {@code drift}): {@code GET /api/drift/processors}
 * gives each processor's position, head, lag and error state.
 *
 * <p>{@code -Dsystemtests.drift=false} turns these checks off (recorded as skipped in the summary) for a build whose
 * services do not have the operator API yet.
 */
public final class ProcessorChecks {

    /** How long processors may take to catch up before that is a finding. */
    public static final Duration AT_HEAD_WITHIN = Duration.ofSeconds(120);

    private ProcessorChecks() {
    }

    public static boolean driftApiEnabled() {
        return Boolean.parseBoolean(System.getProperty("systemtests.drift", "true"));
    }

    public static String driftToken(SystemUnderTest sut) {
        return sut.token("drift", "DRIFT-1", "st-drift");
    }

    /**
     * Every processor of every service at the head (lag 0) and not failing, within {@link #AT_HEAD_WITHIN}; otherwise
     * a finding naming the processors behind. Records the time it took as a figure. Callable after any attack.
     */
    public static void assertProcessorsAtHead(SystemUnderTest sut, RunSummary summary) {
        if (!driftApiEnabled()) {
            summary.figure("processors at head", "not checked (-Dsystemtests.drift=false)");
            return;
        }
        Api api = new Api(sut, summary);
        String token = driftToken(sut);
        Instant start = Instant.now();
        Instant deadline = start.plus(AT_HEAD_WITHIN);
        List<String> behind = new ArrayList<>();
        int processors = 0;
        while (true) {
            behind.clear();
            processors = 0;
            for (String service : sut.services()) {
                Api.Answer answer = api.sendUncounted(sut.baseUri(service).resolve("/api/drift/processors"), "GET", token, null);
                if (answer.status() != 200) {
                    behind.add(service + ": GET /api/drift/processors answered " + answer.status());
                    continue;
                }
                for (JsonNode p : answer.json().path("processors")) {
                    processors++;
                    if (!atHead(p) || p.path("failing").asBoolean(false)) {
                        behind.add(service + "/" + p.path("name").asText() + " (lag " + p.path("lag").asText()
                                + ", failing " + p.path("failing").asText() + ", parked " + p.path("parked").asText() + ")");
                    }
                }
            }
            if (behind.isEmpty() || Instant.now().isAfter(deadline)) {
                break;
            }
            CaseLoad.pause(1000);
        }
        long seconds = Duration.between(start, Instant.now()).toSeconds();
        if (behind.isEmpty()) {
            summary.figure("processors at head", processors + " processors, lag 0 after " + seconds + " s");
        } else {
            summary.finding("processors", "not at the head within " + AT_HEAD_WITHIN.toSeconds() + " s: " + behind);
        }
    }

    /**
     * An event processor is at the head when its lag is 0; a Kafka consumer (kind {@code CONSUMER}) has no store head
     * and no lag – it counts as at the head unless it is failing.
     */
    public static boolean atHead(JsonNode processor) {
        JsonNode lag = processor.path("lag");
        if ("CONSUMER".equals(processor.path("kind").asText()) && (lag.isNull() || lag.isMissingNode())) {
            return !processor.path("failing").asBoolean(false);
        }
        return lag.isNumber() && lag.asLong() == 0;
    }

    /** The state of one service's health group {@code processing}: its HTTP status (200 UP, 503 DOWN). */
    public static int processingHealth(Api api, SystemUnderTest sut, String service) {
        return api.sendUncounted(sut.baseUri(service).resolve("/q/health/group/processing"), "GET", null, null).status();
    }

    static URI uri(SystemUnderTest sut, String service, String path) {
        return sut.baseUri(service).resolve(path);
    }
}
