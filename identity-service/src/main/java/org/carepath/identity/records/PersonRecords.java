package org.carepath.identity.records;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.access.Access;
import org.carepath.identity.access.RecordAccess;
import org.carepath.identity.person.IdentifierRepository;
import org.carepath.identity.person.LocalIdentifier;
import org.carepath.identity.person.Person;
import org.carepath.identity.person.PersonIdentifier;
import org.carepath.identity.person.PersonIndex;
import org.carepath.identity.person.PersonRepository;
import org.carepath.identity.person.PersonService;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.nhs.NhsNumbers;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A person's index record as staff read it, by NHS number or by any local identifier: every read audited,
 * also the one that shows the record after linking an identifier to it.
 */
@ApplicationScoped
public class PersonRecords {

    private static final String PERSON_RECORD = "person-record";

    private final PersonRepository persons;
    private final IdentifierRepository identifiers;
    private final PersonIndex index;
    private final RecordAccess access;
    private final PersonService service;

    public PersonRecords(PersonRepository persons, IdentifierRepository identifiers, PersonIndex index, RecordAccess access,
            PersonService service) {
        this.persons = persons;
        this.identifiers = identifiers;
        this.index = index;
        this.access = access;
        this.service = service;
    }

    /**
     * @param requested  the NHS number asked for: a retired one leads to the survivor
     * @param identifiers the local identifiers of the survivor and of every record merged into it
     * @param merged     the NHS numbers merged into this person
     * @param retired    the record asked for when it is one merged into the person (its version and time), else null
     */
    public record PersonRecord(String requested, Person person, List<PersonIdentifier> identifiers, List<String> merged,
            Access access, Person retired) {
    }

    public Uni<PersonRecord> find(String nhsNumber, CareActor reader) {
        return access.read(nhsNumber, reader, PERSON_RECORD, () -> read(nhsNumber, reader));
    }

    public Uni<PersonRecord> lookup(LocalIdentifier identifier, CareActor reader) {
        return Panache.withTransaction(() -> identifiers.findBy(identifier)
                .onItem().ifNull().failWith(() -> new NotVisible("no person has " + identifier))
                .chain(found -> read(found.nhsNumber(), reader)));
    }

    /** Links a local identifier to the person ({@link PersonService#link}), then reads the record as the linker sees it. */
    public Uni<PersonRecord> link(String nhsNumber, LocalIdentifier identifier, CareActor by) {
        return service.link(nhsNumber, identifier, by)
                .chain(person -> find(person.nhsNumber(), by));
    }

    private Uni<PersonRecord> read(String requested, CareActor reader) {
        return index.resolve(requested)
                .chain(numbers -> persons.findById(numbers.survivor())
                        .onItem().ifNull().failWith(() -> new NotVisible("no person with NHS number "
                                + NhsNumbers.display(requested)))
                        .chain(person -> identifiers.of(numbers.all())
                                .chain(linked -> retired(requested, person)
                                        .chain(retired -> access.openIndex(numbers, reader, PERSON_RECORD)
                                                .map(granted -> new PersonRecord(requested, person, linked,
                                                        numbers.all().stream().filter(n -> !n.equals(person.nhsNumber())).toList(),
                                                        granted, retired))))));
    }

    private Uni<Person> retired(String requested, Person survivor) {
        return requested.equals(survivor.nhsNumber())
                ? Uni.createFrom().nullItem()
                : persons.findById(requested);
    }
}
