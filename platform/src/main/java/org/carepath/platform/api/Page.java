package org.carepath.platform.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list: every list endpoint pages, so no caller can ask for everything at once. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
