package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organisation that accepted a referral for the person: its staff may read the person's open
 * episodes until the referral is cancelled or rejected. A referral to a package-of-care service
 * also meets "package of care confirmed".
 */
@Entity
@Table(name = "referral_access")
public class ReferralAccess {

    @Id
    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(nullable = false)
    private String organisation;

    private String team;

    @Column(name = "service_id")
    private UUID serviceId;

    /** Counts towards "package of care confirmed": the directory says the service gives one. */
    @Column(name = "package_of_care", nullable = false)
    private boolean packageOfCare;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ReferralAccess() {
    }

    public ReferralAccess(UUID referralId, String nhsNumber, String organisation, String team, UUID serviceId,
            boolean packageOfCare, Instant acceptedAt) {
        this.referralId = referralId;
        this.nhsNumber = nhsNumber;
        this.organisation = organisation;
        this.team = team;
        this.serviceId = serviceId;
        this.packageOfCare = packageOfCare;
        this.acceptedAt = acceptedAt;
    }

    /** The directory said late that the service gives a package of care. */
    void countAsPackageOfCare() {
        packageOfCare = true;
    }

    void end(Instant at) {
        endedAt = at;
    }

    public boolean isLive() {
        return endedAt == null;
    }

    public UUID referralId() { return referralId; }
    public String nhsNumber() { return nhsNumber; }
    public String organisation() { return organisation; }
    public String team() { return team; }
    public boolean packageOfCare() { return packageOfCare; }
    public Instant acceptedAt() { return acceptedAt; }
}
