package se.barnunga.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Mints development tokens signed with the development key pair in {@code devkeys/} – for tests and the local run
 * only; no service trusts this key outside those. From a shell:
 * {@code java -cp <testing jar and dependencies> se.barnunga.testing.DevTokens socialsekreterare MYND-1 anna}.
 */
public final class DevTokens {

    /** Issuer of development tokens; services accept it in the test profile and in the local run. */
    public static final String ISSUER = "https://barnunga.local/dev";
    public static final String PUBLIC_KEY_RESOURCE = "devkeys/dev-public.pem";
    private static final String PRIVATE_KEY_RESOURCE = "devkeys/dev-private.pem";

    private static final PrivateKey KEY = loadPrivateKey();

    private DevTokens() {
    }

    /** A token for one user with the given roles, in a unit ({@code enhet} claim), valid for 12 hours. */
    public static String token(String userId, String enhet, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(userId)
                .upn(userId)
                .groups(Set.of(roles))
                .claim("enhet", enhet)
                .claim("name", "Utvecklare " + userId)
                .expiresIn(Duration.ofHours(12))
                .sign(KEY);
    }

    /** Writes the development public key to a file, for a service started outside the test classpath. */
    public static Path writePublicKey(Path file) {
        try (InputStream in = resource(PUBLIC_KEY_RESOURCE)) {
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: DevTokens <role> <enhet> <user id>");
            System.exit(2);
        }
        System.out.println(token(args[2], args[1], args[0]));
    }

    private static PrivateKey loadPrivateKey() {
        try (InputStream in = resource(PRIVATE_KEY_RESOURCE)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("could not load the development signing key", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
