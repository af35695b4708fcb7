package se.barnunga.assignment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.barnunga.assignment.api.Svar.UppdragId;
import se.barnunga.platform.api.CaseCommands;
import se.barnunga.platform.api.CaseIds;

/**
 * The assignment resources' command sending ({@link CaseCommands}) with the assignment-service's acknowledgement, the
 * assignment's id ({@link UppdragId}); an id that is not a UUID is a 404 "Uppdraget finns inte.".
 */
@ApplicationScoped
public class Uppdragskommandon {

    static final String FINNS_INTE = "Uppdraget finns inte.";

    @Inject
    CaseCommands commands;

    /** Sends the command built for the assignment and answers with its id. */
    UppdragId utfor(String uppdragId, CaseCommands.Command kommando) {
        return new UppdragId(commands.send(uppdragId, FINNS_INTE, kommando).caseId());
    }

    /** The assignment id in canonical form, or 404. */
    static String id(String uppdragId) {
        return CaseIds.uuidOr404(uppdragId, FINNS_INTE);
    }
}
