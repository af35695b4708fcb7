package se.barnunga.platform.api;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.security.CurrentUser;

/**
 * Sends a resource's command on one case: the id from the path checked ({@link CaseIds#uuidOr404}), the command built
 * from the canonical id, the caller and the clock's time, and sent and awaited through Axon. Each service answers with
 * its own acknowledgement, made from {@link Sent}.
 */
@ApplicationScoped
public class CaseCommands {

    /** A command built from the case id, the caller and the time, e.g. {@code LamnaKlartecken::new}. */
    @FunctionalInterface
    public interface Command {
        Object create(String caseId, Actor actor, Instant at);
    }

    /**
     * A command carried out.
     *
     * @param caseId the case's canonical id
     * @param result what the command handler returned (e.g. the id of a meeting it created), or null
     */
    public record Sent(String caseId, Object result) {
    }

    @Inject
    CommandGateway commands;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /**
     * Sends the command on the case and waits for it.
     *
     * @param caseId   the id from the path; not a UUID gives 404 with {@code notFound}
     * @param notFound the 404's detail, e.g. {@code "Oron finns inte."}
     */
    public Sent send(String caseId, String notFound, Command command) {
        String id = CaseIds.uuidOr404(caseId, notFound);
        Object result = commands.sendAndWait(command.create(id, user.actor(), clock.instant()));
        return new Sent(id, result);
    }
}
