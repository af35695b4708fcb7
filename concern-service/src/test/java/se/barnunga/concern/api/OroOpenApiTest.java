package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;

/** The concern-service's OpenAPI document: the platform's problem responses on every operation, the tags in order. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroOpenApiTest {

    @Test
    void every_operation_documents_the_standard_problem_responses_and_the_tags_come_in_order() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                operations.add(op.getKey() + " " + path.getKey());
                for (String code : List.of("400", "401", "403", "404", "409", "422")) {
                    assertThat(op.getValue().path("responses").path(code).path("content").path("application/problem+json")
                            .path("schema").path("$ref").asText()).as(op.getKey() + " " + path.getKey() + " " + code)
                            .isEqualTo("#/components/schemas/Problem");
                }
            }
        }));
        assertThat(operations).contains("post /api/oro", "get /api/oro/avvikelser", "delete /api/franvaro/{franvaroId}");
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        assertThat(tags).containsExactly("Oro", "Frånvaro", "Granskningslogg", "Drift");
    }
}
