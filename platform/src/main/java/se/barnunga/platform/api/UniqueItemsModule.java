package se.barnunga.platform.api;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;

/**
 * The Jackson module of the REST request mapper ({@link RestObjectMapper}) that refuses a JSON array with the same item
 * twice where the request type is a {@link Set}: the OpenAPI schema says {@code uniqueItems} for such a field, and a
 * Set would otherwise drop the repeated items silently – so {@code ["FYSISKT","FYSISKT","FYSISKT","FYSISKT"]} for a
 * field of at most three would be taken as one item instead of refused (found by the system test's mutation attacks).
 * Jackson has no feature for this, hence the few lines here: the array is read as a tree first (request arrays are
 * small and bounded by {@code @Size}), bound by Jackson's own Set deserializer, and refused when the Set is smaller.
 * Only Sets: a List keeps repeated items, and where a repetition matters the type says so.
 */
public final class UniqueItemsModule extends SimpleModule {

    public UniqueItemsModule() {
        super("barnunga-unique-items");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueItems(deserializer) : deserializer;
            }
        });
    }

    static final class UniqueItems extends DelegatingDeserializer {

        UniqueItems(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new UniqueItems(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return super.deserialize(p, ctxt); // not an array: Jackson's own answer (e.g. a type error)
            }
            JsonNode items = ctxt.readTree(p);
            try (JsonParser again = items.traverse(p.getCodec())) {
                again.nextToken();
                Object set = super.deserialize(again, ctxt);
                if (set instanceof Collection<?> c && c.size() < items.size()) {
                    throw new InvalidTextException(p, new TextRules.Broken("UniqueItems", "samma värde förekommer mer än en gång"));
                }
                return set;
            }
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
