package se.barnunga.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.platform.domain.Roll;

/** The audit log of a service, for operations ({@code drift}). */
@Path("/api/audit")
@Tag(name = "Granskningslogg")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @RolesAllowed(Roll.Namn.DRIFT)
    @Audited(resource = "audit_log")
    @Operation(summary = "Sök i granskningsloggen (vem läste eller ändrade vilket ärende, när)")
    public List<AuditLog.Entry> find(@QueryParam("caseId") String caseId,
                                     @QueryParam("userId") String userId,
                                     @QueryParam("from") Instant from,
                                     @QueryParam("to") Instant to,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return log.find(caseId, userId, from, to, page, size);
    }
}
