package org.carepath.platform.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A value kept as JSON in a TEXT column: the reactive PostgreSQL client reads a JSONB array back
 * as an object and fails, so small lists and snapshots are stored as text. A service declares one
 * concrete converter per type, e.g. {@code class Goals extends JsonText<List<String>>}.
 */
public abstract class JsonText<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JavaType type;

    protected JsonText(JavaType type) {
        this.type = type;
    }

    protected static JavaType listOf(Class<?> elementType) {
        return JSON.getTypeFactory().constructCollectionType(List.class, elementType);
    }

    protected static JavaType typeOf(Class<?> type) {
        return JSON.getTypeFactory().constructType(type);
    }

    /** The value as the JSON tree it is stored as, e.g. to compare two stored versions. */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the database: " + json, e);
        }
    }
}
