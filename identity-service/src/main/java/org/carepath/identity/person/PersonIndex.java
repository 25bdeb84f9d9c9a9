package org.carepath.identity.person;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** Which NHS numbers are one person: a retired number leads to its survivor. Call inside a session. */
@ApplicationScoped
public class PersonIndex {

    private final PersonRepository persons;

    public PersonIndex(PersonRepository persons) {
        this.persons = persons;
    }

    /** The person's numbers; a number the index has never seen stands for itself alone. */
    public Uni<PersonNumbers> resolve(String nhsNumber) {
        return persons.findById(nhsNumber)
                .map(person -> person == null || !person.isRetired() ? nhsNumber : person.mergedInto())
                .chain(survivor -> persons.numbersOf(survivor)
                        .map(all -> new PersonNumbers(survivor, all)));
    }

    /** As {@link #resolve}, and a person the index has never seen is put in it: for a record that refers to them. */
    public Uni<PersonNumbers> resolveKnown(String nhsNumber) {
        return resolve(nhsNumber)
                .call(person -> persons.ensureKnown(person.survivor()));
    }
}
