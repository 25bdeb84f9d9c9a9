package org.carepath.identity.journey;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.identity.directory.StaffDirectory;
import org.carepath.identity.person.PersonRepository;

import io.smallrye.mutiny.Uni;

/**
 * Puts any topic's event on the person's journey, makes sure the person index knows the person and
 * the staff directory knows the member of staff who acted. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class JourneyRecorder {

    private final JourneyRepository journey;
    private final PersonRepository persons;
    private final StaffDirectory staff;
    private final Clock clock;

    public JourneyRecorder(JourneyRepository journey, PersonRepository persons, StaffDirectory staff, Clock clock) {
        this.journey = journey;
        this.persons = persons;
        this.staff = staff;
        this.clock = clock;
    }

    /** @param told the event in the journey's words ({@link JourneyWording}) */
    public Uni<Void> record(String topic, CloudEvent<?> event, Told told) {
        return learnActor(told)
                .chain(() -> persons.ensureKnown(told.nhsNumber()))
                .chain(() -> journey.persist(entry(topic, event, told)))
                .replaceWithVoid();
    }

    /**
     * The event's journey entry and nothing else: a projection rebuild writes it in bulk and leaves the person
     * index and the staff directory (owned data, learned live) alone.
     */
    public JourneyEntry entry(String topic, CloudEvent<?> event, Told told) {
        return new JourneyEntry(topic, event.id(), event.type(), told, clock.instant());
    }

    /**
     * Only the member of staff who acted, whom the producing service took from their own token: a practitioner
     * someone else named (a coordinator assigned, an action's owner, a new member) stays text on the journey and
     * never creates or changes a directory entry, so one user cannot rename another or add teams to them.
     */
    private Uni<Void> learnActor(Told told) {
        var actor = told.actedBy();
        return actor == null || actor.userId() == null || actor.name() == null
                ? Uni.createFrom().voidItem()
                : staff.named(actor);
    }
}
