package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation that accepted a referral for the person: its staff may read the person's open episodes. */
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

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected ReferralAccess() {
    }

    public ReferralAccess(UUID referralId, String nhsNumber, String organisation, String team, Instant acceptedAt) {
        this.referralId = referralId;
        this.nhsNumber = nhsNumber;
        this.organisation = organisation;
        this.team = team;
        this.acceptedAt = acceptedAt;
    }
}
