package se.barnunga.platform.api;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.RollbackException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.axonframework.commandhandling.CommandExecutionException;
import org.hibernate.exception.JDBCConnectionException;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A resource of the platform's test app shaped like the services' ones: a body with nested records, lists and a map. */
@Path("/test/input")
@Produces(MediaType.APPLICATION_JSON)
public class InputTestResource {

    public record Barn(@Size(max = 50) String namn, String fornamn) {
    }

    public enum Slag { A, B, C }

    public record Anrop(String text, @Valid Barn barn, List<@Valid Barn> barnlista, Map<String, String> attribut, LocalDate datum,
                        List<String> taggar, @Size(max = 3) Set<Slag> slag) {

        @JsonIgnore
        @AssertTrue(message = "ange barn eller text")
        public boolean isNagot() {
            return barn != null || text != null || barnlista != null || attribut != null || taggar != null || slag != null;
        }
    }

    public record Svar(String id, String q, List<String> taggar, Anrop anrop) {
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("socialsekreterare")
    public Svar skapa(@PathParam("id") String id, @QueryParam("q") String q, @Valid @NotNull Anrop anrop) {
        return new Svar(id, q, null, anrop);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("socialsekreterare")
    public Svar las(@PathParam("id") String id, @QueryParam("q") String q, @QueryParam("tagg") List<String> taggar) {
        return new Svar(id, q, taggar, null);
    }

    /** A body of one property: a repeated key used to make Jackson fail with an InvalidDefinitionException. */
    public record Ett(String x) {
    }

    /** A type Jackson cannot construct: reading it fails with an InvalidDefinitionException. */
    public interface Abstrakt {
    }

    @POST
    @Path("/ett")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("socialsekreterare")
    public Ett ett(Ett ett) {
        return ett;
    }

    @POST
    @Path("/abstrakt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("socialsekreterare")
    public String abstrakt(Abstrakt abstrakt) {
        return "läst";
    }

    /** Failures as they reach the REST layer while PostgreSQL restarts, and one fault of our own. */
    @GET
    @Path("/fel/{slag}")
    @RolesAllowed("socialsekreterare")
    public String fel(@PathParam("slag") String slag) throws Exception {
        switch (slag) {
            case "anslutning" -> throw new CommandExecutionException("command failed",
                    new JDBCConnectionException("could not connect", new SQLException("Connection refused", "08001")));
            case "pool" -> throw new IllegalStateException("could not write the audit log",
                    new SQLException("Sorry, acquisition timeout!"));
            case "nedstangning" -> {
                RollbackException rollback = new RollbackException("transaction rolled back");
                rollback.initCause(new SQLException("terminating connection due to administrator command", "57P01"));
                throw rollback;
            }
            case "sql" -> throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
            default -> throw new IllegalStateException("a fault of our own", new SQLException("syntax error", "42601"));
        }
    }
}
