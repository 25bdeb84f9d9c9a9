package org.carepath.identity.consent;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.access.RecordAccess;
import org.carepath.identity.directory.SectorRepository;
import org.carepath.identity.person.PersonIndex;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The person's sharing preferences. Recorded and withdrawn on the person's behalf by staff whose
 * organisation is involved with them (or holds their record), who are the ones the person tells;
 * read by anyone who may see the journey, since they shape it. A party an objection reaches never
 * withdraws it, and sees of the objections only that its own view is limited.
 */
@ApplicationScoped
public class Consent {

    private final PersonIndex index;
    private final ObjectionRepository objections;
    private final SectorRepository sectors;
    private final RecordAccess access;
    private final Clock clock;

    public Consent(PersonIndex index, ObjectionRepository objections, SectorRepository sectors, RecordAccess access,
            Clock clock) {
        this.index = index;
        this.objections = objections;
        this.sectors = sectors;
        this.access = access;
        this.clock = clock;
    }

    public Uni<SharingObjection> object(String nhsNumber, String scope, String target, String reason, CareActor by) {
        return Panache.withTransaction(() -> index.resolveKnown(nhsNumber)
                .call(person -> access.requireInvolvement(person, by))
                .chain(person -> objections.persist(new SharingObjection(person.survivor(), scope, target, reason, by,
                        clock.instant()))));
    }

    public Uni<SharingObjection> withdraw(String nhsNumber, UUID objectionId, CareActor by) {
        return Panache.withTransaction(() -> index.resolve(nhsNumber)
                .call(person -> access.requireInvolvement(person, by))
                .chain(person -> objections.findById(objectionId)
                        .onItem().ifNull().failWith(() -> new NotVisible("no objection " + objectionId))
                        .invoke(objection -> refuseUnlessTheirs(objection, person.all())))
                .call(objection -> refuseIfItReaches(objection, by))
                .invoke(objection -> refuseIfWithdrawn(objection))
                .invoke(objection -> objection.withdraw(by, clock.instant())));
    }

    public Uni<SeenObjections> of(String nhsNumber, CareActor reader) {
        return access.read(nhsNumber, reader, "sharing-preferences", () -> index.resolve(nhsNumber)
                .call(person -> access.openCare(person, reader, "sharing-preferences"))
                .chain(person -> objections.all(person.all()))
                .chain(all -> sectors.sectorOf(reader.organisation())
                        .map(sector -> SeenObjections.by(reader.organisation(), sector, all))));
    }

    private Uni<Void> refuseIfItReaches(SharingObjection objection, CareActor by) {
        return sectors.sectorOf(by.organisation())
                .invoke(sector -> refuseIfReached(objection, by, sector))
                .replaceWithVoid();
    }

    // the party objected to (its data controller's admin too) is refused as any caller without a relationship is
    private static void refuseIfReached(SharingObjection objection, CareActor by, String sector) {
        if (objection.reaches(by.organisation(), sector)) {
            throw RecordAccess.notInvolved(by);
        }
    }

    private static void refuseUnlessTheirs(SharingObjection objection, List<String> nhsNumbers) {
        if (!nhsNumbers.contains(objection.nhsNumber())) {
            throw new NotVisible("no objection " + objection.id() + " for this person");
        }
    }

    private static void refuseIfWithdrawn(SharingObjection objection) {
        if (objection.isWithdrawn()) {
            throw new Conflict("the objection was already withdrawn at " + objection.withdrawnAt());
        }
    }
}
