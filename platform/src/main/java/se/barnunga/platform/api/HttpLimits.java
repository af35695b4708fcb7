package se.barnunga.platform.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 414 (URI too long), 431 (headers too large) and 413 (a declared body over Quarkus' limit) as
 * {@code application/problem+json}, like every other error.
 * <p>
 * Why here and not in the HTTP codec: a request line or header block beyond Netty's decoder limits never reaches a
 * route; Vert.x answers it with its {@code HttpServerRequest.DEFAULT_INVALID_REQUEST_HANDLER}, a bare status without a
 * body. Vert.x lets a server replace that ({@code HttpServer.invalidRequestHandler}), but Quarkus 3.30 creates its
 * {@code HttpServer} privately and never calls it, and its hooks ({@code HttpServerOptionsCustomizer},
 * {@code HttpServerStart}) only see the options. So the platform raises the codec's limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) well above its own
 * ({@link InputSettings#maxUriLength()}, {@link InputSettings#maxHeaderBytes()}) and answers a request between the two
 * on the router, before any other route, with a problem. Only a request beyond the raised codec limits (a URI over
 * 256 KiB, headers over 256 KiB) still gets Vert.x' bare 414/431.
 */
@Singleton
public class HttpLimits {

    private static final Logger LOG = Logger.getLogger(HttpLimits.class);

    @Inject
    Instance<InputSettings> settings;
    @Inject
    ObjectMapper mapper;
    /** Quarkus' own body limit; beyond it Quarkus ends the request with a bare 413. */
    @Inject
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        InputSettings limits = settings.get();
        if (request.uri() != null && request.uri().length() > limits.maxUriLength()) {
            answer(context, 414, "uri-too-long", "Adressen är för lång",
                    new Problem.Violation("(adress)", TextRules.TOO_LONG, "adressen (sökväg och parametrar) får vara högst "
                            + limits.maxUriLength() + " tecken"));
            return;
        }
        // a declared body over Quarkus' limit: answered here as a problem, before Quarkus' bare 413 (a chunked body
        // without Content-Length that grows beyond the limit still gets that bare 413: it is cut off while streaming)
        String contentLength = request.getHeader("Content-Length");
        if (contentLength != null && declaredLength(contentLength) > maxBodySize.asLongValue()) {
            answer(context, 413, "body-too-large", "Begäran är för stor",
                    new Problem.Violation("(body)", TextRules.TOO_LONG, "begärans innehåll får vara högst "
                            + maxBodySize.asLongValue() + " byte"));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            answer(context, 431, "headers-too-large", "Huvudena är för stora",
                    new Problem.Violation("(huvuden)", TextRules.TOO_LONG, "begärans huvuden får vara högst "
                            + limits.maxHeaderBytes() + " byte"));
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // not a length: Vert.x' codec refuses it
        }
    }

    private void answer(RoutingContext context, int status, String kind, String title, Problem.Violation violation) {
        Problem problem = new Problem(Problem.type(kind), title, status, violation.message(), null, null, List.of(violation));
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            LOG.warn("Could not write a problem body", e);
            body = "{\"status\":" + status + "}";
        }
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
