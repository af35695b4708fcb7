package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;
import static se.barnunga.assignment.api.AssignmentTestSupport.idag;

import java.time.LocalDate;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import se.barnunga.testing.DevTokens;

/**
 * Who may see and do what: the unit sees the child de-identified until it has given its go-ahead and received the
 * assignment, protected contact details are masked, other units and wrong roles get 403, and every bad request is a
 * 4xx {@code application/problem+json}, never a 500.
 *
 * <p>The setup and the helpers shared by {@link UppdragBehorighetTest}, {@link UppdragIndataTest}.
 */
abstract class UppdragBehorighetTestBase {

    static final String MASK = "*** skyddade personuppgifter ***";
    static final String ULF_UTF1_EJ_ANSVARIG = DevTokens.token("ulf", "UTF-1", "utforare");

    static ExtractableResponse<Response> hamta(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/uppdrag/{id}", id).then().extract();
    }

    static void avidentifierad(String id) {
        ExtractableResponse<Response> svar = hamta(MATS_METODHANDLEDARE, id);
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.jsonPath().getString("vy")).isEqualTo("AVIDENTIFIERAD");
        assertThat(svar.jsonPath().getString("barn.kon")).isEqualTo("KVINNA");
        int alder = LocalDate.of(2015, 4, 12).until(idag()).getYears();
        assertThat(svar.jsonPath().getInt("barn.alder")).isEqualTo(alder);
        assertThat(svar.jsonPath().getString("barn.personnummer")).isNull();
        assertThat(svar.jsonPath().getString("barn.fornamn")).isNull();
        assertThat(svar.jsonPath().getString("barn.efternamn")).isNull();
        assertThat(svar.jsonPath().getString("forfragan.behov")).isEqualTo("Stöd i konflikthantering i familjen");
        assertThat(svar.asString()).doesNotContain("201504122381", "20150412", "Alva", "Ekström", "personnummer", "fornamn",
                "efternamn", "Storgatan", "historik");
    }
}
