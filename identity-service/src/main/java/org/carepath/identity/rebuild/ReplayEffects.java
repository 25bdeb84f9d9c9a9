package org.carepath.identity.rebuild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepath.identity.journey.JourneyEntry;
import org.carepath.identity.projection.ReplayBatch;
import org.carepath.identity.rebuild.RelationshipChange.Kind;
import org.carepath.identity.relationship.CareRelationship;

import io.smallrye.mutiny.Uni;

/**
 * What one replayed event does to the rebuilt projections, as its handler's replay mode tells it, in order:
 * kept per event so that the writer applies only the events that are new ({@link RebuildBatch}).
 */
final class ReplayEffects implements ReplayBatch {

    private static final Uni<Void> DONE = Uni.createFrom().voidItem();

    private final List<JourneyEntry> entries = new ArrayList<>(1);
    private final List<RelationshipChange> changes = new ArrayList<>(2);
    private final List<Map.Entry<String, String>> sectors = new ArrayList<>(0);

    List<JourneyEntry> entries() {
        return entries;
    }

    List<RelationshipChange> changes() {
        return changes;
    }

    /** Organisations and the sectors they were told to be in, in order. */
    List<Map.Entry<String, String>> sectors() {
        return sectors;
    }

    @Override
    public void journey(JourneyEntry entry) {
        entries.add(entry);
    }

    @Override
    public void sector(String organisation, String sector) {
        sectors.add(Map.entry(organisation, sector));
    }

    @Override
    public Uni<Void> add(CareRelationship... relationships) {
        for (CareRelationship relationship : relationships) {
            changes.add(new RelationshipChange(Kind.ADD, relationship, relationship.subjectKey(), relationship.basis(),
                    null, null));
        }
        return DONE;
    }

    @Override
    public Uni<Void> end(String subjectKey, String basis, Instant at) {
        return change(new RelationshipChange(Kind.END, null, subjectKey, basis, at, null));
    }

    @Override
    public Uni<Void> endAll(String subjectKey, Instant at) {
        return change(new RelationshipChange(Kind.END, null, subjectKey, null, at, null));
    }

    @Override
    public Uni<Void> confirm(String subjectKey, String basis, String byOrganisation, Instant at) {
        return change(new RelationshipChange(Kind.CONFIRM, null, subjectKey, basis, at, byOrganisation));
    }

    @Override
    public Uni<Void> passOn(String subjectKey, String basis, String toSubjectKey) {
        return change(new RelationshipChange(Kind.PASS_ON, null, subjectKey, basis, null, toSubjectKey));
    }

    @Override
    public Uni<Void> reopen(String subjectKey, String basis) {
        return change(new RelationshipChange(Kind.REOPEN, null, subjectKey, basis, null, null));
    }

    private Uni<Void> change(RelationshipChange change) {
        changes.add(change);
        return DONE;
    }
}
