package se.barnunga.platform.time;

import java.time.LocalTime;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's office hours, configurable ({@code barnunga.kontorstid.oppnar}/{@code stanger}, default
 * 08:00–17:00), on Swedish working days.
 */
@Singleton
public class KontorstiderProducer {

    @ConfigProperty(name = "barnunga.kontorstid.oppnar", defaultValue = "08:00")
    LocalTime oppnar;
    @ConfigProperty(name = "barnunga.kontorstid.stanger", defaultValue = "17:00")
    LocalTime stanger;

    @Produces
    @Singleton
    Kontorstider kontorstider() {
        return new Kontorstider(oppnar, stanger, Arbetskalender.sverige());
    }

    @Produces
    @Singleton
    Arbetskalender arbetskalender() {
        return Arbetskalender.sverige();
    }
}
