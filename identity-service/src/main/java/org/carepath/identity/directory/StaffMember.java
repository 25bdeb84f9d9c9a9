package org.carepath.identity.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A practitioner in the staff directory: who they are, their professional registration, employer and teams. */
@Entity
@Table(name = "practitioner")
public class StaffMember {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private String name;

    private String profession;

    @Column(name = "registration_body")
    private String registrationBody;

    @Column(name = "registration_number")
    private String registrationNumber;

    private String organisation;

    /** Team codes, comma-separated. */
    @Column(nullable = false)
    private String teams;

    @Column(nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StaffMember() {
    }

    public void register(Registration registration, Instant at) {
        if (registration.profession() != null) {
            this.profession = registration.profession();
        }
        this.registrationBody = registration.body();
        this.registrationNumber = registration.number();
        this.updatedAt = at;
        version++;
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String profession() {
        return profession;
    }

    public Registration registration() {
        return new Registration(profession, registrationBody, registrationNumber);
    }

    public String organisation() {
        return organisation;
    }

    public List<String> teams() {
        return teams.isEmpty() ? List.of() : Arrays.asList(teams.split(","));
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
