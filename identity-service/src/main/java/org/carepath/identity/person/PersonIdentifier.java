package org.carepath.identity.person;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The person's number in one organisation's own system (hospital MRN, council person id, community id). */
@Entity
@Table(name = "person_identifier")
public class PersonIdentifier {

    public static final String HOSPITAL_MRN = "hospital-mrn";
    public static final String COUNCIL_PERSON_ID = "council-person-id";
    public static final String COMMUNITY_ID = "community-id";
    /** The codes clients use for {@code kind}, as a validation pattern. */
    public static final String KINDS = HOSPITAL_MRN + "|" + COUNCIL_PERSON_ID + "|" + COMMUNITY_ID;

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String value;

    @Column(name = "assigning_organisation", nullable = false)
    private String assigningOrganisation;

    @Column(name = "linked_by", nullable = false)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected PersonIdentifier() {
    }

    public PersonIdentifier(String nhsNumber, LocalIdentifier identifier, String linkedBy, Instant linkedAt) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.kind = identifier.kind();
        this.value = identifier.value();
        this.assigningOrganisation = identifier.assigningOrganisation();
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public LocalIdentifier identifier() {
        return new LocalIdentifier(kind, value, assigningOrganisation);
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
