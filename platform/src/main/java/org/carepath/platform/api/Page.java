package org.carepath.platform.api;

import java.util.List;
import java.util.function.Function;

import org.carepath.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;

/** One page of a list: every list endpoint pages, so no caller can ask for everything at once. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Runs the query for one page and counts all its results. */
    public static <T> Uni<Page<T>> of(PanacheQuery<T> query, int page, int size) {
        return firstResult(page, size)
                .chain(first -> query.range(first, first + size - 1).list())
                .chain(items -> query.count().map(total -> new Page<>(items, page, size, total)));
    }

    /** The index of the page's first row; a page reaching past what an int can index is a 400, not an overflow. */
    public static Uni<Integer> firstResult(int page, int size) {
        if (((long) page + 1) * size - 1 > Integer.MAX_VALUE) {
            return Uni.createFrom().failure(ProblemException.badRequest(
                    "page " + page + " of " + size + " starts past the end of any list; ask for an earlier page"));
        }
        return Uni.createFrom().item(page * size);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
