package se.barnunga.systemtests.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class MutationsTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{"/api/x":{"post":{
              "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/X"}}}},
              "responses":{"201":{"description":"ok"}},
              "security":[{"SecurityScheme":["socialsekreterare"]}]}}},
             "components":{"schemas":{
              "X":{"type":"object","required":["barn","datum"],"properties":{
                "barn":{"$ref":"#/components/schemas/Barn"},"datum":{"$ref":"#/components/schemas/LocalDate"},
                "antal":{"type":"integer","format":"int32"},"typ":{"type":"string","enum":["A","B"]}}},
              "Barn":{"type":"object","required":["namn"],"properties":{"namn":{"type":"string","maxLength":200}}},
              "LocalDate":{"type":"string","format":"date"}}}}
            """;

    private final OpenApiDocument document = document();
    private final OpenApiDocument.Operation op = document.operations().get(0);
    private final JsonNode body = ValidRequests.parse("{\"barn\":{\"namn\":\"Alva\"},\"datum\":\"2026-12-06\",\"antal\":1,\"typ\":\"A\"}");

    private static OpenApiDocument document() {
        try {
            return new OpenApiDocument("x-service", ValidRequests.JSON.readTree(DOCUMENT));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_operation_is_read_with_its_roles_body_and_whether_it_creates() {
        assertThat(op.id()).isEqualTo("x-service POST /api/x");
        assertThat(op.roles()).containsExactly("socialsekreterare");
        assertThat(op.creates()).isTrue();
        assertThat(document.resolve(op.body()).path("required").toString()).contains("barn");
    }

    @Test
    void fields_are_found_nested_with_resolved_schemas_and_requiredness() {
        List<Mutations.Field> fields = Mutations.fields(document, op.body(), body);
        assertThat(fields).extracting(Mutations.Field::name).containsExactly("barn", "barn.namn", "datum", "antal", "typ");
        assertThat(fields.get(2).schema().path("format").asText()).isEqualTo("date");
        assertThat(fields.get(2).required()).isTrue();
        assertThat(fields.get(3).required()).isFalse();
    }

    @Test
    void a_raw_value_replaces_one_field_and_keeps_the_rest_intact() {
        String text = Mutations.replace(body, List.of("barn", "namn"), "\"a\\ud800b\"");
        assertThat(text).isEqualTo("{\"barn\":{\"namn\":\"a\\ud800b\"},\"datum\":\"2026-12-06\",\"antal\":1,\"typ\":\"A\"}");
        assertThat(Mutations.remove(body, List.of("datum"))).doesNotContain("datum").contains("\"antal\":1");
    }

    @Test
    void each_field_gets_its_hostile_variants_and_the_body_as_a_whole_too() {
        Mutations mutations = new Mutations(new Random(1), 1);
        Mutations.Base base = new Mutations.Base("POST", "/api/x", List.of(), "token", body, "application/json");
        List<Mutation> all = mutations.bodyMutations(base, Mutations.fields(document, op.body(), body));

        Mutation nul = find(all, "barn.namn", "control:NUL");
        assertThat(text(nul)).contains("\"namn\":\"a\\u0000b\"");
        assertThat(nul.mustRefuse()).isTrue();
        Mutation duplicate = find(all, "datum", "duplicate-key");
        assertThat(text(duplicate)).contains("\"datum\":\"2026-12-06\",\"datum\":\"2026-12-06\"");
        assertThat(find(all, "datum", "date:2026-02-30").mustRefuse()).isTrue();
        assertThat(find(all, "antal", "number:1e309").mustRefuse()).isTrue();
        assertThat(find(all, "typ", "enum:unknown").mustRefuse()).isTrue();
        assertThat(find(all, "antal", "missing").mustRefuse()).as("antal is optional").isFalse();
        assertThat(find(all, "barn", "missing").mustRefuse()).isTrue();
        assertThat(find(all, "barn.namn", "huge:100k").request().body().length).isGreaterThan(100_000);
        assertThat(find(all, "barn.namn", "utf8:invalid-byte").request().body()).contains((byte) 0xFF);
        assertThat(text(find(all, "(body)", "trailing:garbage"))).endsWith("} x");
        assertThat(find(all, "(body)", "content-type:text/plain").request().headers())
                .contains(java.util.Map.entry("Content-Type", "text/plain"));
    }

    @Test
    void the_random_variants_are_the_same_for_the_same_seed() {
        Mutations.Base base = new Mutations.Base("POST", "/api/x", List.of(), "token", body, "application/json");
        String first = text(find(new Mutations(new Random(9), 9).bodyMutations(base, Mutations.fields(document, op.body(), body)),
                "barn.namn", "random-string"));
        String second = text(find(new Mutations(new Random(9), 9).bodyMutations(base, Mutations.fields(document, op.body(), body)),
                "barn.namn", "random-string"));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void query_and_path_variants_duplicate_parameters_and_break_ids() {
        Mutations mutations = new Mutations(new Random(1), 1);
        Mutations.Base base = new Mutations.Base("GET", "/api/x/abc", List.of(), "token", null, "application/json");
        OpenApiDocument.Parameter page = new OpenApiDocument.Parameter("page", "query", false,
                ValidRequests.parse("{\"type\":\"integer\",\"minimum\":0}"));
        List<Mutation> query = mutations.queryMutations(base, page, page.schema(), "0");
        assertThat(find(query, "query:page", "duplicate-parameter").request().pathAndQuery()).isEqualTo("/api/x/abc?page=0&page=0");
        assertThat(find(query, "query:page", "control:NUL").request().pathAndQuery()).isEqualTo("/api/x/abc?page=a%00b");
        List<Mutation> path = mutations.pathMutations(base, "/api/x/{id}", java.util.Map.of("id", "abc"), "id");
        assertThat(find(path, "path:id", "control:NUL").request().pathAndQuery()).isEqualTo("/api/x/%00");
    }

    @Test
    void the_kinds_take_turns_so_a_small_budget_tries_each_kind() {
        Mutations mutations = new Mutations(new Random(1), 1);
        Mutations.Base base = new Mutations.Base("POST", "/api/x", List.of(), "token", body, "application/json");
        List<Mutation> all = mutations.bodyMutations(base, Mutations.fields(document, op.body(), body));
        List<Mutation> ordered = Mutations.interleaved(all, new Random(3));
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(all);
        long kinds = all.stream().map(m -> m.kind().replaceAll(":.*", "")).distinct().count();
        assertThat(ordered.subList(0, (int) kinds)).extracting(m -> m.kind().replaceAll(":.*", "")).doesNotHaveDuplicates();
        assertThat(Mutations.interleaved(all, new Random(3))).isEqualTo(ordered);
    }

    @Test
    void hostile_text_is_control_characters_and_unpaired_surrogates_only() {
        assertThat(Mutations.hostileText("a\u0000")).isTrue();
        assertThat(Mutations.hostileText("a\ud800")).isTrue();
        assertThat(Mutations.hostileText("\udc00b")).isTrue();
        assertThat(Mutations.hostileText("tab\tand\nnewline \uD83E\uDDD2")).isFalse();
        assertThat(Mutations.escaped("\ud800")).isEqualTo("\"\\uD800\"");
    }

    private static Mutation find(List<Mutation> all, String target, String kind) {
        return all.stream().filter(m -> m.target().equals(target) && m.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + target));
    }

    private static String text(Mutation m) {
        return new String(m.request().body(), StandardCharsets.UTF_8);
    }
}
