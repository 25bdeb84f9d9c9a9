package org.carepath.referrals.referral;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Stores a small list of values as JSON text in one column: the reactive PostgreSQL client reads
 * a JSONB array back as an object and fails, so these columns are plain text holding JSON.
 */
abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final JavaType type;

    JsonListConverter(Class<T> elementType) {
        this.type = JSON.getTypeFactory().constructCollectionType(List.class, elementType);
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return values == null ? null : JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable list in the database: " + json, e);
        }
    }

    static final class LocalIdentifiers extends JsonListConverter<LocalIdentifier> {
        LocalIdentifiers() {
            super(LocalIdentifier.class);
        }
    }

    static final class NeedsDomains extends JsonListConverter<NeedsDomain> {
        NeedsDomains() {
            super(NeedsDomain.class);
        }
    }

    static final class Assessments extends JsonListConverter<AttachedAssessment> {
        Assessments() {
            super(AttachedAssessment.class);
        }
    }
}
