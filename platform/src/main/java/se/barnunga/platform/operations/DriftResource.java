package se.barnunga.platform.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.platform.audit.Audited;
import se.barnunga.platform.axon.ProcessorRedrive.StillFailing;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.security.CurrentUser;

/**
 * The operators' view of event processors and consumers, and what they do with parked events (docs/operations.md,
 * "Event processors and consumers that fail"). Never shows a payload. Every call is audited.
 */
@Path("/api/drift")
@Tag(name = "Drift")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roll.Namn.DRIFT)
public class DriftResource {

    @Inject
    ProcessorOverview overview;
    @Inject
    ParkedEvents parked;
    @Inject
    DriftOperations operations;
    @Inject
    CurrentUser user;

    public record Processors(List<ProcessorOverview.Entry> processors) {
    }

    /** A parked event as operators see it: ids, type, error, never the payload or record. */
    public record ParkedView(UUID id, ProcessingStatus.Kind kind, String processor, String eventId, String eventType,
                             String sequenceId, Long globalIndex, String topic, Integer partition, Long offset, boolean cause,
                             String errorClass, String sqlState, String error, int attempts, Instant parkedAt, String state,
                             Instant resolvedAt, String resolvedBy) {
        static ParkedView of(ParkedEvents.Row r) {
            return new ParkedView(r.id(), r.kind(), r.processor(), r.eventId(), r.eventType(), r.sequenceId(), r.globalIndex(),
                    r.topic(), r.partition(), r.offset(), r.cause(), r.errorClass(), r.sqlState(), r.error(), r.attempts(),
                    r.parkedAt(), r.state(), r.resolvedAt(), r.resolvedBy());
        }
    }

    public record ParkedList(List<ParkedView> parked) {
    }

    public record Redriven(int redriven) {
    }

    @GET
    @Path("/processors")
    @Audited(resource = "drift")
    @Operation(summary = "Händelseprocessorer och konsumentgrupper: position, eftersläpning, fel och parkerade händelser")
    public Processors processors() throws Exception {
        return new Processors(overview.entries());
    }

    @GET
    @Path("/parked")
    @Audited(resource = "drift")
    @Operation(summary = "Parkerade händelser (utan innehåll), per processor och tillstånd")
    public ParkedList parked(@QueryParam("processor") @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._-]*") String processor,
                             @QueryParam("state") @Pattern(regexp = "PARKED|REDRIVEN|DISCARDED") String state) throws Exception {
        String p = processor == null || processor.isBlank() ? null : processor;
        return new ParkedList(parked.list(p, state).stream().map(ParkedView::of).toList());
    }

    @POST
    @Path("/parked/{id}/redrive")
    @Audited(resource = "drift", action = Audited.Action.CHANGE, inCallTransaction = false)
    @Operation(summary = "Kör om en parkerad händelse och hela dess parkerade sekvens, i ordning")
    public Redriven redrive(@PathParam("id") String id) throws Exception {
        ParkedEvents.Row row = parkedRow(id);
        if (!operations.knows(row.processor())) {
            throw new NotFoundException("no processor " + row.processor() + " in this service");
        }
        try {
            return new Redriven(operations.redriveSequence(row, user.userId()));
        } catch (StillFailing e) {
            throw stillFailing(e);
        }
    }

    @POST
    @Path("/processors/{name}/redrive")
    @Audited(resource = "drift", action = Audited.Action.CHANGE, inCallTransaction = false)
    @Operation(summary = "Kör om alla parkerade sekvenser för en processor eller konsumentgrupp")
    public Map<String, Integer> redriveAll(@PathParam("name") String name) throws Exception {
        if (!operations.knows(name)) {
            throw new NotFoundException("no processor " + name);
        }
        DriftOperations.Result result = operations.redriveAll(name, user.userId());
        return Map.of("redriven", result.redriven(), "failed", result.failed());
    }

    @POST
    @Path("/parked/{id}/discard")
    @Audited(resource = "drift", action = Audited.Action.CHANGE, inCallTransaction = false)
    @Operation(summary = "Släpp en parkerad händelse (den hanteras aldrig; senare händelser i sekvensen förblir parkerade)")
    public Map<String, Integer> discard(@PathParam("id") String id) throws Exception {
        ParkedEvents.Row row = parkedRow(id);
        if (!operations.discard(row.id(), user.userId())) {
            throw notParked();
        }
        return Map.of("discarded", 1);
    }

    private ParkedEvents.Row parkedRow(String id) throws Exception {
        Optional<ParkedEvents.Row> row = uuid(id).isPresent() ? parked.find(uuid(id).get()) : Optional.empty();
        if (row.isEmpty()) {
            throw new NotFoundException("no parked event " + id);
        }
        if (!ParkedEvents.PARKED.equals(row.get().state())) {
            throw notParked();
        }
        return row.get();
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static StateConflict notParked() {
        return new StateConflict("NOT_PARKED", "Händelsen är inte parkerad (redan omkörd eller släppt).");
    }

    private static StateConflict stillFailing(StillFailing e) {
        return new StateConflict("STILL_FAILING", "Händelsen kan fortfarande inte hanteras och förblir parkerad. Felklass: "
                + e.getCause().getClass().getName());
    }
}
