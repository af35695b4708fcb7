package se.barnunga.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** What a caller writes into a URL never reaches a span: through the real SDK, as the HTTP instrumentation sets it. */
class RedactingSpanProcessorTest {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(new RedactingSpanProcessor())
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build();

    private SpanData serverSpan(String path, String query) {
        var builder = provider.get("test").spanBuilder("GET").setSpanKind(SpanKind.SERVER)
                .setAttribute(AttributeKey.stringKey("url.path"), path)
                .setAttribute(AttributeKey.stringKey("http.request.method"), "GET");
        if (query != null) {
            builder.setAttribute(AttributeKey.stringKey("url.query"), query);
        }
        builder.startSpan().end();
        return exporter.getFinishedSpanItems().get(exporter.getFinishedSpanItems().size() - 1);
    }

    @Test
    void a_query_string_is_replaced_whole() {
        SpanData span = serverSpan("/api/bevakningar", "socialsekreterare=ss-anna-ek&personnummer=201504122381");

        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.query"))).isEqualTo("redacted");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/api/bevakningar");
    }

    @Test
    void path_words_and_case_ids_stay_everything_else_is_replaced() {
        String id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

        assertThat(serverSpan("/api/uppdrag/" + id + "/klartecken", null).getAttributes().get(AttributeKey.stringKey("url.path")))
                .isEqualTo("/api/uppdrag/" + id + "/klartecken");
        assertThat(serverSpan("/api/oro/20150412-2381/Alva%20Ek", null).getAttributes().get(AttributeKey.stringKey("url.path")))
                .isEqualTo("/api/oro/redacted/redacted");
        assertThat(serverSpan("/api/uppdrag/201504122381", null).getAttributes().get(AttributeKey.stringKey("url.path")))
                .isEqualTo("/api/uppdrag/redacted");
    }

    @Test
    void a_span_without_url_attributes_is_left_as_it_is() {
        provider.get("test").spanBuilder("command LamnaOro").setAttribute(CommandTracing.COMMAND, "LamnaOro").startSpan().end();

        SpanData span = exporter.getFinishedSpanItems().get(0);
        assertThat(span.getAttributes().asMap()).hasSize(1).containsEntry(CommandTracing.COMMAND, "LamnaOro");
    }
}
