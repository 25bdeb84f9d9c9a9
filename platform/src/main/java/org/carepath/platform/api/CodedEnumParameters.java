package org.carepath.platform.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Enum query and path parameters take the same codes as JSON ({@code ?status=in-progress}), and an
 * unknown code is a 400 naming the codes there are, not JAX-RS's default 404.
 */
@Provider
public class CodedEnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String code) {
                try {
                    return code == null ? null : (T) Codes.parse((Class) rawType, code);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException(rawType.getSimpleName() + " " + e.getMessage());
                }
            }

            @Override
            public String toString(T value) {
                return Codes.of((Enum<?>) value);
            }
        };
    }
}
