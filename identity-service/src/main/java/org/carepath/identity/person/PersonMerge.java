package org.carepath.identity.person;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.identity.PersonMerged;
import org.carepath.events.Practitioner;
import org.carepath.identity.consent.ObjectionRepository;
import org.carepath.identity.messaging.IdentityEventsOut;
import org.carepath.platform.nhs.NhsNumbers;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Two records of one person become one. The owned data (identifiers, objections) moves to the
 * survivor in the merge's transaction; the journey and relationships are projections kept under the
 * NHS number their events carried and are read through the survivor, so a rebuild keeps the merge.
 */
@ApplicationScoped
public class PersonMerge {

    private final PersonRepository persons;
    private final IdentifierRepository identifiers;
    private final ObjectionRepository objections;
    private final IdentityEventsOut events;
    private final Clock clock;

    public PersonMerge(PersonRepository persons, IdentifierRepository identifiers, ObjectionRepository objections,
            IdentityEventsOut events, Clock clock) {
        this.persons = persons;
        this.identifiers = identifiers;
        this.objections = objections;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Person> merge(String survivorNhsNumber, String retiredNhsNumber, String reason, CareActor by) {
        if (survivorNhsNumber.equals(retiredNhsNumber)) {
            throw ProblemException.badRequest("a record cannot be merged into itself");
        }
        return Panache.withTransaction(() -> live(survivorNhsNumber)
                .chain(survivor -> live(retiredNhsNumber)
                        .call(retired -> moveEverything(retired, survivor, reason, by))
                        .replaceWith(survivor)));
    }

    private Uni<Void> moveEverything(Person retired, Person survivor, String reason, CareActor by) {
        var at = clock.instant();
        retired.mergeInto(survivor.nhsNumber(), at);
        return persons.repoint(retired.nhsNumber(), survivor.nhsNumber())
                .chain(() -> identifiers.move(retired.nhsNumber(), survivor.nhsNumber()))
                .chain(() -> objections.move(retired.nhsNumber(), survivor.nhsNumber()))
                .chain(() -> events.publish(survivor.nhsNumber(), at, new PersonMerged(survivor.nhsNumber(),
                        retired.nhsNumber(), reason, new Practitioner(by.userId(), by.name(), by.organisation(),
                                by.mainTeam()), at)));
    }

    private Uni<Person> live(String nhsNumber) {
        return persons.findById(nhsNumber)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no person with NHS number "
                        + NhsNumbers.display(nhsNumber)))
                .invoke(person -> refuseIfRetired(person));
    }

    private static void refuseIfRetired(Person person) {
        if (person.isRetired()) {
            throw ProblemException.conflict("NHS number " + NhsNumbers.display(person.nhsNumber())
                    + " was already merged into " + NhsNumbers.display(person.mergedInto()))
                    .with("mergedInto", person.mergedInto());
        }
    }
}
