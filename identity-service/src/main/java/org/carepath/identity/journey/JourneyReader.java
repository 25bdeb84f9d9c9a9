package org.carepath.identity.journey;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.access.Access;
import org.carepath.identity.access.RecordAccess;
import org.carepath.identity.person.PersonIndex;
import org.carepath.identity.person.PersonNumbers;
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
        return opened(nhsNumber, reader, "journey")
                .chain(opened -> sharing.visibilityFor(opened.person().all(), reader)
                        .chain(visibility -> journey.page(opened.person().all(), filter, visibility, page, size)
                                .chain(shown -> panel(opened.person(), visibility)
                                        .map(panel -> new JourneyView(opened.person().survivor(), shown.entries(),
                                                shown.sectors(), panel, opened.granted())))));
    }

    public Uni<Involvement> involvementOf(String nhsNumber, CareActor reader) {
        return opened(nhsNumber, reader, "involvement")
                .chain(opened -> sharing.visibilityFor(opened.person().all(), reader)
                        .chain(visibility -> panel(opened.person(), visibility)));
    }

    /*
     * The record is opened (the reader's access decided and audited) in a transaction of its own, and what it
     * shows is read after that commits, with the SQL client: holding the ORM's connection while waiting for
     * another could drain the pool under load.
     */
    private Uni<Opened> opened(String nhsNumber, CareActor reader, String what) {
        return access.read(nhsNumber, reader, what, () -> index.resolve(nhsNumber)
                .chain(person -> access.openCare(person, reader, what)
                        .map(granted -> new Opened(person, granted))));
    }

    private Uni<Involvement> panel(PersonNumbers person, Visibility visibility) {
        return involvement.of(person.all())
                .map(visibility::panel);
    }

    private record Opened(PersonNumbers person, Access granted) {
    }
}
