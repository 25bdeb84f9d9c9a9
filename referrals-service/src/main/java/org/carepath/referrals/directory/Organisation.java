package org.carepath.referrals.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An NHS trust, GP practice, council or provider, known by its ODS code. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @Column(name = "ods_code")
    private String odsCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    private String area;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String odsCode, String name, Sector sector, String area) {
        this.odsCode = odsCode;
        this.name = name;
        this.sector = sector;
        this.area = area;
    }

    public void describe(String name, Sector sector, String area) {
        this.name = name;
        this.sector = sector;
        this.area = area;
    }

    public String odsCode() {
        return odsCode;
    }

    public String name() {
        return name;
    }

    public Sector sector() {
        return sector;
    }

    public String area() {
        return area;
    }

    public long version() {
        return version;
    }
}
