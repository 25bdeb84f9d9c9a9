package org.carepath.identity.person;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.events.Practitioner;
import org.carepath.events.identity.PersonMerged;
import org.carepath.platform.domain.Change;

/** A person in the index, keyed by NHS number; a merged record points at the one that survived. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String postcode;

    @Column(name = "merged_into")
    private String mergedInto;

    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
    }

    public Person(String nhsNumber, Demographics demographics, Instant at) {
        this.nhsNumber = nhsNumber;
        this.version = 1;
        this.createdAt = at;
        apply(demographics, at);
    }

    /** Replaces the demographics; a new version. */
    public void update(Demographics demographics, Instant at) {
        apply(demographics, at);
        version++;
    }

    /**
     * This record turned out to be the same person as the survivor: it now only points there, and
     * identity.person-merged tells everyone who holds something under its NHS number.
     */
    public Change mergeInto(Person survivor, String reason, Practitioner by, Instant at) {
        this.mergedInto = survivor.nhsNumber();
        this.updatedAt = at;
        version++;
        return Change.of(new PersonMerged(survivor.nhsNumber(), nhsNumber, reason, by, at));
    }

    private void apply(Demographics demographics, Instant at) {
        this.givenName = demographics.givenName();
        this.familyName = demographics.familyName();
        this.dateOfBirth = demographics.dateOfBirth();
        this.postcode = demographics.postcode();
        this.updatedAt = at;
    }

    public boolean isRetired() {
        return mergedInto != null;
    }

    /** Known only from other services' events so far: nobody has told us who they are. */
    public boolean hasNoDemographics() {
        return givenName == null && familyName == null && dateOfBirth == null && postcode == null;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public Demographics demographics() {
        return new Demographics(givenName, familyName, dateOfBirth, postcode);
    }

    public String mergedInto() {
        return mergedInto;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
