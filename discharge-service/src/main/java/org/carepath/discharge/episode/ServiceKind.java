package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What kind of help a directory service gives, as {@code care-service.published} last said: the
 * projection that tells a package of care from any other accepted referral.
 */
@Entity
@Table(name = "care_service_kind")
public class ServiceKind {

    /** The directory categories that arrange care after discharge: home care, reablement, a care home place. */
    static final Set<String> PACKAGE_OF_CARE = Set.of("home-care", "reablement", "care-home-placement");

    @Id
    @Column(name = "service_id")
    private UUID serviceId;

    private String category;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ServiceKind() {
    }

    public ServiceKind(UUID serviceId) {
        this.serviceId = serviceId;
    }

    /** Takes what the directory published, unless an older publication arrives after a newer one. */
    public boolean learn(String newCategory, Instant at) {
        if (publishedAt != null && at.isBefore(publishedAt)) {
            return false;
        }
        category = newCategory;
        publishedAt = at;
        return true;
    }

    public boolean isPackageOfCare() {
        return category != null && PACKAGE_OF_CARE.contains(category);
    }
}
