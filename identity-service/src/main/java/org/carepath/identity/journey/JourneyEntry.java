package org.carepath.identity.journey;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.vertx.mutiny.sqlclient.Row;

/** Something that happened to a person, told so a nurse and a social worker both understand it. */
@Entity
@Table(name = "journey_entry")
public class JourneyEntry {

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    /** The CloudEvent id: one entry per event, however often it is delivered. */
    @Column(name = "event_id", nullable = false, unique = true)
    private String eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    /** When it happened (an admission, the start of a delay): the journey's order and what its date filters match. */
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String organisation;

    private String team;

    private String actor;

    @Column(nullable = false)
    private String summary;

    /** When it was recorded in the service it came from (the event's own time). */
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** When this service wrote the entry (a rebuild writes it again): how far the journey lags behind. */
    @Column(name = "projected_at", nullable = false)
    private Instant projectedAt;

    /** The topic the event came from, e.g. {@code care.referrals.v1}. */
    @Column(name = "source_topic")
    private String sourceTopic;

    protected JourneyEntry() {
    }

    JourneyEntry(String sourceTopic, String eventId, String eventType, Told told, Instant projectedAt) {
        this(told.nhsNumber(), eventId, eventType, told.occurredAt(), told.organisation(), told.team(), told.actor(),
                told.summary(), told.recordedAt());
        this.sourceTopic = sourceTopic;
        this.projectedAt = projectedAt;
    }

    private JourneyEntry(String nhsNumber, String eventId, String eventType, Instant occurredAt, String organisation,
            String team, String actor, String summary, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.eventId = eventId;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
        this.organisation = organisation;
        this.team = team;
        this.actor = actor;
        this.summary = summary;
        this.recordedAt = recordedAt;
    }

    /** An entry as the journey's page query returns it: read to be shown, never changed. */
    static JourneyEntry read(Row row) {
        var entry = new JourneyEntry(row.getString("nhs_number"), row.getString("event_id"), row.getString("event_type"),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("organisation"), row.getString("team"),
                row.getString("actor"), row.getString("summary"), row.getOffsetDateTime("recorded_at").toInstant());
        entry.id = row.getUUID("id");
        entry.projectedAt = row.getOffsetDateTime("projected_at").toInstant();
        entry.sourceTopic = row.getString("source_topic");
        return entry;
    }

    public UUID id() {
        return id;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String organisation() {
        return organisation;
    }

    public String team() {
        return team;
    }

    public String actor() {
        return actor;
    }

    public String summary() {
        return summary;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant projectedAt() {
        return projectedAt;
    }

    public String sourceTopic() {
        return sourceTopic;
    }
}
