package org.carepath.referrals.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;

/** A request from one organisation to another to help a person. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(name = "referring_organisation", nullable = false)
    private String referringOrganisation;

    @Column(name = "referring_practitioner", nullable = false)
    private String referringPractitioner;

    @Column(name = "referring_team")
    private String referringTeam;

    @Column(name = "target_organisation", nullable = false)
    private String targetOrganisation;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Referral() {
    }

    /** A new referral from the actor's organisation, not yet sent. */
    public static Referral draft(String nhsNumber, String targetOrganisation, String reason, CareActor referrer) {
        if (referrer.organisation() == null) {
            throw ProblemException.forbidden("your token names no organisation, so a referral cannot say who it is from");
        }
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.nhsNumber = nhsNumber;
        referral.referringOrganisation = referrer.organisation();
        referral.referringPractitioner = referrer.userId();
        referral.referringTeam = referrer.mainTeam();
        referral.targetOrganisation = targetOrganisation;
        referral.reason = reason;
        referral.status = ReferralStatus.DRAFT;
        return referral;
    }

    /** Sends the draft to the receiving organisation. */
    public ReferralSubmitted submit(Instant now) {
        if (status != ReferralStatus.DRAFT) {
            throw ProblemException.conflict("referral " + id + " is " + status + ", only a draft can be submitted")
                    .with("currentStatus", status);
        }
        status = ReferralStatus.REQUESTED;
        submittedAt = now;
        return new ReferralSubmitted(id, nhsNumber, referringOrganisation, referringPractitioner, referringTeam,
                targetOrganisation, reason, submittedAt);
    }

    /** Only the two organisations the referral is between may see it. */
    public boolean isVisibleTo(CareActor actor) {
        return actor.worksFor(referringOrganisation) || actor.worksFor(targetOrganisation);
    }

    public UUID id() {
        return id;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public String referringOrganisation() {
        return referringOrganisation;
    }

    public String referringPractitioner() {
        return referringPractitioner;
    }

    public String referringTeam() {
        return referringTeam;
    }

    public String targetOrganisation() {
        return targetOrganisation;
    }

    public String reason() {
        return reason;
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }
}
