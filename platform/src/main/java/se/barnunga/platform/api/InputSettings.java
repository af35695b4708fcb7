package se.barnunga.platform.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Platform-wide bounds on the text a client sends ({@code barnunga.input.*}). They are generous outer limits that keep
 * what PostgreSQL and the routine cannot take out of the system; a field's own {@code @Size} rule stays and wins when it
 * is stricter.
 */
@ConfigMapping(prefix = "barnunga.input")
public interface InputSettings {

    /** The longest single string anywhere in a JSON request body (a free text of many pages still fits). */
    @WithDefault("20000")
    int maxBodyStringLength();

    /** The longest path or query parameter (ids, dates, units, pseudonyms are all far shorter). */
    @WithDefault("200")
    int maxParameterLength();

    /**
     * The longest request URI (path and query) answered 414 problem+json by {@link HttpLimits}. Must stay below
     * {@code quarkus.http.limits.max-initial-line-length}, where Vert.x answers a bare 414 itself.
     */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * The most bytes of request headers (names and values) answered 431 problem+json by {@link HttpLimits}. Must stay
     * below {@code quarkus.http.limits.max-header-size}, where Vert.x answers a bare 431 itself.
     */
    @WithDefault("20480")
    int maxHeaderBytes();
}
