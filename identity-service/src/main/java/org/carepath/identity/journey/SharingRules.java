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
        return visibilityFor(nhsNumbers, reader.organisation());
    }

    /**
     * Whether the reader organisation is shown what the other one recorded about the person, as the journey
     * shows its entries: e.g. whether an event about the person may be sent to the reader's webhook.
     */
    public Uni<Boolean> shows(List<String> nhsNumbers, String readerOrganisation, String recordedBy) {
        return visibilityFor(nhsNumbers, readerOrganisation)
                .chain(visibility -> sectors.sectorOf(recordedBy)
                        .map(sector -> visibility.shows(recordedBy, sector)));
    }

    private Uni<Visibility> visibilityFor(List<String> nhsNumbers, String readerOrganisation) {
        return objections.standing(nhsNumbers)
                .map(SharingPreferences::of)
                .chain(preferences -> sectors.sectorOf(readerOrganisation)
                        .map(sector -> new Visibility(preferences, readerOrganisation, sector)));
    }

    Uni<Map<String, String>> sectorsOf(Collection<String> organisations) {
        return sectors.of(organisations);
    }
}
