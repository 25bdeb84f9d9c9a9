package org.carepath.identity.rebuild;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.carepath.identity.journey.JourneyEntry;
import org.carepath.identity.projection.ReplayBatch;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.identity.rebuild.RebuildSteps.Step;
import org.carepath.identity.relationship.CareRelationship;

import io.smallrye.mutiny.Uni;

/**
 * One batch of replayed events, applied to the rebuilt tables with a handful of statements instead of
 * several round trips per event: the processed ids in one insert (which also says which events are
 * new), the journey entries in one, the sectors in one, and the relationship changes replayed in memory
 * over the rows they touch (loaded in one query) and written back in two. The changes are applied in
 * the events' order with the same conditions as the live statements, so the rows come out the same.
 */
final class RebuildBatch implements ReplayBatch {

    private static final String MARK_PROCESSED = """
            insert into rebuild.processed_event (consumer, event_id, processed_at)
            select ?, id, now() from unnest(?::varchar[]) as id
            on conflict do nothing
            returning event_id""";
    private static final String INSERT_JOURNEY = """
            insert into rebuild.journey_entry (id, nhs_number, event_id, event_type, occurred_at, organisation, team,
                actor, summary, recorded_at, source_topic, projected_at)
            select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[],
                ?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[], ?::varchar[], ?::timestamptz[])""";
    // A join, not "subject_key = any(?)": the copy has no statistics while it loads, and the generic plan
    // for that scanned the whole copy, comparing each row with every subject of the chunk (seconds a chunk).
    private static final String TOUCHED_RELATIONSHIPS = """
            select r.id, r.subject_key, r.basis, r.organisation, r.ended_at, r.confirmed_at
            from unnest(?::varchar[]) as touched (subject_key)
            join rebuild.care_relationship r on r.subject_key = touched.subject_key""";
    private static final String INSERT_RELATIONSHIPS = """
            insert into rebuild.care_relationship (id, nhs_number, organisation, team, basis, subject_key, description,
                practitioner, source_event_id, started_at, ended_at, origin_event_type, own_act, initiated_by,
                initiated_by_name, stated_reason, lapses_at, confirmed_at)
            select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::timestamptz[], ?::varchar[], ?::boolean[],
                ?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[], ?::timestamptz[])""";
    private static final String UPDATE_RELATIONSHIPS = """
            update rebuild.care_relationship r
            set ended_at = changed.ended_at, confirmed_at = changed.confirmed_at, subject_key = changed.subject_key
            from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::varchar[])
                as changed (id, ended_at, confirmed_at, subject_key)
            where r.id = changed.id""";
    private static final String LEARN_SECTORS = """
            insert into rebuild.organisation_sector (organisation, sector)
            select * from unnest(?::varchar[], ?::varchar[])
            on conflict (organisation) do update set sector = excluded.sector""";

    private final List<JourneyEntry> entries = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, String> sectors = new LinkedHashMap<>();

    /** Applies the events (in order) in the connection's transaction; the caller commits. */
    static void write(Connection connection, List<ReplayedEvent> events, RebuildSteps steps) throws SQLException {
        long started = System.nanoTime();
        Set<String> fresh = markProcessed(connection, events);
        started = steps.since(Step.PROCESSED_IDS, started);
        var batch = new RebuildBatch();
        for (ReplayedEvent replayed : events) {
            // applied once, as the live consumer does: a redelivered event (or one already in an earlier batch) is skipped
            if (replayed.event() != null && fresh.remove(replayed.event().id())) {
                replayed.projection().replay(replayed.event(), batch).await().indefinitely();
            }
        }
        started = steps.since(Step.REPLAYING, started);
        batch.flush(connection, steps, started);
    }

    @Override
    public void journey(JourneyEntry entry) {
        entries.add(entry);
    }

    @Override
    public void sector(String organisation, String sector) {
        sectors.remove(organisation);
        sectors.put(organisation, sector);
    }

