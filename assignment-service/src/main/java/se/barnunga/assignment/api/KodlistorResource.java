package se.barnunga.assignment.api;

import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.application.Kodlistor;
import se.barnunga.platform.domain.Roll;

/** The configurable code lists, for clients that build forms. */
@Path("/api/kodlistor")
@Tag(name = Taggar.KODLISTOR)
@Produces(MediaType.APPLICATION_JSON)
public class KodlistorResource {

    /** Code → label, sorted by code. */
    public record KodlistorSvar(Map<String, String> insatstyper, Map<String, String> bbicOmraden) {
    }

    @Inject
    Kodlistor kodlistor;

    @GET
    @RolesAllowed({Roll.Namn.SOCIALSEKRETERARE, Roll.Namn.METODHANDLEDARE, Roll.Namn.UTFORARE, Roll.Namn.ENHETSCHEF,
            Roll.Namn.RAPPORTOR, Roll.Namn.SYSTEM, Roll.Namn.DRIFT})
    @Operation(summary = "Kommunens insatstyper och BBIC:s behovsområden")
    public KodlistorSvar kodlistor() {
        return new KodlistorSvar(new TreeMap<>(kodlistor.insatstyper()), new TreeMap<>(kodlistor.bbicOmraden()));
    }
}
