package se.barnunga.systemtests.attacks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tokens the services must refuse (401), each bad in exactly one way, built with jose4j (the JOSE library under
 * SmallRye JWT): expired, signed with a key nobody trusts, {@code alg=none}, issued by someone else, and a valid
 * token's signature over another payload. The trusted signing key is the development key pair of the test and local
 * runs ({@code devkeys/dev-private.pem} of the testing module), the one the {@code SystemUnderTest} signs with.
 */
final class ForgedTokens {

    /** The kinds, in the order the matrix runs them. */
    static final List<String> KINDS = List.of("no-token", "expired", "wrong-key", "alg-none", "wrong-issuer", "tampered");

    static final String ISSUER = "https://barnunga.local/dev";
    private static final String PRIVATE_KEY = "devkeys/dev-private.pem";

    private final PrivateKey trusted;
    private final PrivateKey untrusted;

    ForgedTokens() {
        this.trusted = loadTrustedKey();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.untrusted = generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The token of one kind for a user with a role in a unit, or null for {@code no-token}; {@code valid} is a valid
     * token (from the system under test) for {@code tampered}.
     */
    String forge(String kind, String role, String enhet, String userId, String valid) {
        Instant now = Instant.now();
        return switch (kind) {
            case "no-token" -> null;
            case "expired" -> sign(claims(ISSUER, role, enhet, userId, now.minusSeconds(7200), now.minusSeconds(3600)), trusted);
            case "wrong-key" -> sign(claims(ISSUER, role, enhet, userId, now, now.plusSeconds(3600)), untrusted);
            case "wrong-issuer" -> sign(claims("https://idp.example.org/", role, enhet, userId, now, now.plusSeconds(3600)), trusted);
            case "alg-none" -> unsigned(claims(ISSUER, role, enhet, userId, now, now.plusSeconds(3600)));
            case "tampered" -> tamper(valid);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static JwtClaims claims(String issuer, String role, String enhet, String userId, Instant issued, Instant expires) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(userId);
        claims.setClaim("upn", userId);
        claims.setStringListClaim("groups", role);
        claims.setClaim("enhet", enhet);
        claims.setIssuedAt(NumericDate.fromSeconds(issued.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg=none}: the header says no signature, and there is none (jose4j refuses to build one by design). */
    static String unsigned(JwtClaims claims) {
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims.toJson()) + ".";
    }

    /**
     * The valid token's header and signature around a changed payload: every role and another unit – a signature
     * check that is skipped or done over the wrong bytes lets it through.
     */
    static String tamper(String valid) {
        String[] parts = valid.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS");
        }
        try {
            ObjectNode payload = (ObjectNode) ValidRequests.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            var groups = payload.putArray("groups");
            OpenApiDocument.ALL_ROLES.forEach(groups::add);
            payload.put("enhet", "MYND-1");
            return parts[0] + "." + b64(payload.toString()) + "." + parts[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey loadTrustedKey() {
        try (InputStream in = ForgedTokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY)) {
            if (in == null) {
                throw new IllegalStateException("the development key " + PRIVATE_KEY + " is not on the class path");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not load the development signing key", e);
        }
    }
}
