package org.carepath.identity.records;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.Practitioner;
import org.carepath.identity.consent.ObjectionRepository;
import org.carepath.identity.person.IdentifierRepository;
import org.carepath.identity.person.Person;
import org.carepath.identity.person.PersonRepository;
import org.carepath.identity.records.PersonRecords.PersonRecord;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.nhs.NhsNumbers;
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
    private final PersonRecords records;
    private final Changes changes;
    private final Clock clock;

    public PersonMerge(PersonRepository persons, IdentifierRepository identifiers, ObjectionRepository objections,
            PersonRecords records, Changes changes, Clock clock) {
        this.persons = persons;
        this.identifiers = identifiers;
        this.objections = objections;
        this.records = records;
        this.changes = changes;
        this.clock = clock;
    }

    /** Merges the retired record into the survivor, then reads the survivor's record as the merger sees it (audited). */
    public Uni<PersonRecord> merge(String survivorNhsNumber, String retiredNhsNumber, String reason, CareActor by) {
        if (survivorNhsNumber.equals(retiredNhsNumber)) {
            throw new InvalidInput("a record cannot be merged into itself");
        }
        return Panache.withTransaction(() -> live(survivorNhsNumber)
                        .chain(survivor -> live(retiredNhsNumber)
                                .chain(retired -> moveEverything(retired, survivor, reason, by.practitioner()))))
                .chain(() -> records.find(survivorNhsNumber, by));
    }

    /**
     * A hospital's patient administration system merged the two records (ADT A40), in the consumer's
     * transaction: either NHS number may be new here. The same merge again changes nothing; a merge
     * that contradicts an earlier one is refused, for ops to resolve from the dead letter.
     */
    public Uni<Void> reportedByHospital(String survivorNhsNumber, String retiredNhsNumber, String hospital) {
        return persons.ensureKnown(survivorNhsNumber)
                .chain(() -> persons.ensureKnown(retiredNhsNumber))
                .chain(() -> persons.findById(retiredNhsNumber))
                .chain(retired -> survivorNhsNumber.equals(retired.mergedInto()) ? Uni.createFrom().voidItem()
                        : live(survivorNhsNumber).invoke(survivor -> refuseIfRetired(retired))
                                .chain(survivor -> moveEverything(retired, survivor,
                                        "reported by hospital " + hospital + "'s patient administration system (ADT A40)", null)));
    }

    private Uni<Void> moveEverything(Person retired, Person survivor, String reason, Practitioner by) {
        Change merged = retired.mergeInto(survivor, reason, by, clock.instant());
        return persons.repoint(retired.nhsNumber(), survivor.nhsNumber())
                .chain(() -> identifiers.move(retired.nhsNumber(), survivor.nhsNumber()))
                .chain(() -> objections.move(retired.nhsNumber(), survivor.nhsNumber()))
                .chain(() -> changes.save(merged));
    }

    private Uni<Person> live(String nhsNumber) {
        return persons.findById(nhsNumber)
                .onItem().ifNull().failWith(() -> new NotVisible("no person with NHS number "
                        + NhsNumbers.display(nhsNumber)))
                .invoke(PersonMerge::refuseIfRetired);
    }

    private static void refuseIfRetired(Person person) {
        if (person.isRetired()) {
            throw new Conflict("NHS number " + NhsNumbers.display(person.nhsNumber())
                    + " was already merged into " + NhsNumbers.display(person.mergedInto()))
                    .with("mergedInto", person.mergedInto());
        }
    }
}
