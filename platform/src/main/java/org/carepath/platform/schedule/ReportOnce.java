package org.carepath.platform.schedule;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * How a {@link ScheduledCheck} reports what has fallen due, once each: the look for unreported
 * items and every report (the mark that keeps an item out of the next look, and its events through
 * the outbox) commit in one transaction, so a report is neither lost nor repeated.
 */
@ApplicationScoped
public class ReportOnce {

    /** The most items one look takes: a backlog is worked off over several runs, in short transactions. */
    static final int BATCH = 100;

    private final Changes changes;

    public ReportOnce(Changes changes) {
        this.changes = changes;
    }

    /**
     * Reports each item found and says how many events that made.
     *
     * @param unreported up to so many items still to be reported, locked or keyed so a racing replica cannot report them too
     * @param report     the report of one item: its mark and its events (none when it is not due after all)
     */
    public <T> Uni<Integer> each(IntFunction<Uni<List<T>>> unreported, Function<T, Uni<Change>> report) {
        return Panache.withTransaction(() -> unreported.apply(BATCH)
                .chain(items -> Multi.createFrom().iterable(items)
                        .onItem().transformToUniAndConcatenate(item -> report.apply(item).call(changes::save))
                        .collect().asList()))
                .map(reports -> reports.stream().mapToInt(change -> change.events().size()).sum());
    }
}
