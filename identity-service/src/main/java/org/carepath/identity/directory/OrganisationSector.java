package org.carepath.identity.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which sector an organisation works in (acute, community, primary-care, social-care, voluntary). */
@Entity
@Table(name = "organisation_sector")
public class OrganisationSector {

    public static final String ACUTE = "acute";

    @Id
    private String organisation;

    private String sector;

    protected OrganisationSector() {
    }

    public String organisation() {
        return organisation;
    }

    public String sector() {
        return sector;
    }
}
