package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.platform.api.ProblemResponses;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The OpenAPI document as the staff and clients read it: every operation documents the standard problem responses
 * (added once by the platform's {@link ProblemResponses}), and the tags come in the routine's order, which Swagger UI
 * keeps.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragOpenApiTest {

    private static final List<String> STANDARD = List.of("400", "401", "403", "404", "409", "422");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        String json = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void every_operation_documents_the_standard_problem_responses_as_problem_json() {
        List<String> operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);
        for (String operation : operations) {
            JsonNode responses = operation(operation).path("responses");
            for (String code : STANDARD) {
                JsonNode response = responses.path(code);
                assertThat(response.isMissingNode()).as(operation + " documents " + code).isFalse();
                assertThat(response.path("description").asText()).as(operation + " " + code).isNotBlank();
                assertThat(response.path("content").path("application/problem+json").path("schema").path("$ref").asText())
                        .as(operation + " " + code).isEqualTo("#/components/schemas/Problem");
            }
        }
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("violations")).isTrue();
    }

    @Test
    void the_standard_descriptions_are_the_platforms_unless_a_resource_declares_its_own() {
        JsonNode klartecken = document.path("paths").path("/api/uppdrag/{uppdragId}/klartecken").path("post").path("responses");
        for (Map.Entry<String, String> code : ProblemResponses.STANDARD.entrySet()) {
            assertThat(klartecken.path(code.getKey()).path("description").asText()).isEqualTo(code.getValue());
        }
        JsonNode kodlistor = document.path("paths").path("/api/kodlistor").path("get").path("responses");
        assertThat(kodlistor.path("401").path("description").asText()).isEqualTo(ProblemResponses.STANDARD.get("401"));
        assertThat(kodlistor.path("403").path("content").has("application/problem+json")).isTrue();
    }

    @Test
    void the_tags_come_in_the_routines_order_and_every_assignment_operation_has_its_phase() {
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        assertThat(tags).containsExactly(Taggar.FORFRAGAN, Taggar.PLANERING, Taggar.GENOMFORANDE, Taggar.AVSLUT, Taggar.VISA,
                Taggar.KODLISTOR, Taggar.GRANSKNINGSLOGG, Taggar.DRIFT);
        assertThat(document.path("info").path("title").asText()).isEqualTo("assignment-service – uppdrag och insatser");
        List<String> phases = List.of(Taggar.FORFRAGAN, Taggar.PLANERING, Taggar.GENOMFORANDE, Taggar.AVSLUT, Taggar.VISA);
        for (String operation : operations()) {
            if (operation.contains(" /api/uppdrag")) {
                List<String> opTags = new ArrayList<>();
                operation(operation).path("tags").forEach(t -> opTags.add(t.asText()));
                assertThat(opTags).as(operation).hasSize(1);
                assertThat(phases).as(operation).contains(opTags.get(0));
            }
        }
        assertThat(operation("POST /api/uppdrag").path("tags").get(0).asText()).isEqualTo(Taggar.FORFRAGAN);
        assertThat(operation("POST /api/uppdrag/{uppdragId}/planeringsmote").path("tags").get(0).asText()).isEqualTo(Taggar.PLANERING);
        assertThat(operation("POST /api/uppdrag/{uppdragId}/genomforandeplan").path("tags").get(0).asText()).isEqualTo(Taggar.GENOMFORANDE);
        assertThat(operation("POST /api/uppdrag/{uppdragId}/insatsavslut").path("tags").get(0).asText()).isEqualTo(Taggar.AVSLUT);
        assertThat(operation("GET /api/uppdrag").path("tags").get(0).asText()).isEqualTo(Taggar.VISA);
    }

    @Test
    void swagger_ui_keeps_the_documents_order_of_tags_and_operations() {
        String config = given().when().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        assertThat(config).doesNotContain("tagsSorter").doesNotContain("operationsSorter");
    }

    private List<String> operations() {
        List<String> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        return document.path("paths").path(parts[1]).path(parts[0].toLowerCase());
    }
}
