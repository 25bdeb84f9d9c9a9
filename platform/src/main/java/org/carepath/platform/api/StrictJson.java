package org.carepath.platform.api;

import java.io.IOException;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * How REST request bodies are read: strictly. A duplicate key, content after the body, a decimal
 * where a whole number belongs, a null for a number, or a control character in text is refused with
 * 400 naming the field, instead of being resolved silently (the last key wins, 2.999 stored as 2)
 * or failing in the database (PostgreSQL cannot store NUL). Events read from Kafka keep the shared
 * mapper: history on the topics is replayed as it was written.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictJson(ObjectMapper json) {
        this.strict = json.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .registerModule(new SimpleModule("carepath-plain-text").addDeserializer(String.class, new PlainText()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** The position of the first control character other than tab, line feed and carriage return, or -1. */
    public static int controlCharacterIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return i;
            }
        }
        return -1;
    }

    /** A string as Jackson reads it, refused if it holds a control character. */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            int at = text == null ? -1 : controlCharacterIn(text);
            if (at >= 0) {
                throw new ControlCharacter(parser, text.charAt(at));
            }
            return text;
        }
    }

    /** Its message is shown to the client after the field's name, so it names no class. */
    public static final class ControlCharacter extends MismatchedInputException {

        ControlCharacter(JsonParser parser, char found) {
            super(parser, String.format("contains the control character U+%04X; text may hold none but tab and line breaks",
                    (int) found));
        }
    }
}
