package se.barnunga.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The REST tests' calls of one step of a case: a POST with the caller's token and, where the step has one, a JSON body. */
public final class RestCalls {

    private RestCalls() {
    }

    /**
     * POSTs to {@code path} (with one path parameter, e.g. {@code /api/oro/{id}/mottagen}) as the token's user, with the
     * JSON body when it is not null, and returns the response for the caller to assert on.
     */
    public static ValidatableResponse post(String token, String path, Object id, String json) {
        var request = given().auth().oauth2(token);
        if (json != null) {
            request = request.contentType(ContentType.JSON).body(json);
        }
        return request.when().post(path, id).then();
    }
}
