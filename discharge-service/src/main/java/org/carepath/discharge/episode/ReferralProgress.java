package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How far a referral has got, as care.referrals.v1 told it: the steps it reached and when, and how it
 * closed. A delay linked to the referral derives its chain from this ({@link WaitingChain}); nobody types it.
 * The person's events share one partition, so they arrive in the order they happened.
 */
@Entity
@Table(name = "referral_progress")
public class ReferralProgress implements Awaited {

    @Id
    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    /** The receiving organisation: whom a delay linked to this referral waits on. */
    @Column(name = "target_organisation")
    private String targetOrganisation;

    @Column(name = "target_team")
    private String targetTeam;

    @Column(name = "service_name")
    private String serviceName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "on_hold", nullable = false)
    private boolean onHold;

    /** rejected, cancelled, redirected or completed; null while the referral is open. */
    @Column(name = "closed_as")
    private String closedAs;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_reason")
    private String closedReason;

    /** A redirected referral's onward referral, which the chain follows. */
    @Column(name = "onward_referral_id")
    private UUID onwardReferralId;

    protected ReferralProgress() {
    }

    /** A referral first heard of by any of its events: what the others told is filled in as they come. */
    public ReferralProgress(UUID referralId, String nhsNumber) {
        this.referralId = referralId;
        this.nhsNumber = nhsNumber;
    }

    public void submitted(String organisation, String team, String service, Instant at) {
        addressed(organisation, team, service);
        submittedAt = at;
    }

    public void received(Instant at) {
        receivedAt = receivedAt == null ? at : receivedAt;
    }

    public void accepted(String organisation, String team, String service, Instant at) {
        addressed(organisation, team, service);
        acceptedAt = at;
    }

    public void started(Instant at) {
        startedAt = startedAt == null ? at : startedAt;
    }

    public void held() {
        onHold = true;
    }

    public void resumed() {
        onHold = false;
    }

    /** Rejected, cancelled or completed. */
    public void closed(String as, String reason, Instant at) {
        closedAs = as;
        closedReason = reason;
        closedAt = at;
        onHold = false;
    }

    public void redirected(String reason, UUID onward, Instant at) {
        closed("redirected", reason, at);
        onwardReferralId = onward;
    }

    private void addressed(String organisation, String team, String service) {
        targetOrganisation = organisation == null ? targetOrganisation : organisation;
        targetTeam = team == null ? targetTeam : team;
        serviceName = service == null ? serviceName : service;
    }

    @Override
    public boolean isNamedBy(WaitingOn waitingOn) {
        return referralId.equals(waitingOn.referralId());
    }

    @Override
    public String accountableOrganisation() {
        return targetOrganisation;
    }

    public UUID referralId() { return referralId; }
    @Override
    public String nhsNumber() { return nhsNumber; }
    public String targetOrganisation() { return targetOrganisation; }
    public String targetTeam() { return targetTeam; }
    public String serviceName() { return serviceName; }
    public Instant submittedAt() { return submittedAt; }
    public Instant receivedAt() { return receivedAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant startedAt() { return startedAt; }
    public boolean onHold() { return onHold; }
    public String closedAs() { return closedAs; }
    public Instant closedAt() { return closedAt; }
    public String closedReason() { return closedReason; }
    public UUID onwardReferralId() { return onwardReferralId; }
}