    @Override
    public Uni<Void> add(CareRelationship... relationships) {
        for (CareRelationship relationship : relationships) {
            changes.add(new Change(Kind.ADD, relationship, relationship.subjectKey(), relationship.basis(), null, null));
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> end(String subjectKey, String basis, Instant at) {
        return change(new Change(Kind.END, null, subjectKey, basis, at, null));
    }

    @Override
    public Uni<Void> endAll(String subjectKey, Instant at) {
        return change(new Change(Kind.END, null, subjectKey, null, at, null));
    }

    @Override
    public Uni<Void> confirm(String subjectKey, String basis, String byOrganisation, Instant at) {
        return change(new Change(Kind.CONFIRM, null, subjectKey, basis, at, byOrganisation));
    }

    @Override
    public Uni<Void> passOn(String subjectKey, String basis, String toSubjectKey) {
        return change(new Change(Kind.PASS_ON, null, subjectKey, basis, null, toSubjectKey));
    }

    @Override
    public Uni<Void> reopen(String subjectKey, String basis) {
        return change(new Change(Kind.REOPEN, null, subjectKey, basis, null, null));
    }

    private Uni<Void> change(Change change) {
        changes.add(change);
        return Uni.createFrom().voidItem();
    }

    private static Set<String> markProcessed(Connection connection, List<ReplayedEvent> events) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        events.stream()
                .filter(replayed -> replayed.event() != null)
                .forEach(replayed -> ids.add(replayed.event().id()));
        Set<String> fresh = new HashSet<>();
        if (ids.isEmpty()) {
            return fresh;
        }
        try (PreparedStatement statement = connection.prepareStatement(MARK_PROCESSED)) {
            statement.setString(1, TopicProjection.CONSUMER);
            statement.setArray(2, texts(connection, ids.stream().toList(), Function.identity()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    fresh.add(result.getString(1));
                }
            }
        }
        return fresh;
    }

    private void flush(Connection connection, RebuildSteps steps, long started) throws SQLException {
        insertJourney(connection);
        started = steps.since(Step.JOURNEY_ROWS, started);
        relate(connection);
        started = steps.since(Step.RELATIONSHIPS, started);
        learnSectors(connection);
        steps.since(Step.SECTORS, started);
    }

    private void insertJourney(Connection connection) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_JOURNEY)) {
            statement.setArray(1, texts(connection, entries, entry -> entry.id().toString()));
            statement.setArray(2, texts(connection, entries, JourneyEntry::nhsNumber));
            statement.setArray(3, texts(connection, entries, JourneyEntry::eventId));
            statement.setArray(4, texts(connection, entries, JourneyEntry::eventType));
            statement.setArray(5, texts(connection, entries, entry -> text(entry.occurredAt())));
            statement.setArray(6, texts(connection, entries, JourneyEntry::organisation));
            statement.setArray(7, texts(connection, entries, JourneyEntry::team));
            statement.setArray(8, texts(connection, entries, JourneyEntry::actor));
            statement.setArray(9, texts(connection, entries, JourneyEntry::summary));
            statement.setArray(10, texts(connection, entries, entry -> text(entry.recordedAt())));
            statement.setArray(11, texts(connection, entries, JourneyEntry::sourceTopic));
            statement.setArray(12, texts(connection, entries, entry -> text(entry.projectedAt())));
            statement.executeUpdate();
        }
    }

    /** The relationship changes in order, over the rows they touch: earlier batches' and this batch's own. */
    private void relate(Connection connection) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, List<Row>> bySubject = touchedRows(connection);
        List<Row> added = new ArrayList<>();
        for (Change change : changes) {
            if (change.kind() == Kind.ADD) {
                Row row = new Row(change.added().id(), change.subjectKey(), change.basis(), change.added().organisation(),
                        null, null, change.added());
                added.add(row);
                bySubject.computeIfAbsent(change.subjectKey(), key -> new ArrayList<>()).add(row);
            } else if (change.kind() == Kind.PASS_ON) {
                passOn(bySubject, change);
            } else {
                bySubject.getOrDefault(change.subjectKey(), List.of()).forEach(change::applyTo);
            }
        }
        insertRelationships(connection, added);
        updateRelationships(connection, bySubject.values().stream()
                .flatMap(List::stream)
                .filter(row -> row.added == null && row.changed)
                .toList());
    }

    /** As the live update: the open rows of the basis move to the other subject, where later changes find them. */
    private static void passOn(Map<String, List<Row>> bySubject, Change change) {
        List<Row> from = bySubject.getOrDefault(change.subjectKey(), new ArrayList<>());
        List<Row> moving = from.stream()
                .filter(row -> change.basis().equals(row.basis) && row.endedAt == null)
                .toList();
        from.removeAll(moving);
        moving.forEach(row -> row.moveTo(change.other()));
        bySubject.computeIfAbsent(change.other(), key -> new ArrayList<>()).addAll(moving);
    }

    private Map<String, List<Row>> touchedRows(Connection connection) throws SQLException {
        List<String> subjects = changes.stream()
                .filter(change -> change.kind() != Kind.ADD)
                .flatMap(change -> change.kind() == Kind.PASS_ON
                        ? Stream.of(change.subjectKey(), change.other())
                        : Stream.of(change.subjectKey()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, List<Row>> bySubject = new HashMap<>();
        if (subjects.isEmpty()) {
            return bySubject;
        }
        try (PreparedStatement statement = connection.prepareStatement(TOUCHED_RELATIONSHIPS)) {
            statement.setArray(1, texts(connection, subjects, Function.identity()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    bySubject.computeIfAbsent(result.getString(2), key -> new ArrayList<>())
                            .add(new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                                    result.getString(4), instant(result.getObject(5, OffsetDateTime.class)),
                                    instant(result.getObject(6, OffsetDateTime.class)), null));
                }
            }
        }
        return bySubject;
    }

    private static void insertRelationships(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<CareRelationship> added = rows.stream().map(row -> row.added).toList();
        try (PreparedStatement statement = connection.prepareStatement(INSERT_RELATIONSHIPS)) {
            statement.setArray(1, texts(connection, added, relationship -> relationship.id().toString()));
            statement.setArray(2, texts(connection, added, CareRelationship::nhsNumber));
            statement.setArray(3, texts(connection, added, CareRelationship::organisation));
            statement.setArray(4, texts(connection, added, CareRelationship::team));
            statement.setArray(5, texts(connection, added, CareRelationship::basis));
            statement.setArray(6, texts(connection, rows, row -> row.subjectKey));
            statement.setArray(7, texts(connection, added, CareRelationship::description));
            statement.setArray(8, texts(connection, added, CareRelationship::practitioner));
            statement.setArray(9, texts(connection, added, CareRelationship::sourceEventId));
            statement.setArray(10, texts(connection, added, relationship -> text(relationship.startedAt())));
            statement.setArray(11, texts(connection, rows, row -> text(row.endedAt)));
            statement.setArray(12, texts(connection, added, CareRelationship::originEventType));
            statement.setArray(13, texts(connection, added, relationship -> String.valueOf(relationship.isOwnAct())));
            statement.setArray(14, texts(connection, added, CareRelationship::initiatedBy));
            statement.setArray(15, texts(connection, added, CareRelationship::initiatedByName));
            statement.setArray(16, texts(connection, added, CareRelationship::statedReason));
            statement.setArray(17, texts(connection, added, relationship -> text(relationship.lapsesAt())));
            statement.setArray(18, texts(connection, rows, row -> text(row.confirmedAt)));
            statement.executeUpdate();
        }
    }

    private static void updateRelationships(Connection connection, List<Row> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_RELATIONSHIPS)) {
            statement.setArray(1, texts(connection, changed, row -> row.id.toString()));
            statement.setArray(2, texts(connection, changed, row -> text(row.endedAt)));
            statement.setArray(3, texts(connection, changed, row -> text(row.confirmedAt)));
            statement.setArray(4, texts(connection, changed, row -> row.subjectKey));
            statement.executeUpdate();
        }
    }

    private void learnSectors(Connection connection) throws SQLException {
        if (sectors.isEmpty()) {
            return;
        }
        List<Map.Entry<String, String>> learned = List.copyOf(sectors.entrySet());
        try (PreparedStatement statement = connection.prepareStatement(LEARN_SECTORS)) {
            statement.setArray(1, texts(connection, learned, Map.Entry::getKey));
            statement.setArray(2, texts(connection, learned, Map.Entry::getValue));
            statement.executeUpdate();
        }
    }

    // Every column goes as a text array, cast in the statement: one parameter per column, whatever the batch size.
    private static <T> Array texts(Connection connection, List<T> items, Function<T, String> column) throws SQLException {
        return connection.createArrayOf("text", items.stream().map(column).toArray(String[]::new));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private enum Kind { ADD, END, CONFIRM, PASS_ON, REOPEN }

    /**
     * A relationship change as the live statements make it (RelationshipRepository): add a row; end the
     * subject's open rows (of one basis, or all: basis null); confirm the open, unconfirmed rows of one basis
     * but the acting organisation's ({@code other}); pass the open rows of one basis on to another subject
     * ({@code other}); or reopen the subject's rows of one basis.
     */
    private record Change(Kind kind, CareRelationship added, String subjectKey, String basis, Instant at, String other) {

        void applyTo(Row row) {
            if (basis != null && !basis.equals(row.basis)) {
                return;
            }
            switch (kind) {
                case REOPEN -> row.end(null);
                case END -> {
                    if (row.endedAt == null) {
                        row.end(at);
                    }
                }
                case CONFIRM -> {
                    if (row.endedAt == null && row.confirmedAt == null && !other.equals(row.organisation)) {
                        row.confirm(at);
                    }
                }
                default -> throw new IllegalStateException(kind + " is not applied row by row");
            }
        }
    }

    /** A relationship row as this batch sees it: loaded (added null) or added by the batch. */
    private static final class Row {

        private final UUID id;
        private final String basis;
        private final String organisation;
        private final CareRelationship added;
        private String subjectKey;
        private Instant endedAt;
        private Instant confirmedAt;
        private boolean changed;

        Row(UUID id, String subjectKey, String basis, String organisation, Instant endedAt, Instant confirmedAt,
                CareRelationship added) {
            this.id = id;
            this.subjectKey = subjectKey;
            this.basis = basis;
            this.organisation = organisation;
            this.endedAt = endedAt;
            this.confirmedAt = confirmedAt;
            this.added = added;
        }

        void end(Instant at) {
            endedAt = at;
            changed = true;
        }

        void confirm(Instant at) {
            confirmedAt = at;
            changed = true;
        }

        void moveTo(String subject) {
            subjectKey = subject;
            changed = true;
        }
    }
}
