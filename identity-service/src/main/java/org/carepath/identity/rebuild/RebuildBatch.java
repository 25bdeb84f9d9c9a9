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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.carepath.identity.journey.JourneyEntry;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.identity.rebuild.RebuildSteps.Step;
import org.carepath.identity.rebuild.RelationshipChange.Kind;
import org.carepath.identity.relationship.CareRelationship;

/**
 * One batch of replayed events, applied to the rebuilt tables in a handful of round trips instead of several
 * per event: the processed ids, the journey entries and the new relationships each in one binary COPY, the
 * relationship changes replayed in memory over the rows they touch (loaded in one query) and the changed rows
 * written back in one update, the sectors in one insert. The changes are applied in the events' order with the
 * same conditions as the live statements, so the rows come out the same.
 */
final class RebuildBatch {

    /** How the batch learns which of its events are new, so that each is applied once, as the live consumer does. */
    enum Redelivery {
        /**
         * None expected (the usual case: a rebuild reads each offset once): the ids are copied in, and one that is
         * there already (a redelivered event) breaks the primary key and fails the transaction; the caller then
         * writes the batch again {@link #SKIPPED}.
         */
        NOT_EXPECTED,
        /** Each id is inserted unless it is there, and only the events whose id was inserted are applied. */
        SKIPPED
    }

    private static final String COPY_PROCESSED = """
            copy rebuild.processed_event (consumer, event_id, processed_at) from stdin (format binary)""";
    private static final String MARK_PROCESSED = """
            insert into rebuild.processed_event (consumer, event_id, processed_at)
            select ?, id, ?::timestamptz from unnest(?::varchar[]) as id
            on conflict do nothing
            returning event_id""";
    private static final String COPY_JOURNEY = """
            copy rebuild.journey_entry (id, nhs_number, event_id, event_type, occurred_at, organisation, team, actor,
                summary, recorded_at, source_topic, projected_at) from stdin (format binary)""";
    // A join, not "subject_key = any(?)": the copy has no statistics while it loads, and the generic plan
    // for that scanned the whole copy, comparing each row with every subject of the chunk (seconds a chunk).
    private static final String TOUCHED_RELATIONSHIPS = """
            select r.id, r.subject_key, r.basis, r.organisation, r.ended_at, r.confirmed_at
            from unnest(?::varchar[]) as touched (subject_key)
            join rebuild.care_relationship r on r.subject_key = touched.subject_key""";
    private static final String COPY_RELATIONSHIPS = """
            copy rebuild.care_relationship (id, nhs_number, organisation, team, basis, subject_key, description,
                practitioner, source_event_id, started_at, ended_at, origin_event_type, own_act, initiated_by,
                initiated_by_name, stated_reason, lapses_at, confirmed_at) from stdin (format binary)""";
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

    private final Connection connection;
    private final List<JourneyEntry> entries;
    private final List<RelationshipChange> changes;
    private final Map<String, String> sectors = new LinkedHashMap<>();

    private RebuildBatch(Connection connection, int events) {
        this.connection = connection;
        this.entries = new ArrayList<>(events);
        this.changes = new ArrayList<>(events);
    }

    /**
     * Applies the events' effects (in order) in the connection's transaction; the caller commits.
     *
     * @param processedAt when the events count as processed
     */
    static void write(Connection connection, List<ReplayedEvent> events, Redelivery redelivery, Instant processedAt,
            RebuildSteps steps) throws SQLException {
        long started = System.nanoTime();
        var batch = new RebuildBatch(connection, events.size());
        List<String> ids = events.stream()
                .map(ReplayedEvent::eventId)
                .filter(Objects::nonNull)
                .toList();
        Set<String> distinct = new HashSet<>(ids);
        // a batch holding an event twice is checked at once rather than copied in to fail
        Set<String> fresh = redelivery == Redelivery.NOT_EXPECTED && distinct.size() == ids.size()
                ? batch.copyProcessed(distinct, processedAt)
                : batch.markProcessed(distinct, processedAt);
        for (ReplayedEvent replayed : events) {
            // applied once, as the live consumer does: a redelivered event (or one already in an earlier batch) is skipped
            if (replayed.eventId() != null && fresh.remove(replayed.eventId())) {
                batch.collect(replayed.effects());
            }
        }
        started = steps.since(Step.PROCESSED_IDS, started);
        batch.copyJourney();
        started = steps.since(Step.JOURNEY_ROWS, started);
        batch.relate();
        started = steps.since(Step.RELATIONSHIPS, started);
        batch.learnSectors();
        steps.since(Step.SECTORS, started);
    }

    private void collect(ReplayEffects effects) {
        entries.addAll(effects.entries());
        changes.addAll(effects.changes());
        effects.sectors().forEach(told -> {
            // once per organisation in the upsert, at the place of its last change
            sectors.remove(told.getKey());
            sectors.put(told.getKey(), told.getValue());
        });
    }

    /** Every id, as none can be there yet (the primary key fails the transaction if one is); returns them. */
    private Set<String> copyProcessed(Set<String> ids, Instant processedAt) throws SQLException {
        try (var copy = new BinaryCopy(connection, COPY_PROCESSED)) {
            for (String id : ids) {
                copy.row(3).text(TopicProjection.CONSUMER).text(id).time(processedAt);
            }
            copy.finish();
        }
        return ids;
    }

