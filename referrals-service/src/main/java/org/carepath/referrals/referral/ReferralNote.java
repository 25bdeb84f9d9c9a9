package org.carepath.referrals.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.security.CareActor;

/** A message in the thread between the referring and the receiving side. */
@Entity
@Table(name = "referral_note")
public class ReferralNote {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(name = "author_user", nullable = false)
    private String authorUser;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_organisation", nullable = false)
    private String authorOrganisation;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private Instant at;

    protected ReferralNote() {
    }

    public ReferralNote(UUID referralId, CareActor author, String text, Instant at) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.authorUser = author.userId();
        this.authorName = author.name();
        this.authorOrganisation = author.organisation();
        this.text = text;
        this.at = at;
    }

    public UUID id() {
        return id;
    }

    public String authorUser() {
        return authorUser;
    }

    public String authorName() {
        return authorName;
    }

    public String authorOrganisation() {
        return authorOrganisation;
    }

    public String text() {
        return text;
    }

    public Instant at() {
        return at;
    }
}
