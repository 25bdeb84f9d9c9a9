package org.carepath.platform.api;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;

/** One page of a list: every list endpoint pages, so no caller can ask for everything at once. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Runs the query for one page and counts all its results. */
    public static <T> Uni<Page<T>> of(PanacheQuery<T> query, int page, int size) {
        return query.page(page, size).list()
                .chain(items -> query.count().map(total -> new Page<>(items, page, size, total)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
