package se.barnunga.platform.tracing;

import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Keeps what a caller writes into a URL out of the HTTP server spans: the query string (a value such as a staff id, or
 * whatever a client sends by mistake) is replaced by {@value #REDACTED}, and in the path every segment that is not a
 * word of the API's paths (lower-case letters and dashes, such as {@code uppdrag} or {@code klartecken}) or a UUID
 * (the case ids) is replaced by {@value #REDACTED} – a personnummer or a name sent in a path never reaches a trace.
 * The span's name and {@code http.route} keep the route template ({@code POST /api/uppdrag/{uppdragId}/klartecken}).
 *
 * <p>The HTTP instrumentation sets these attributes before the span starts, so a processor's {@code onStart} sees and
 * can overwrite them; the SDK has no public hook at the end of a span. Quarkus adds every {@code SpanProcessor} bean to
 * the tracer provider.
 */
@Singleton
public class RedactingSpanProcessor implements SpanProcessor {

    static final String REDACTED = "redacted";
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,63}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        if (span.getAttribute(URL_QUERY) != null) {
            span.setAttribute(URL_QUERY, REDACTED);
        }
        String path = span.getAttribute(URL_PATH);
        if (path != null) {
            span.setAttribute(URL_PATH, path(path));
        }
        String target = span.getAttribute(HTTP_TARGET);
        if (target != null) {
            span.setAttribute(HTTP_TARGET, path(target));
        }
        if (span.getAttribute(URL_FULL) != null) {
            span.setAttribute(URL_FULL, REDACTED);
        }
    }

    /** The path with every segment that is neither a path word nor a UUID replaced; a query or fragment dropped. */
    static String path(String path) {
        int end = path.length();
        for (char c : new char[] {'?', '#', ';'}) {
            int at = path.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String[] segments = path.substring(0, end).split("/", -1);
        StringBuilder redacted = new StringBuilder(end);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                redacted.append('/');
            }
            String segment = segments[i];
            redacted.append(segment.isEmpty() || WORD.matcher(segment).matches() || UUID.matcher(segment).matches()
                    ? segment : REDACTED);
        }
        return redacted.toString();
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing: attributes are final once the span has ended
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
