package se.barnunga.platform.api;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** Case ids in paths: a case id is a UUID, and one that is not well-formed names no case (404, conventions.md). */
public final class CaseIds {

    private CaseIds() {
    }

    /**
     * The id in its canonical form (lower case), or a 404 with the given detail when it is not a UUID.
     *
     * @param id       the id from the path or the body
     * @param notFound the problem's detail, e.g. {@code "Uppdraget finns inte."}
     */
    public static String uuidOr404(String id, String notFound) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(notFound);
        }
    }
}
