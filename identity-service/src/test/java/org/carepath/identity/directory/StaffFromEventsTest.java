package org.carepath.identity.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * The directory learns the acting practitioner of each consumed event inside the consumer's transaction: an event
 * that tells nothing new must neither write nor lock their row, or every consumer applying events by the same member
 * of staff would queue behind the one before it.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class StaffFromEventsTest {

    @Inject
    StaffRepository staff;

    @Test
    void anEventNamingSomeoneKnownAndUnchangedWaitsForNoOneAndWritesNothing() throws Throwable {
        String userId = "clerk." + UUID.randomUUID();
        inTransaction(() -> staff.upsertFromEvent(userId, "Busy Clerk", Cast.HOSPITAL, "ward-7"));
        try (Connection holder = TestPostgres.get().connect(CarePathTestResource.DATABASE)) {
            holder.setAutoCommit(false);
            // another transaction holds the row, as a consumer applying the clerk's previous event did until its commit
            try (PreparedStatement lock = holder.prepareStatement("select 1 from practitioner where user_id = ? for update")) {
                lock.setString(1, userId);
                lock.executeQuery().close();
            }

            // bounded well under the statement timeout: a write that waited for the lock would not finish
            ExecutorService aside = Executors.newSingleThreadExecutor();
            try {
                inTransactionAside(aside, () -> staff.upsertFromEvent(userId, "Busy Clerk", Cast.HOSPITAL, "ward-7"))
                        .get(5, TimeUnit.SECONDS);
            } finally {
                aside.shutdownNow();
            }
            holder.rollback();
        }
        assertEquals(List.of("Busy Clerk|" + Cast.HOSPITAL + "|ward-7|1"), rows(userId));
    }

    @Test
    void anEventThatSaysSomethingNewChangesTheEntryOnce() throws Throwable {
        String userId = "mover." + UUID.randomUUID();
        inTransaction(() -> staff.upsertFromEvent(userId, "Mo Ver", Cast.HOSPITAL, "ward-7"));
        inTransaction(() -> staff.upsertFromEvent(userId, "Mo Ver", Cast.HOSPITAL, "ward-9"));
        inTransaction(() -> staff.upsertFromEvent(userId, "Mo Ver", Cast.HOSPITAL, "ward-7"));
        inTransaction(() -> staff.upsertFromEvent(userId, "Mo Ver", Cast.HOSPITAL, null));
        assertEquals(List.of("Mo Ver|" + Cast.HOSPITAL + "|ward-7,ward-9|2"), rows(userId));

        inTransaction(() -> staff.upsertFromEvent(userId, "Mo Ver", Cast.COMMUNITY, null));
        assertEquals(List.of("Mo Ver|" + Cast.COMMUNITY + "|ward-7,ward-9|3"), rows(userId));
    }

    @Test
    void eventsFirstNamingSomeoneAtTheSameTimeEachAddTheirTeam() throws Throwable {
        String userId = "newcomer." + UUID.randomUUID();
        List<String> teams = List.of("team-a", "team-b", "team-c", "team-d", "team-e", "team-f");
        ExecutorService threads = Executors.newFixedThreadPool(teams.size());
        try {
            List<CompletableFuture<Void>> writes = new ArrayList<>();
            for (String team : teams) {
                writes.add(inTransactionAside(threads, () -> staff.upsertFromEvent(userId, "New Comer", Cast.COUNCIL, team)));
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        List<String> entry = rows(userId);
        assertEquals(1, entry.size());
        String[] fields = entry.get(0).split("\\|");
        assertEquals(teams, List.of(fields[2].split(",")).stream().sorted().toList(), "every team, once");
    }

    /** name|organisation|teams|version of the user's directory rows. */
    private static List<String> rows(String userId) throws SQLException {
        try (Connection connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                PreparedStatement query = connection.prepareStatement(
                        "select name, organisation, teams, version from practitioner where user_id = ?")) {
            query.setString(1, userId);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|"
                            + result.getLong(4));
                }
            }
            return rows;
        }
    }

    /** On a thread of its own, so the test can bound the wait or start several at once. */
    private static CompletableFuture<Void> inTransactionAside(ExecutorService threads, Supplier<Uni<Void>> work) {
        return CompletableFuture.runAsync(() -> {
            try {
                inTransaction(work);
            } catch (Throwable failure) {
                throw new CompletionException(failure);
            }
        }, threads);
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }
}
