package org.carepath.referrals.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.events.Practitioner;

/** One step of a referral's history: who moved it, when, from what to what, and why. */
@Entity
@Table(name = "referral_transition")
public class ReferralTransition {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ReferralStatus toStatus;

    @Column(name = "by_user", nullable = false)
    private String byUser;

    @Column(name = "by_name")
    private String byName;

    @Column(name = "by_organisation")
    private String byOrganisation;

    @Column(name = "by_team")
    private String byTeam;

    private String reason;

    @Column(nullable = false)
    private Instant at;

    protected ReferralTransition() {
    }

    ReferralTransition(UUID referralId, ReferralAction action, ReferralStatus from, ReferralStatus to, Practitioner by,
            String reason, Instant at) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.byUser = by.userId();
        this.byName = by.name();
        this.byOrganisation = by.organisation();
        this.byTeam = by.team();
        this.reason = reason;
        this.at = at;
    }

    public ReferralAction action() {
        return action;
    }

    public ReferralStatus fromStatus() {
        return fromStatus;
    }

    public ReferralStatus toStatus() {
        return toStatus;
    }

    public String byUser() {
        return byUser;
    }

    public String byName() {
        return byName;
    }

    public String byOrganisation() {
        return byOrganisation;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
