package org.carepath.identity.journey;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.consent.ObjectionRepository;
import org.carepath.identity.consent.SharingPreferences;
import org.carepath.identity.directory.SectorRepository;
import org.carepath.platform.security.CareActor;

import io.smallrye.mutiny.Uni;

/** The person's sharing preferences applied to one reader, and the sectors entries are shown with. */
@ApplicationScoped
public class SharingRules {

    private final ObjectionRepository objections;
    private final SectorRepository sectors;

    public SharingRules(ObjectionRepository objections, SectorRepository sectors) {
        this.objections = objections;
        this.sectors = sectors;
    }

    Uni<Visibility> visibilityFor(List<String> nhsNumbers, CareActor reader) {
        return objections.standing(nhsNumbers)
                .map(SharingPreferences::of)
                .chain(preferences -> sectors.sectorOf(reader.organisation())
                        .map(sector -> new Visibility(preferences, reader.organisation(), sector)));
    }

    Uni<Map<String, String>> sectorsOf(Collection<String> organisations) {
        return sectors.of(organisations);
    }
}
