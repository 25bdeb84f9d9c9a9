package org.carepath.platform.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query and path parameters held to the same rules as bodies: a true/false parameter is
 * {@code true} or {@code false} (JAX-RS reads {@code ?includeRetired=maybe} as false without a
 * word), and a date is a real ISO date within the years {@link StrictJson} allows (JAX-RS takes
 * {@code +999999999-12-31}, and the day after it overflows). Anything else is a 400.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Converter<>(StrictParameters::trueOrFalse);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(StrictParameters::plausibleDate);
        }
        return null;
    }

    private static Boolean trueOrFalse(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new BadRequestException("'" + value + "' is not true or false");
    }

    private static LocalDate plausibleDate(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + value + "' is not a date of the form 2025-06-01");
        }
        if (date.getYear() < StrictJson.FIRST_YEAR || date.getYear() > StrictJson.LAST_YEAR) {
            throw new BadRequestException(
                    value + " is not a date a care record holds; dates must fall between " + StrictJson.FIRST_YEAR
                            + " and " + StrictJson.LAST_YEAR);
        }
        return date;
    }

    private record Converter<T>(Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null ? null : parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return value.toString();
        }
    }
}
