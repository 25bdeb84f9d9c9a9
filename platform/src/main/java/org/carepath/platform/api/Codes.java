package org.carepath.platform.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * How enum values appear to clients: lowercase with hyphens, FHIR style ({@code in-progress},
 * {@code social-care}), in JSON and in query parameters alike.
 */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value with the code, ignoring case; otherwise an error listing the codes there are. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> of(value).equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Codes::of).toList()));
    }
}
