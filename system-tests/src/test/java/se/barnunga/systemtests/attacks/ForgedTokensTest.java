package se.barnunga.systemtests.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.testing.DevTokens;

class ForgedTokensTest {

    private final ForgedTokens forged = new ForgedTokens();
    private final String valid = DevTokens.token("dev-socialsekreterare", "MYND-1", "socialsekreterare");

    @Test
    void no_token_is_no_token() {
        assertThat(forged.forge("no-token", "socialsekreterare", "MYND-1", "u", valid)).isNull();
    }

    @Test
    void expired_is_signed_by_the_trusted_key_with_an_expiry_in_the_past() {
        String token = forged.forge("expired", "socialsekreterare", "MYND-1", "u", valid);
        JsonNode payload = part(token, 1);
        assertThat(payload.path("exp").asLong()).isLessThan(System.currentTimeMillis() / 1000);
        assertThat(payload.path("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(part(token, 0).path("alg").asText()).isEqualTo("RS256");
    }

    @Test
    void alg_none_has_no_signature() {
        String token = forged.forge("alg-none", "socialsekreterare", "MYND-1", "u", valid);
        assertThat(token).endsWith(".");
        assertThat(part(token, 0).path("alg").asText()).isEqualTo("none");
    }

    @Test
    void wrong_issuer_and_wrong_key_differ_from_a_valid_token_only_there() {
        assertThat(part(forged.forge("wrong-issuer", "utforare", "UTF-1", "u", valid), 1).path("iss").asText())
                .isNotEqualTo(DevTokens.ISSUER);
        String wrongKey = forged.forge("wrong-key", "utforare", "UTF-1", "u", valid);
        assertThat(part(wrongKey, 1).path("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(part(wrongKey, 1).path("groups").toString()).isEqualTo("[\"utforare\"]");
    }

    @Test
    void tampered_keeps_the_signature_of_the_original_payload() {
        String token = forged.forge("tampered", "socialsekreterare", "MYND-1", "u", valid);
        String[] parts = token.split("\\.");
        String[] original = valid.split("\\.");
        assertThat(parts[2]).isEqualTo(original[2]);
        assertThat(parts[1]).isNotEqualTo(original[1]);
        assertThat(part(token, 1).path("groups").toString()).contains("drift");
    }

    private static JsonNode part(String token, int index) {
        return ValidRequests.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
    }
}
