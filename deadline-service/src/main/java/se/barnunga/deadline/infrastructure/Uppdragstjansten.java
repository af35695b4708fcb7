package se.barnunga.deadline.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

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
 * available in the offline build's repository, and its calls need nothing more. Calls run on the request's
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

    /** The cases per bulk call (the assignment-service accepts up to 1000). */
    /** The most cases the assignment-service answers in one bulk call. */
    public static final int HOGST_PER_ANROP = 1000;

    /**
     * Cases per bulk call, by default the assignment-service's maximum: fewer, larger calls pay the HTTP exchange, the
     * token check and the transaction less often (B5: a quarter of 100,000 decisions is 100 calls, not 500).
     */
    @ConfigProperty(name = "barnunga.uppdragstjanst.per-anrop", defaultValue = "" + HOGST_PER_ANROP)
    int perAnrop;

    /** The time one bulk call may take: it reads up to {@link #perAnrop} cases where the single GET reads one. */
    @ConfigProperty(name = "barnunga.uppdragstjanst.bulk-timeout", defaultValue = "60s")
    Duration bulkTimeout;

    /** The assignment-service's answer to {@code POST /api/uppdrag/ivo-uppgifter}. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Bulksvar(List<IvoUppgifter> uppgifter, List<String> saknas) {
    }

    /**
     * Many decisions' IVO data, {@code barnunga.uppdragstjanst.per-anrop} cases per call to
     * {@code POST /api/uppdrag/ivo-uppgifter}, at most {@code parallellt} calls at a time – never one call per case. Each
     * call's answer (its cases' data by id, every case of the call in it) goes to {@code perAnrop} as it arrives, in the
     * order of the ids, so that a quarter's report holds one call's answers at a time, not 100,000 cases' (B5: the whole
     * map filled the deadline-service's heap).
     *
     * @param authorization the caller's {@code Authorization} header ({@code Bearer …}), forwarded as is
     * @throws NotPermitted        the assignment-service refused the caller (401/403)
     * @throws UppdragstjanstenFel any other error, a timeout, no answer, or a case it does not know; what was handed over
     *                             before the error is then incomplete
     */
    public void ivoUppgifter(Collection<String> uppdragIds, String authorization, int parallellt,
                             Consumer<Map<String, IvoUppgifter>> perAnrop) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new NotPermitted("Rapporten hämtar uppgifter med din egen behörighet; en token (Bearer) krävs.");
        }
        List<String> ids = uppdragIds.stream().map(id -> UUID.fromString(id).toString()).distinct().toList();
        List<List<String>> delar = new ArrayList<>();
        int storlek = perAnrop();
        for (int fran = 0; fran < ids.size(); fran += storlek) {
            delar.add(ids.subList(fran, Math.min(ids.size(), fran + storlek)));
        }
        int samtidigt = Math.max(1, parallellt);
        for (int fran = 0; fran < delar.size(); fran += samtidigt) {
            List<List<String>> omgang = delar.subList(fran, Math.min(delar.size(), fran + samtidigt));
            List<CompletableFuture<HttpResponse<byte[]>>> pagaende = new ArrayList<>();
            for (List<String> del : omgang) {
                byte[] kropp;
                try {
                    kropp = json.writeValueAsBytes(Map.of("uppdragIds", del));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(bas() + "/api/uppdrag/ivo-uppgifter"))
                        .timeout(bulkTimeout).header("Authorization", authorization).header("Accept", "application/json")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(kropp)).build();
                pagaende.add(klient().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
            }
            for (int i = 0; i < pagaende.size(); i++) {
                Bulksvar b = las(vanta(pagaende.get(i)));
                if (b.saknas() != null && !b.saknas().isEmpty()) {
                    LOG.warnf("assignment-service has no IVO data for %d of the report's decisions", b.saknas().size());
                    throw new UppdragstjanstenFel("Uppdragstjänsten saknar uppgifter för " + b.saknas().size()
                            + " av rapportens uppdrag.", 404, null);
                }
                Map<String, IvoUppgifter> svar = new HashMap<>();
                for (IvoUppgifter u : b.uppgifter() == null ? List.<IvoUppgifter>of() : b.uppgifter()) {
                    svar.put(u.uppdragId(), u);
                }
                if (!svar.keySet().containsAll(omgang.get(i))) {
                    throw new UppdragstjanstenFel("Uppdragstjänsten svarade inte för alla rapportens uppdrag.", 200, null);
                }
                perAnrop.accept(svar);
            }
        }
    }

    /** Cases per bulk call, as configured, between 1 and the assignment-service's maximum. */
    public int perAnrop() {
        return Math.max(1, Math.min(HOGST_PER_ANROP, perAnrop));
    }

    private static HttpResponse<byte[]> vanta(CompletableFuture<HttpResponse<byte[]>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UppdragstjanstenFel("Hämtningen från uppdragstjänsten avbröts.", 0, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException t) {
                throw new UppdragstjanstenFel("Uppdragstjänsten svarade inte i tid.", 0, t);
            }
            throw new UppdragstjanstenFel("Uppdragstjänsten gick inte att nå.", 0, e.getCause());
        }
    }

    private Bulksvar las(HttpResponse<byte[]> svar) {
        int status = svar.statusCode();
        if (status == 401 || status == 403) {
            throw new NotPermitted("Uppdragstjänsten nekade dig uppgifterna för IVO-rapporten.");
        }
        if (status != 200) {
            LOG.warnf("assignment-service answered %d for a bulk of IVO data", status);
            throw new UppdragstjanstenFel("Uppdragstjänsten svarade med status " + status + " för rapportens uppdrag.", status, null);
        }
        try {
            return json.readValue(svar.body(), Bulksvar.class);
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
