package org.carepath.platform.persistence;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A fixed set of enum constants written into HQL as literals, {@code (org.x.Status.OPEN, org.x.Status.HELD)},
 * for {@code status in ...}: a list parameter would make Hibernate translate the query again on every call,
 * and {@link ArrayHas} cannot take an enum array (Hibernate binds it by ordinal). For sets fixed in code only.
 */
public final class EnumLiterals {

    private EnumLiterals() {
    }

    public static String of(Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty set has no literal form: 'in ()' is not HQL");
        }
        return values.stream()
                .map(value -> value.getDeclaringClass().getName() + "." + value.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
