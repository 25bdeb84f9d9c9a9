package org.carepath.identity.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.events.Practitioner;
import org.carepath.events.identity.BreakGlassUsed;
import org.carepath.platform.domain.Change;
import org.carepath.platform.security.CareActor;

/** Emergency access to one person's record by one member of staff, until it expires. */
@Entity
@Table(name = "break_glass_grant")
public class BreakGlassGrant {

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(name = "user_id", nullable = false)
    private String userId;

    private String organisation;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected BreakGlassGrant() {
    }

    public BreakGlassGrant(String nhsNumber, CareActor to, String role, String reason, Instant at, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.userId = to.userId();
        this.organisation = to.organisation();
        this.role = role;
        this.reason = reason;
        this.grantedAt = at;
        this.expiresAt = expiresAt;
    }

    /** The grant to store, and the identity.break-glass-used event that tells the person's data controllers of it. */
    Change opened(Practitioner by) {
        return Change.of(new BreakGlassUsed(nhsNumber, by, role, reason, expiresAt, grantedAt)).with(this);
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

    public String organisation() {
        return organisation;
    }

    public String role() {
        return role;
    }

    public String reason() {
        return reason;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
