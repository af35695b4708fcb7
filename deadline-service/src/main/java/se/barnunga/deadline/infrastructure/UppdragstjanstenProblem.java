package se.barnunga.deadline.infrastructure;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import se.barnunga.platform.api.Problem;

/**
 * The assignment-service failing the IVO report is a 502 problem naming the dependency, not a 500 of ours (the
 * platform's {@code ProblemMappers} would map an unknown exception to 500).
 */
public class UppdragstjanstenProblem {

    @ServerExceptionMapper
    public Response uppdragstjanstenFel(UppdragstjanstenFel e, UriInfo uri) {
        Problem body = new Problem(URI.create("urn:barnunga:problem:bad-gateway"), "En tjänst som behövs svarar inte", 502,
                e.getMessage() + " Beroende: " + UppdragstjanstenFel.BEROENDE + " (uppdragstjänsten). Försök igen senare.",
                uri == null ? null : uri.getPath(), "BEROENDE_SVARAR_INTE", List.of());
        return Response.status(502).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
