package se.barnunga.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The harness's HTTP client (the JDK's): every request has a timeout, so a service that hangs shows as status
 * {@link #NO_ANSWER} instead of hanging the run; every request is counted in the summary by service, attack and status.
 */
public final class Api {

    /** The status recorded for a request that got no answer within the timeout or could not connect. */
    public static final int NO_ANSWER = 0;
    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    public static final ObjectMapper JSON = new ObjectMapper();

    private final SystemUnderTest sut;
    private final RunSummary summary;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    public Api(SystemUnderTest sut, RunSummary summary) {
        this.sut = sut;
        this.summary = summary;
    }

    /** An answer: status ({@link #NO_ANSWER} if none), content type, body and the Location header if any. */
    public record Answer(int status, String contentType, String body, String location, String error) {

        public boolean acknowledged() {
            return status == 200 || status == 201;
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + abbreviate(body), e);
            }
        }

        @Override
        public String toString() {
            return status == NO_ANSWER ? "no answer (" + error + ")" : status + " " + contentType + " " + abbreviate(body);
        }
    }

    public Answer get(String service, String attack, String path, String token) {
        return send(service, attack, "GET", path, token, null);
    }

    public Answer post(String service, String attack, String path, String token, String json) {
        return send(service, attack, "POST", path, token, json);
    }

    /** Sends a request, counts its status in the summary under {@code attack}, and never throws for a failed call. */
    public Answer send(String service, String attack, String method, String path, String token, String json) {
        Answer answer = sendUncounted(sut.baseUri(service).resolve(path), method, token, json);
        summary.request(service, attack, answer.status());
        return answer;
    }

    /** A request not counted in the summary (health and operator checks of the harness itself). */
    public Answer sendUncounted(URI uri, String method, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().firstValue("Location").orElse(null), null);
        } catch (HttpTimeoutException e) {
            return new Answer(NO_ANSWER, null, "", null, "timeout after " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            return new Answer(NO_ANSWER, null, "", null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER, null, "", null, "interrupted");
        }
    }

    public Answer getUncounted(String service, String path, String token) {
        return sendUncounted(sut.baseUri(service).resolve(path), "GET", token, null);
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
