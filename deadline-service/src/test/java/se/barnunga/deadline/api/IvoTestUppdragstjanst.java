package se.barnunga.deadline.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test only: stands in for the assignment-service's {@code GET /api/uppdrag/{uppdragId}/ivo-uppgifter} and its bulk {@code POST /api/uppdrag/ivo-uppgifter} (rapportör and
 * system roles, as the real one), answering what a test registered for a case, or a realistic made-up answer for any
 * other case, and recording the Authorization header each call carried. {@link #felstatus} makes it fail.
 */
@Path("/test-uppdragstjanst/api/uppdrag")
public class IvoTestUppdragstjanst {

    /** Answer for a case, as the assignment-service's IvoUppgifter JSON. */
    static final Map<String, Map<String, Object>> SVAR = new ConcurrentHashMap<>();
    /** The Authorization header of the latest call per case. */
    static final Map<String, String> SEDD_AUTHORIZATION = new ConcurrentHashMap<>();
    /** When not 0, every call answers with this status. */
    static volatile int felstatus;

    @GET
    @Path("{uppdragId}/ivo-uppgifter")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"rapportor", "system"})
    public Response ivoUppgifter(@PathParam("uppdragId") String uppdragId, @HeaderParam("Authorization") String authorization) {
        ENSKILDA_ANROP.incrementAndGet();
        SEDD_AUTHORIZATION.put(uppdragId, authorization == null ? "" : authorization);
        if (felstatus != 0) {
            return Response.status(felstatus).type("application/problem+json")
                    .entity(Map.of("title", "Internt fel", "status", felstatus)).build();
        }
        Map<String, Object> svar = SVAR.get(uppdragId);
        return Response.ok(svar != null ? svar : pahittat(uppdragId)).build();
    }

    /** Calls to the single-case GET and to the bulk POST, to show the report asks in bulk. */
    static final java.util.concurrent.atomic.AtomicInteger ENSKILDA_ANROP = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger BULKANROP = new java.util.concurrent.atomic.AtomicInteger();

    @POST
    @Path("ivo-uppgifter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"rapportor", "system"})
    public Response ivoUppgifterForManga(Map<String, List<String>> anrop, @HeaderParam("Authorization") String authorization) {
        BULKANROP.incrementAndGet();
        List<String> ids = anrop.get("uppdragIds");
        if (ids == null || ids.isEmpty() || ids.size() > 1000) {
            return Response.status(400).build();
        }
        ids.forEach(id -> SEDD_AUTHORIZATION.put(id, authorization == null ? "" : authorization));
        if (felstatus != 0) {
            return Response.status(felstatus).type("application/problem+json")
                    .entity(Map.of("title", "Internt fel", "status", felstatus)).build();
        }
        List<Map<String, Object>> uppgifter = ids.stream().map(id -> SVAR.getOrDefault(id, pahittat(id))).toList();
        return Response.ok(Map.of("uppgifter", uppgifter, "saknas", List.of())).build();
    }

    static Map<String, Object> uppgifter(String uppdragId, String pseudonym, LocalDate fodelsedatum, String kon, LocalDate beslutsdatum,
                                         List<Map<String, Object>> skal) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("uppdragId", uppdragId);
        m.put("pseudonym", pseudonym);
        m.put("fodelsedatum", fodelsedatum.toString());
        m.put("kon", kon);
        m.put("beslutsdatum", beslutsdatum.toString());
        m.put("insatstyp", "FAMILJEBEHANDLING");
        m.put("lagrum", "SOL_2025_11_1");
        m.put("myndighetsenhet", "MYND-1");
        m.put("verkstallighetsdatum", null);
        m.put("avbrott", List.of());
        m.put("skalForDrojsmal", skal);
        m.put("avslutsdatum", null);
        m.put("avslutsskal", null);
        m.put("aterkallatDatum", null);
        return m;
    }

    private static Map<String, Object> pahittat(String uppdragId) {
        int h = Math.floorMod(uppdragId.hashCode(), 3650);
        return uppgifter(uppdragId, sha256(uppdragId), LocalDate.of(2010, 1, 1).plusDays(h), h % 2 == 0 ? "KVINNA" : "MAN",
                LocalDate.of(2026, 11, 30), List.of());
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
