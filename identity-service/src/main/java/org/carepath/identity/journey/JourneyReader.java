package org.carepath.identity.journey;

import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.access.RecordAccess;
import org.carepath.identity.person.PersonIndex;
import org.carepath.identity.person.PersonNumbers;
import org.carepath.platform.api.Page;
import org.carepath.platform.security.CareActor;

import io.smallrye.mutiny.Uni;

/** Reads of a person's journey and involvement: access checked, preferences applied, every read audited. */
@ApplicationScoped
public class JourneyReader {

    private final PersonIndex index;
    private final RecordAccess access;
    private final JourneyRepository journey;
    private final SharingRules sharing;
    private final InvolvementQuery involvement;

    public JourneyReader(PersonIndex index, RecordAccess access, JourneyRepository journey, SharingRules sharing,
            InvolvementQuery involvement) {
        this.index = index;
        this.access = access;
        this.journey = journey;
        this.sharing = sharing;
        this.involvement = involvement;
    }

    public Uni<JourneyView> journeyOf(String nhsNumber, JourneyFilter filter, CareActor reader, int page, int size) {
        return access.read(nhsNumber, reader, "journey", () -> index.resolve(nhsNumber)
                .chain(person -> access.openCare(person, reader, "journey")
                        .chain(granted -> read(person, filter, reader, page, size)
                                .map(view -> view.withBasis(granted)))));
    }

    public Uni<Involvement> involvementOf(String nhsNumber, CareActor reader) {
        return access.read(nhsNumber, reader, "involvement", () -> index.resolve(nhsNumber)
                .call(person -> access.openCare(person, reader, "involvement"))
                .chain(person -> sharing.visibilityFor(person.all(), reader)
                        .chain(visibility -> panel(person, visibility))));
    }

    private Uni<JourneyView> read(PersonNumbers person, JourneyFilter filter, CareActor reader, int page, int size) {
        return sharing.visibilityFor(person.all(), reader)
                .chain(visibility -> journey.page(person.all(), filter, visibility, page, size)
                        .chain(entries -> withSectorsAndPanel(person, entries, visibility)));
    }

    private Uni<JourneyView> withSectorsAndPanel(PersonNumbers person, Page<JourneyEntry> entries, Visibility visibility) {
        return sharing.sectorsOf(entries.items().stream().map(JourneyEntry::organisation)
                        .filter(Objects::nonNull).collect(Collectors.toSet()))
                .chain(sectors -> panel(person, visibility)
                        .map(panel -> new JourneyView(person.survivor(), entries, sectors, panel, null)));
    }

    private Uni<Involvement> panel(PersonNumbers person, Visibility visibility) {
        return involvement.of(person.all())
                .map(visibility::panel);
    }
}
