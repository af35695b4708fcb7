package se.barnunga.platform.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ObjectMapper of the REST layer only: a copy of the CDI mapper (same modules and {@code quarkus.jackson.*}
 * settings) that reads request bodies strictly – duplicated keys ({@code STRICT_DUPLICATE_DETECTION}), anything after
 * the JSON value ({@code FAIL_ON_TRAILING_TOKENS}), text that breaks {@link TextRules} ({@link StrictTextModule}) and
 * an item repeated in a set ({@link UniqueItemsModule}) are refused as 400. Quarkus REST's Jackson reader and writer take their mapper from this resolver.
 * <p>
 * The CDI {@code ObjectMapper} itself is left as it is, on purpose: the Axon serializer ({@code AxonRuntime} copies it)
 * reads stored events with it, and a stored event must never become unreadable because of a newer input rule; consumed
 * contract events are read by {@code ContractEventData}'s own tolerant mapper. Server side only: the services call each
 * other with the JDK client, and a REST client must not read answers with request rules.
 */
@Provider
@Singleton
@ConstrainedTo(RuntimeType.SERVER)
public class RestObjectMapper implements ContextResolver<ObjectMapper> {

    // looked up on first use: Quarkus REST creates its providers at static init, before runtime configuration exists
    @Inject
    Instance<ObjectMapper> mapper;
    @Inject
    Instance<InputSettings> settings;

    private volatile ObjectMapper strict;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper result = strict;
        if (result == null) {
            synchronized (this) {
                if (strict == null) {
                    ObjectMapper copy = mapper.get().copy();
                    copy.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
                    copy.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
                    copy.registerModule(new StrictTextModule(settings.get().maxBodyStringLength()));
                    copy.registerModule(new UniqueItemsModule());
                    strict = copy;
                }
                result = strict;
            }
        }
        return result;
    }
}
