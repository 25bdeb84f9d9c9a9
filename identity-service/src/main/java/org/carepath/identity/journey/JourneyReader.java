package org.carepath.identity.journey;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.access.RecordAccess;
import org.carepath.identity.person.PersonNumbers;
import org.carepath.platform.security.CareActor;

import io.smallrye.mutiny.Uni;

/** Reads of a person's journey and involvement: access checked, preferences applied, every read audited. */
@ApplicationScoped
public class JourneyReader {

    private final RecordAccess access;
    private final JourneyRepository journey;
    private final SharingRules sharing;
    private final InvolvementQuery involvement;

    public JourneyReader(RecordAccess access, JourneyRepository journey, SharingRules sharing,
            InvolvementQuery involvement) {
        this.access = access;
        this.journey = journey;
        this.sharing = sharing;
        this.involvement = involvement;
    }

    /*
     * The record is opened (the reader's access decided and audited) outside any ORM session, and what it shows
     * is read after that, with the SQL client too: a read holds one pooled connection at a time.
     */
    public Uni<JourneyView> journeyOf(String nhsNumber, JourneyFilter filter, CareActor reader, int page, int size) {
        return access.openCareOutsideSession(nhsNumber, reader, "journey")
                .chain(opened -> sharing.visibilityFor(opened.person().all(), reader)
                        .chain(visibility -> journey.page(opened.person().all(), filter, visibility, page, size)
                                .chain(shown -> panel(opened.person(), visibility)
                                        .map(panel -> new JourneyView(opened.person().survivor(), shown.entries(),
                                                shown.sectors(), panel, opened.access())))));
    }

    public Uni<Involvement> involvementOf(String nhsNumber, CareActor reader) {
        return access.openCareOutsideSession(nhsNumber, reader, "involvement")
                .chain(opened -> sharing.visibilityFor(opened.person().all(), reader)
                        .chain(visibility -> panel(opened.person(), visibility)));
    }

    private Uni<Involvement> panel(PersonNumbers person, Visibility visibility) {
        return involvement.of(person.all())
                .map(visibility::panel);
    }
}
