package org.carepath.platform.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * How REST request bodies are read: strictly. A duplicate key, content after the body, a decimal
 * where a whole number belongs, a number or true/false where text belongs, a null for a number or
 * in a list, a control character in text, or a date outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}
 * is refused with 400 naming the field, instead
 * of being resolved silently (the last key wins, 2.999 stored as 2) or failing later (PostgreSQL
 * cannot store NUL nor year +999999999; a null in a list breaks the code that reads it). Events read
 * from Kafka keep the shared mapper: history on the topics is replayed as it was written.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    /** No date in a care record, a birth date included, is earlier or later than these years. */
    public static final int FIRST_YEAR = 1850;
    public static final int LAST_YEAR = 2199;

    private final ObjectMapper strict;

    public StrictJson(ObjectMapper json) {
        this.strict = json.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .registerModule(new SimpleModule("carepath-plain-values")
                        .addDeserializer(String.class, new PlainText())
                        .addDeserializer(LocalDate.class, new PlausibleDate<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                                LocalDate::getYear))
                        .addDeserializer(Instant.class, new PlausibleDate<>(Instant.class, InstantDeserializer.INSTANT,
                                instant -> instant.atOffset(ZoneOffset.UTC).getYear()))
                        .addDeserializer(OffsetDateTime.class, new PlausibleDate<>(OffsetDateTime.class,
                                InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime::getYear)));
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
            JsonToken token = parser.currentToken();
            if (token.isScalarValue() && token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
                throw new Refusal(parser, "is " + parser.getText() + "; text belongs in quotes");
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            int at = text == null ? -1 : controlCharacterIn(text);
            if (at >= 0) {
                throw new Refusal(parser, String.format(
                        "contains the control character U+%04X; text may hold none but tab and line breaks", (int) text.charAt(at)));
            }
            return text;
        }
    }

    /** A date or time as Jackson reads it, refused outside the years a care record can concern. */
    static final class PlausibleDate<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<? extends T> reader;
        private final ToIntFunction<T> year;

        PlausibleDate(Class<T> type, JsonDeserializer<? extends T> reader, ToIntFunction<T> year) {
            super(type);
            this.reader = reader;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Jackson would also take a number (days or seconds since 1970) or a list of fields, and
            // trims control characters off the text: none of those is a date as the API documents it
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new Refusal(parser, "is not a date in quotes, e.g. \"2025-06-01\" or \"2025-06-01T10:00:00Z\"");
            }
            if (controlCharacterIn(parser.getText()) >= 0) {
                throw new Refusal(parser, String.format("contains the control character U+%04X; a date holds none",
                        (int) parser.getText().charAt(controlCharacterIn(parser.getText()))));
            }
            T value = reader.deserialize(parser, context);
            int at = value == null ? FIRST_YEAR : year.applyAsInt(value);
            if (at < FIRST_YEAR || at > LAST_YEAR) {
                throw new Refusal(parser, "is " + value + "; dates must fall between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return value;
        }
    }

    /** A value refused by these rules; its message follows the field's name in the answer, so it names no class. */
    public static final class Refusal extends MismatchedInputException {

        Refusal(JsonParser parser, String why) {
            super(parser, why);
        }
    }
}
