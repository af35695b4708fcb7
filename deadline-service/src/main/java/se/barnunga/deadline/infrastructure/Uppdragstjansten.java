package se.barnunga.deadline.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.barnunga.platform.domain.NotPermitted;

/**
 * The assignment-service's IVO data over authorised, audited REST ({@code GET /api/uppdrag/{id}/ivo-uppgifter}), fetched
 * at report time with the caller's own bearer token, so the assignment-service authorises and audits the actual reader.
 * Identifying fields (birth date, sex) are never taken from Kafka.
 *
 * <p>Plain {@link HttpClient} with Jackson instead of the Quarkus REST client: {@code quarkus-rest-client-jackson} is not
 * available in the offline build's repository, and one GET per decision needs nothing more. Calls run on the request's
 * worker thread (the resource methods are blocking).
 */
@ApplicationScoped
public class Uppdragstjansten {

    private static final Logger LOG = Logger.getLogger(Uppdragstjansten.class);

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "barnunga.uppdragstjanst.url", defaultValue = "http://localhost:8081")
    String url;

    @ConfigProperty(name = "barnunga.uppdragstjanst.timeout", defaultValue = "10s")
    Duration timeout;

    private volatile HttpClient http;

    /**
     * One decision's IVO data.
     *
     * @param authorization the caller's {@code Authorization} header ({@code Bearer …}), forwarded as is
     * @throws NotPermitted        the assignment-service refused the caller (401/403)
     * @throws UppdragstjanstenFel any other error, a timeout, or no answer
     */
    public IvoUppgifter ivoUppgifter(String uppdragId, String authorization) {
        String id = UUID.fromString(uppdragId).toString(); // never a path of the caller's making
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new NotPermitted("Rapporten hämtar uppgifter med din egen behörighet; en token (Bearer) krävs.");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(bas() + "/api/uppdrag/" + id + "/ivo-uppgifter"))
                .timeout(timeout).header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> svar;
        try {
            svar = klient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new UppdragstjanstenFel("Uppdragstjänsten svarade inte i tid.", 0, e);
        } catch (IOException e) {
            throw new UppdragstjanstenFel("Uppdragstjänsten gick inte att nå.", 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UppdragstjanstenFel("Hämtningen från uppdragstjänsten avbröts.", 0, e);
        }
        int status = svar.statusCode();
        if (status == 401 || status == 403) {
            throw new NotPermitted("Uppdragstjänsten nekade dig uppgifterna för IVO-rapporten.");
        }
        if (status != 200) {
            LOG.warnf("assignment-service answered %d for the IVO data of %s", status, id);
            throw new UppdragstjanstenFel("Uppdragstjänsten svarade med status " + status + " för ett av rapportens uppdrag.", status, null);
        }
        try {
            return json.readValue(svar.body(), IvoUppgifter.class);
        } catch (IOException e) {
            throw new UppdragstjanstenFel("Uppdragstjänstens svar gick inte att tolka.", status, e);
        }
    }

    private String bas() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private HttpClient klient() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
                }
                h = http;
            }
        }
        return h;
    }
}
