package se.barnunga.systemtests.attacks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Raw HTTP for the attacks, on the JDK client: the body is sent byte for byte as built (malformed JSON, invalid UTF-8,
 * escapes the attacks wrote themselves), so no client library may "fix" it on the way. A request that gets no answer
 * within the timeout comes back as status 0 – a hanging service is a finding, like a 5xx.
 */
final class Http {

    /** What came back: status (0 = no answer), the Content-Type header ("" when missing) and the body as UTF-8 text. */
    record Answer(int status, String contentType, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** One request as an attack built it: the path may carry a raw (already percent-encoded) query. */
    record Request(String method, String pathAndQuery, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    Answer send(URI base, Request request) {
        URI uri;
        try {
            uri = URI.create(base.toString() + request.pathAndQuery());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the attack built an address the JDK cannot send: " + e.getMessage(), e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        for (Map.Entry<String, String> header : request.headers()) {
            builder.header(header.getKey(), header.getValue());
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        builder.method(request.method(), body);
        HttpRequest built = builder.build();
        // One retry on a connection error: a server rightly closes a connection after refusing an oversized request
        // (414, 431), and the pool may hand out that closed connection once more. Twice in a row is a finding.
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        new String(response.body(), StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                return new Answer(0, "", "");
            } catch (IOException e) {
                if (attempt < 2) {
                    continue;
                }
                // the server closed the connection without an answer: as bad as a hang
                return new Answer(0, "", "");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
