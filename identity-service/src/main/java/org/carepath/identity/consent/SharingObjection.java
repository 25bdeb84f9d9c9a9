package org.carepath.identity.consent;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.security.CareActor;

/** The person does not want their journey shared with a sector or an organisation, until they withdraw it. */
@Entity
@Table(name = "sharing_objection")
public class SharingObjection {

    public static final String SECTOR = "sector";
    public static final String ORGANISATION = "organisation";

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(nullable = false)
    private String scope;

    @Column(nullable = false)
    private String target;

    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name")
    private String recordedByName;

    @Column(name = "recorded_by_organisation")
    private String recordedByOrganisation;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected SharingObjection() {
    }

    public SharingObjection(String nhsNumber, String scope, String target, String reason, CareActor by, Instant at) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.scope = scope;
        this.target = target;
        this.reason = reason;
        this.recordedBy = by.userId();
        this.recordedByName = by.name();
        this.recordedByOrganisation = by.organisation();
        this.recordedAt = at;
    }

    public void withdraw(CareActor by, Instant at) {
        this.withdrawnBy = by.userId();
        this.withdrawnAt = at;
    }

    /** Whether it is about this organisation: by name, or by its sector (one with no known sector is not matched). */
    public boolean reaches(String organisation, String sector) {
        return ORGANISATION.equals(scope) ? target.equals(organisation) : sector != null && target.equals(sector);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public UUID id() {
        return id;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public String scope() {
        return scope;
    }

    public String target() {
        return target;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedByName == null ? recordedBy : recordedByName;
    }

    public String recordedByOrganisation() {
        return recordedByOrganisation;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
