package se.barnunga.platform.axon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;

/**
 * Finds a service's Axon components in the Jandex indexes ({@code META-INF/jandex.idx}) that the build writes into
 * every module jar (parent POM), so no service writes setup code: classes annotated {@code @AggregateRoot} are
 * aggregates; other classes with {@code @EventHandler}, {@code @CommandHandler} or {@code @QueryHandler} methods are
 * message handlers and must be CDI beans. Only classes under {@code se.barnunga} are considered.
 */
final class AxonComponentIndex {

    private static final String INDEX = "META-INF/jandex.idx";
    private static final String OWN_PACKAGE = "se.barnunga.";
    private static final DotName AXON_AGGREGATE_ROOT = DotName.createSimple("org.axonframework.modelling.command.AggregateRoot");
    private static final List<DotName> HANDLERS = List.of(
            DotName.createSimple("org.axonframework.eventhandling.EventHandler"),
            DotName.createSimple("org.axonframework.commandhandling.CommandHandler"),
            DotName.createSimple("org.axonframework.queryhandling.QueryHandler"));

    final Set<Class<?>> aggregates = new LinkedHashSet<>();
    final Set<Class<?>> handlers = new LinkedHashSet<>();

    static AxonComponentIndex scan(ClassLoader loader) {
        AxonComponentIndex found = new AxonComponentIndex();
        for (Index index : readIndexes(loader)) {
            Set<String> aggregateNames = new LinkedHashSet<>();
            for (AnnotationInstance a : index.getAnnotations(AXON_AGGREGATE_ROOT)) {
                if (a.target().kind() == AnnotationTarget.Kind.CLASS && own(a.target().asClass())) {
                    aggregateNames.add(a.target().asClass().name().toString());
                }
            }
            Set<String> handlerNames = new LinkedHashSet<>();
            for (DotName handler : HANDLERS) {
                for (AnnotationInstance a : index.getAnnotations(handler)) {
                    if (a.target().kind() == AnnotationTarget.Kind.METHOD && own(a.target().asMethod().declaringClass())) {
                        String owner = a.target().asMethod().declaringClass().name().toString();
                        if (!aggregateNames.contains(owner)) {
                            handlerNames.add(owner);
                        }
                    }
                }
            }
            aggregateNames.forEach(n -> found.aggregates.add(load(loader, n)));
            handlerNames.forEach(n -> found.handlers.add(load(loader, n)));
        }
        // members of an aggregate (entities) carry handlers too but are not beans: they belong to their aggregate
        found.handlers.removeIf(h -> h.getEnclosingClass() != null && found.aggregates.contains(h.getEnclosingClass()));
        return found;
    }

    private static boolean own(ClassInfo c) {
        return c.name().toString().startsWith(OWN_PACKAGE);
    }

    private static List<Index> readIndexes(ClassLoader loader) {
        List<Index> indexes = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(INDEX);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    indexes.add(new IndexReader(in).read());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the Jandex indexes", e);
        }
        return indexes;
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("indexed class not loadable: " + name, e);
        }
    }
}
