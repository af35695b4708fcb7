package se.barnunga.platform.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The Jackson module of the REST request mapper ({@link RestObjectMapper}) that checks every string of a request body
 * – at any depth, in lists and as map keys – against {@link TextRules}: no control character but tab, CR and LF, no
 * unpaired surrogate, at most {@link InputSettings#maxBodyStringLength()} chars. Jackson's collection, array and
 * untyped-object deserializers use a registered String deserializer for their elements, so one deserializer covers them.
 * Never registered on the mapper that reads stored events or consumed contract events: those are read tolerantly.
 */
public final class StrictTextModule extends SimpleModule {

    public StrictTextModule(int maxLength) {
        super("barnunga-strict-text");
        addDeserializer(String.class, new CheckedStringDeserializer(maxLength));
        addKeyDeserializer(String.class, new CheckedKeyDeserializer(maxLength));
    }

    static final class CheckedStringDeserializer extends StdScalarDeserializer<String> {

        private final int maxLength;

        CheckedStringDeserializer(int maxLength) {
            super(String.class);
            this.maxLength = maxLength;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            // Jackson's own reading of a string (with its coercions), then the check
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            TextRules.Broken broken = TextRules.check(text, true, maxLength);
            if (broken != null) {
                throw new InvalidTextException(p, broken);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    static final class CheckedKeyDeserializer extends KeyDeserializer {

        private final int maxLength;

        CheckedKeyDeserializer(int maxLength) {
            this.maxLength = maxLength;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            // a key is a name: no line breaks either
            TextRules.Broken broken = TextRules.check(key, false, maxLength);
            if (broken != null) {
                throw new InvalidTextException(ctxt.getParser(),
                        new TextRules.Broken(broken.rule(), "en nyckel: " + broken.message()));
            }
            return key;
        }
    }
}
