package se.barnunga.platform.operations;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
public class OperationsResource {

    @Inject
    ProcessorOverview overview;
    @Inject
    ParkedEvents parked;
    @Inject
    OperatorActions operations;
    @Inject
    CurrentUser user;
    @Inject
    ProcessorRebuild rebuild;

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

    /**
     * One processing group or consumer group with, for an event processor, its replay: {@code replaying} while a
     * segment has not yet reached {@code replayEnd} (the position the store's head had at the reset); the rate in
     * events per second and the estimated seconds left are known on the instance that started the rebuild.
     */
    public record ProcessorDetail(String name, ProcessingStatus.Kind kind, Long position, Long head, Long lag, boolean failing,
                                  Instant failingSince, String lastError, int parked, boolean replaying, Long replayEnd,
                                  Instant rebuildStartedAt, String rebuildStartedBy, Instant rebuildFinishedAt,
                                  Double eventsPerSecond, Long secondsLeft) {
    }

    /** A rebuild started: where it runs to and where to follow it. */
    public record RebuildStarted(String processor, Instant startedAt, String startedBy, long replayEnd, String progress) {
    }

    @GET
    @Path("/processors")
    @Audited(resource = "drift")
    @Operation(summary = "Händelseprocessorer och konsumentgrupper: position, eftersläpning, fel och parkerade händelser")
    public Processors processors() throws Exception {
        return new Processors(overview.entries());
    }

    @GET
    @Path("/processors/{name}")
    @Audited(resource = "drift")
    @Operation(summary = "En händelseprocessor eller konsumentgrupp: position, eftersläpning, fel och pågående ombyggnad")
    public ProcessorDetail processor(@PathParam("name") String name) throws Exception {
        ProcessorOverview.Entry e = overview.entries().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("no processor " + name));
        Optional<ProcessorRebuild.Progress> p = rebuild.progress(name);
        Long position = e.position() == null ? null : Math.max(e.position(), p.map(ProcessorRebuild.Progress::position).orElse(-1L));
        Long lag = position == null || e.head() == null ? e.lag() : Math.max(0, e.head() - position);
        return new ProcessorDetail(e.name(), e.kind(), position, e.head(), lag, e.failing(), e.failingSince(),
                e.lastError(), e.parked(), p.map(ProcessorRebuild.Progress::replaying).orElse(false),
                p.map(ProcessorRebuild.Progress::replayEnd).orElse(null), p.map(ProcessorRebuild.Progress::startedAt).orElse(null),
                p.map(ProcessorRebuild.Progress::startedBy).orElse(null), p.map(ProcessorRebuild.Progress::finishedAt).orElse(null),
                p.map(ProcessorRebuild.Progress::eventsPerSecond).orElse(null),
                p.map(ProcessorRebuild.Progress::secondsLeft).orElse(null));
    }

    @POST
    @Path("/processors/{name}/rebuild")
    @Audited(resource = "drift", action = Audited.Action.CHANGE, inCallTransaction = false)
    @Operation(summary = "Bygg om en projektion från hela händelseloggen (inte kontraktspubliceringen); följ förloppet på"
            + " processorns adress")
    @APIResponse(responseCode = "202", description = "Ombyggnaden har startat",
            content = @Content(schema = @Schema(implementation = RebuildStarted.class)))
    public Response rebuild(@PathParam("name") String name) throws Exception {
        ProcessorRebuild.Started started = rebuild.rebuild(name, user.userId());
        String progress = "/api/drift/processors/" + name;
        return Response.accepted(new RebuildStarted(started.processor(), started.startedAt(), started.startedBy(),
                started.replayEnd(), progress)).location(URI.create(progress)).build();
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
        OperatorActions.Result result = operations.redriveAll(name, user.userId());
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
