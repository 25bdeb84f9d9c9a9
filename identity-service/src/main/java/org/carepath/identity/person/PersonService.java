package org.carepath.identity.person;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.IfMatch;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.nhs.NhsNumbers;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Changes to the person index: registering, correcting demographics, linking local identifiers. */
@ApplicationScoped
public class PersonService {

    private final PersonRepository persons;
    private final IdentifierRepository identifiers;
    private final Clock clock;

    public PersonService(PersonRepository persons, IdentifierRepository identifiers, Clock clock) {
        this.persons = persons;
        this.identifiers = identifiers;
        this.clock = clock;
    }

    /** A new person, or the demographics of one known so far only from other services' events. */
    public Uni<Person> register(String nhsNumber, Demographics demographics) {
        return Panache.withTransaction(() -> persons.findById(nhsNumber)
                .chain(found -> found == null
                        ? persons.persist(new Person(nhsNumber, demographics, clock.instant()))
                        : fill(found, demographics)));
    }

    private Uni<Person> fill(Person known, Demographics demographics) {
        if (!known.hasNoDemographics() || known.isRetired()) {
            throw new Conflict("NHS number " + NhsNumbers.display(known.nhsNumber())
                    + " is already registered; change its demographics with PUT and If-Match");
        }
        known.update(demographics, clock.instant());
        return Uni.createFrom().item(known);
    }

    public Uni<Person> correct(String nhsNumber, Demographics demographics, String ifMatch) {
        return Panache.withTransaction(() -> current(nhsNumber)
                .invoke(person -> IfMatch.check(ifMatch, person.version()))
                .invoke(person -> person.update(demographics, clock.instant())));
    }

    /**
     * Links an identifier of the caller's own organisation's system to the person. Linking it again to
     * the same person changes nothing; linking it to another person is refused, never a silent move.
     */
    public Uni<Person> link(String nhsNumber, LocalIdentifier identifier, CareActor by) {
        if (!by.worksFor(identifier.assigningOrganisation())) {
            throw new NotPermitted("only staff of " + identifier.assigningOrganisation()
                    + " may link identifiers that organisation assigned");
        }
        return Panache.withTransaction(() -> persons.ensureKnown(nhsNumber)
                .chain(() -> current(nhsNumber))
                .call(person -> identifiers.findBy(identifier)
                        .chain(existing -> linkUnlessTaken(existing, person, identifier, by))));
    }

    private Uni<?> linkUnlessTaken(PersonIdentifier existing, Person person, LocalIdentifier identifier, CareActor by) {
        if (existing == null) {
            return identifiers.persist(new PersonIdentifier(person.nhsNumber(), identifier, by.userId(), clock.instant()));
        }
        if (!existing.nhsNumber().equals(person.nhsNumber())) {
            throw new Conflict(identifier + " is already linked to NHS number "
                    + NhsNumbers.display(existing.nhsNumber()) + "; if they are the same person, merge the two records")
                    .with("identifier", identifier)
                    .with("linkedTo", existing.nhsNumber());
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Details a hospital's patient administration system holds (ADT A28, A31), in the consumer's
     * transaction: what it gives replaces what is held, what it leaves out stays; the person may be new.
     */
    public Uni<Void> reportedByHospital(String nhsNumber, Demographics reported) {
        return persons.ensureKnown(nhsNumber)
                .chain(() -> current(nhsNumber))
                .invoke(person -> {
                    Demographics updated = person.demographics().with(reported);
                    if (!updated.equals(person.demographics())) {
                        person.update(updated, clock.instant());
                    }
                })
                .replaceWithVoid();
    }

    /** The person, or the record a retired NHS number was merged into. */
    Uni<Person> current(String nhsNumber) {
        return persons.findById(nhsNumber)
                .onItem().ifNull().failWith(() -> new NotVisible("no person with NHS number "
                        + NhsNumbers.display(nhsNumber)))
                .chain(person -> person.isRetired() ? current(person.mergedInto()) : Uni.createFrom().item(person));
    }
}
