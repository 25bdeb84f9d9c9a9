package org.carepath.careplan.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.events.Practitioner;

/** One change of care coordinator: from whom (none for the first), to whom, why and by whom. */
@Entity
@Table(name = "coordinator_handover")
public class CoordinatorHandover {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "from_user")
    private String fromUser;

    @Column(name = "from_name")
    private String fromName;

    @Column(name = "from_organisation")
    private String fromOrganisation;

    @Column(name = "from_team")
    private String fromTeam;

    @Column(name = "to_user", nullable = false)
    private String toUser;

    @Column(name = "to_name", nullable = false)
    private String toName;

    @Column(name = "to_organisation", nullable = false)
    private String toOrganisation;

    @Column(name = "to_team")
    private String toTeam;

    private String reason;

    @Column(name = "by_user")
    private String byUser;

    @Column(nullable = false)
    private Instant at;

    protected CoordinatorHandover() {
    }

    public CoordinatorHandover(UUID planId, Practitioner from, Practitioner to, String reason, String byUser, Instant at) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        if (from != null) {
            this.fromUser = from.userId();
            this.fromName = from.name();
            this.fromOrganisation = from.organisation();
            this.fromTeam = from.team();
        }
        this.toUser = to.userId();
        this.toName = to.name();
        this.toOrganisation = to.organisation();
        this.toTeam = to.team();
        this.reason = reason;
        this.byUser = byUser;
        this.at = at;
    }

    public Practitioner from() {
        return fromUser == null ? null : new Practitioner(fromUser, fromName, fromOrganisation, fromTeam);
    }

    public Practitioner to() {
        return new Practitioner(toUser, toName, toOrganisation, toTeam);
    }

    public String reason() { return reason; }
    public String byUser() { return byUser; }
    public Instant at() { return at; }
}
