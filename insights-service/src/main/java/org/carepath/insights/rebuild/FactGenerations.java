package org.carepath.insights.rebuild;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The generations of facts: the one read, and the one a rebuild fills beside it. */
@ApplicationScoped
public class FactGenerations {

    private static final List<String> FACT_TABLES = List.of("service_fact", "referral_fact", "delay_fact", "episode_fact",
            "action_fact");

    /** A new, empty generation to build; one a stopped rebuild left behind is dropped first. */
    public Uni<Integer> startBuilding() {
        return Panache.withTransaction(() -> dropWhere("g.state = 'building'")
                .chain(() -> statement("delete from insights_generation where state = 'building'"))
                .chain(() -> Panache.getSession())
                .chain(session -> session.createNativeQuery("""
                                insert into insights_generation (id, state)
                                select max(id) + 1, 'building' from insights_generation returning id""", Integer.class)
                        .getSingleResult()));
    }

    /**
     * Makes the built generation the one read, in one transaction, and drops the one it replaces. A reader
     * sees the old facts or the new, never none.
     */
    public Uni<Void> switchTo(int generation) {
        // the live consumers read the generations in each write: they wait, then write to the new live one only
        return Panache.withTransaction(() -> statement("lock table insights_generation in access exclusive mode")
                .chain(() -> dropWhere("g.state = 'live'"))
                .chain(() -> statement("delete from insights_generation where state = 'live'"))
                .chain(() -> statement("update insights_generation set state = 'live' where id = " + generation)))
                .replaceWithVoid();
    }

    /** A failed rebuild's facts are dropped; the live ones are untouched. */
    public Uni<Void> drop(int generation) {
        return Panache.withTransaction(() -> dropWhere("g.id = " + generation)
                .chain(() -> statement("delete from insights_generation where id = " + generation)))
                .replaceWithVoid();
    }

    private static Uni<Integer> dropWhere(String generations) {
        return Multi.createFrom().iterable(FACT_TABLES)
                .onItem().transformToUniAndConcatenate(table -> statement("delete from " + table
                        + " where generation in (select g.id from insights_generation g where " + generations + ")"))
                .collect().last();
    }

    private static Uni<Integer> statement(String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql).executeUpdate());
    }
}
