package se.barnunga.platform.metrics;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Every meter of a service carries the tag {@code service} (its {@code quarkus.application.name}, e.g.
 * {@code deadline-service}), so a series tells which service it is from whatever the scrape configuration adds: the
 * processor {@code contract-publisher} and the platform's metrics exist in all four services. The dashboard and the
 * alert rules in {@code deploy/monitoring} select and group by it. (A scrape configuration that adds a target label
 * of the same name should honour the service's own: {@code honorLabels: true}, as {@code deploy/kubernetes/monitoring}
 * does.)
 */
@Singleton
public class ServiceTag {

    public static final String TAG = "service";

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Produces
    @Singleton
    MeterFilter serviceTag() {
        return MeterFilter.commonTags(List.of(Tag.of(TAG, service)));
    }
}
