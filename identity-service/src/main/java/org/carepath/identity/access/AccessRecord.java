package org.carepath.identity.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.api.Codes;
import org.carepath.platform.security.CareActor;

/** One read of a person's record: written with the read, never changed (the table refuses it). */
@Entity
@Table(name = "access_audit")
public class AccessRecord {

    public static final String PERMITTED = "permitted";
    public static final String REFUSED = "refused";

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "user_name")
    private String userName;

    private String organisation;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    @Column(nullable = false)
    private String what;

    @Column(nullable = false)
    private String basis;

    @Column(name = "break_glass_reason")
    private String breakGlassReason;

    /** permitted or refused */
    @Column(nullable = false)
    private String outcome;

    @Column(name = "relationship_event_id")
    private String relationshipEventId;

    protected AccessRecord() {
    }

    public AccessRecord(String nhsNumber, CareActor reader, Instant at, String what, Access access) {
        this(nhsNumber, reader, at, what, Codes.of(access.basis()), PERMITTED);
        this.breakGlassReason = access.breakGlassReason();
        this.relationshipEventId = access.relationshipEventId();
    }

    private AccessRecord(String nhsNumber, CareActor reader, Instant at, String what, String basis, String outcome) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.userId = reader.userId();
        this.userName = reader.name();
        this.organisation = reader.organisation();
        this.accessedAt = at;
        this.what = what;
        this.basis = basis;
        this.outcome = outcome;
    }

    /** A read that was refused (no basis to see it, or no such record): on no basis. */
    public static AccessRecord refused(String nhsNumber, CareActor reader, Instant at, String what) {
        return new AccessRecord(nhsNumber, reader, at, what, "none", REFUSED);
    }

    public UUID id() {
        return id;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public String userId() {
        return userId;
    }

    public String userName() {
        return userName;
    }

    public String organisation() {
        return organisation;
    }

    public Instant accessedAt() {
        return accessedAt;
    }

    public String what() {
        return what;
    }

    public String basis() {
        return basis;
    }

    public String breakGlassReason() {
        return breakGlassReason;
    }

    public String outcome() {
        return outcome;
    }

    public String relationshipEventId() {
        return relationshipEventId;
    }
}