    /** Each id unless it is there; returns those that were not, the events that are new. */
    private Set<String> markProcessed(Set<String> ids, Instant processedAt) throws SQLException {
        Set<String> fresh = new HashSet<>();
        if (ids.isEmpty()) {
            return fresh;
        }
        try (PreparedStatement statement = connection.prepareStatement(MARK_PROCESSED)) {
            statement.setString(1, TopicProjection.CONSUMER);
            statement.setString(2, text(processedAt));
            statement.setArray(3, texts(List.copyOf(ids), Function.identity()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    fresh.add(result.getString(1));
                }
            }
        }
        return fresh;
    }

    private void copyJourney() throws SQLException {
        try (var copy = new BinaryCopy(connection, COPY_JOURNEY)) {
            for (JourneyEntry entry : entries) {
                copy.row(12)
                        .uuid(entry.id())
                        .text(entry.nhsNumber())
                        .text(entry.eventId())
                        .text(entry.eventType())
                        .time(entry.occurredAt())
                        .text(entry.organisation())
                        .text(entry.team())
                        .text(entry.actor())
                        .text(entry.summary())
                        .time(entry.recordedAt())
                        .text(entry.sourceTopic())
                        .time(entry.projectedAt());
            }
            copy.finish();
        }
    }

    /** The relationship changes in order, over the rows they touch: earlier batches' and this batch's own. */
    private void relate() throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, List<Row>> bySubject = touchedRows();
        List<Row> added = new ArrayList<>();
        for (RelationshipChange change : changes) {
            if (change.kind() == Kind.ADD) {
                Row row = new Row(change.added().id(), change.subjectKey(), change.basis(), change.added().organisation(),
                        null, null, change.added());
                added.add(row);
                bySubject.computeIfAbsent(change.subjectKey(), key -> new ArrayList<>()).add(row);
            } else if (change.kind() == Kind.PASS_ON) {
                passOn(bySubject, change);
            } else {
                bySubject.getOrDefault(change.subjectKey(), List.of()).forEach(row -> row.apply(change));
            }
        }
        copyRelationships(added);
        updateRelationships(bySubject.values().stream()
                .flatMap(List::stream)
                .filter(row -> row.added == null && row.changed)
                .toList());
    }

    /** As the live update: the open rows of the basis move to the other subject, where later changes find them. */
    private static void passOn(Map<String, List<Row>> bySubject, RelationshipChange change) {
        List<Row> from = bySubject.getOrDefault(change.subjectKey(), new ArrayList<>());
        List<Row> moving = from.stream()
                .filter(row -> change.basis().equals(row.basis) && row.endedAt == null)
                .toList();
        from.removeAll(moving);
        moving.forEach(row -> row.moveTo(change.other()));
        bySubject.computeIfAbsent(change.other(), key -> new ArrayList<>()).addAll(moving);
    }

    private Map<String, List<Row>> touchedRows() throws SQLException {
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
            statement.setArray(1, texts(subjects, Function.identity()));
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

    private void copyRelationships(List<Row> rows) throws SQLException {
        try (var copy = new BinaryCopy(connection, COPY_RELATIONSHIPS)) {
            for (Row row : rows) {
                CareRelationship added = row.added;
                copy.row(18)
                        .uuid(added.id())
                        .text(added.nhsNumber())
                        .text(added.organisation())
                        .text(added.team())
                        .text(added.basis())
                        .text(row.subjectKey)
                        .text(added.description())
                        .text(added.practitioner())
                        .text(added.sourceEventId())
                        .time(added.startedAt())
                        .time(row.endedAt)
                        .text(added.originEventType())
                        .bool(added.isOwnAct())
                        .text(added.initiatedBy())
                        .text(added.initiatedByName())
                        .text(added.statedReason())
                        .time(added.lapsesAt())
                        .time(row.confirmedAt);
            }
            copy.finish();
        }
    }

    private void updateRelationships(List<Row> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_RELATIONSHIPS)) {
            statement.setArray(1, texts(changed, row -> row.id.toString()));
            statement.setArray(2, texts(changed, row -> text(row.endedAt)));
            statement.setArray(3, texts(changed, row -> text(row.confirmedAt)));
            statement.setArray(4, texts(changed, row -> row.subjectKey));
            statement.executeUpdate();
        }
    }

    private void learnSectors() throws SQLException {
        if (sectors.isEmpty()) {
            return;
        }
        List<Map.Entry<String, String>> learned = List.copyOf(sectors.entrySet());
        try (PreparedStatement statement = connection.prepareStatement(LEARN_SECTORS)) {
            statement.setArray(1, texts(learned, Map.Entry::getKey));
            statement.setArray(2, texts(learned, Map.Entry::getValue));
            statement.executeUpdate();
        }
    }

    // Every column goes as a text array, cast in the statement: one parameter per column, whatever the batch size.
    private <T> Array texts(List<T> items, Function<T, String> column) throws SQLException {
        return connection.createArrayOf("text", items.stream().map(column).toArray(String[]::new));
    }

    // as the COPY sends times: truncated to the microsecond, where PostgreSQL would round the text
    private static String text(Instant instant) {
        return instant == null ? null : BinaryCopy.asStored(instant).toString();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
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

        /** An end, confirmation or reopening of the subject's rows, with the live statement's conditions. */
        void apply(RelationshipChange change) {
            if (change.basis() != null && !change.basis().equals(basis)) {
                return;
            }
            switch (change.kind()) {
                case REOPEN -> end(null);
                case END -> {
                    if (endedAt == null) {
                        end(change.at());
                    }
                }
                case CONFIRM -> {
                    if (endedAt == null && confirmedAt == null && !change.other().equals(organisation)) {
                        confirm(change.at());
                    }
                }
                default -> throw new IllegalStateException(change.kind() + " is not applied row by row");
            }
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
