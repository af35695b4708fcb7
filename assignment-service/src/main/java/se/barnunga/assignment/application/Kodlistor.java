package se.barnunga.assignment.application;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * The configurable code lists of the service (code → Swedish label): the catalogue of intervention types the
 * municipality offers, and the BBIC need areas goals are tied to. A municipality changes them in configuration
 * ({@code barnunga.kodlistor.*}), not in code.
 */
@ConfigMapping(prefix = "barnunga.kodlistor")
public interface Kodlistor {

    /** Intervention types (insatstyper), e.g. {@code KONTAKTPERSON=Kontaktperson}. */
    Map<String, String> insatstyper();

    /** BBIC need areas (behovsområden), e.g. {@code HALSA=Hälsa}. */
    Map<String, String> bbicOmraden();
}
