package org.carepath.careplan.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place on a person's care team, from joining until leaving. */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private String organisation;

    private String team;

    @Column(name = "practitioner_user")
    private String practitionerUser;

    @Column(name = "practitioner_name")
    private String practitionerName;

    @Column(nullable = false)
    private String role;

    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "left_reason")
    private String leftReason;

    protected CareTeamMember() {
    }

    CareTeamMember(UUID planId, NewMember member, UUID referralId, Instant joinedAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.organisation = member.organisation();
        this.team = member.team();
        this.practitionerUser = member.practitionerUserId();
        this.practitionerName = member.practitionerName();
        this.role = member.role();
        this.referralId = referralId;
        this.joinedAt = joinedAt;
    }

    boolean isCurrent() {
        return leftAt == null;
    }

    /** The same organisation, team and practitioner: joining again would add nothing. */
    boolean isSamePlaceAs(NewMember member) {
        return organisation.equals(member.organisation()) && Objects.equals(team, member.team())
                && Objects.equals(practitionerUser, member.practitionerUserId());
    }

    void leave(String reason, Instant at) {
        leftAt = at;
        leftReason = reason;
    }

    public UUID id() { return id; }
    public String organisation() { return organisation; }
    public String team() { return team; }
    public String practitionerUser() { return practitionerUser; }
    public String practitionerName() { return practitionerName; }
    public String role() { return role; }
    public UUID referralId() { return referralId; }
    public Instant joinedAt() { return joinedAt; }
    public Instant leftAt() { return leftAt; }
    public String leftReason() { return leftReason; }
}
