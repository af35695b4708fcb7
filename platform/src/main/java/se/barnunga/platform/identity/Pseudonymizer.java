package se.barnunga.platform.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pseudonyms of children for events on Kafka (docs/architecture.md, "Privacy"): keyed HMAC-SHA256 of the personnummer
 * with the one secret the municipality's services share ({@code barnunga.pseudonym.key}, base64, at least 32 bytes),
 * so every service that holds a personnummer finds the same child's events, while the key never leaves the services.
 */
@Singleton
public class Pseudonymizer {

    private final byte[] key;

    @Inject
    public Pseudonymizer(@ConfigProperty(name = "barnunga.pseudonym.key") String base64Key) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64Key.trim().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("barnunga.pseudonym.key is not base64");
        }
        if (decoded.length < Personnummer.MIN_PSEUDONYM_KEY_LENGTH) {
            throw new IllegalStateException("barnunga.pseudonym.key must be at least "
                    + Personnummer.MIN_PSEUDONYM_KEY_LENGTH + " bytes");
        }
        this.key = decoded;
    }

    public String pseudonym(Personnummer personnummer) {
        return personnummer.pseudonym(key);
    }
}
